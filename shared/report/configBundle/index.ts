import type { DesignResult } from '../../design/types';
import type { MappingResult } from '../../mapping';
import type { Inventory } from '../../model/inventory';
import type { Plan } from '../../plan';
import { createVmsSh } from './createVms';
import { datacenterCfg, groupsCfg, haSetupSh, resourcesCfg, rulesCfg } from './haFiles';
import { corosyncLinksMd, interfacesFor, qdeviceSh } from './networkFiles';
import { readmeMd } from './readme';
import { storageCfg } from './storageCfg';

export type BundleFile = { path: string; content: string; mode?: number };

export type ConfigBundleOptions = {
  /** The inventory, for the VMDK paths of the disk imports. */
  inventory?: Inventory;
  /** QNetd host per target cluster, when known. */
  qnetdHosts?: Record<string, string>;
};

/**
 * The Proxmox configuration bundle: `proxmox/<cluster>/…` per target cluster — datacenter.cfg, ha/*.cfg in
 * section-config syntax, ha-setup.sh, qdevice.sh (when planned), corosync-links.md, create-vms.sh,
 * network/interfaces.<node>, storage.cfg and a bilingual README.md. Scripts are mode 0o755.
 */
export function renderConfigBundle(design: DesignResult, mapping?: MappingResult, opts: ConfigBundleOptions = {}): BundleFile[] {
  const out: BundleFile[] = [];
  for (const c of design.clusters) {
    const base = `proxmox/${c.name}`;
    const files: BundleFile[] = [];
    files.push({ path: 'datacenter.cfg', content: datacenterCfg(c) });
    files.push({ path: 'ha/resources.cfg', content: resourcesCfg(c) });
    if (c.ha.target === 'pve8') files.push({ path: 'ha/groups.cfg', content: groupsCfg(c) });
    else files.push({ path: 'ha/rules.cfg', content: rulesCfg(c) });
    files.push({ path: 'ha-setup.sh', content: haSetupSh(c), mode: 0o755 });
    if (c.quorum.qdevice) files.push({ path: 'qdevice.sh', content: qdeviceSh(c, opts.qnetdHosts?.[c.name] ?? c.quorum.qnetdHost), mode: 0o755 });
    files.push({ path: 'corosync-links.md', content: corosyncLinksMd(c) });
    files.push({ path: 'create-vms.sh', content: createVmsSh(c, mapping, opts.inventory), mode: 0o755 });
    for (const n of c.nodes) files.push({ path: `network/interfaces.${n.name}`, content: interfacesFor(c, n) });
    files.push({ path: 'storage.cfg', content: storageCfg(c, mapping) });
    files.push({ path: 'README.md', content: readmeMd(c, files.map((f) => f.path)) });
    for (const f of files) out.push({ ...f, path: `${base}/${f.path}` });
  }
  return out;
}

/** The configuration bundle of a derived plan (every front end and the report use this one call). */
export function bundleFiles(plan: Plan, opts: Omit<ConfigBundleOptions, 'inventory'> = {}): BundleFile[] {
  return renderConfigBundle(plan.design, plan.mapping, { ...opts, inventory: plan.inventory });
}
