import type { DesignResult } from '../../design/types';
import type { MappingResult } from '../../mapping';
import type { Inventory } from '../../model/inventory';
import type { Plan } from '../../plan';
import { createVmsSh } from './createVms';
import { isNodeName, quoted } from './escape';
import { findingSink, type BundleFinding } from './findings';
import { datacenterCfg, datacenterNotes, haFiles, haSetupSh } from './haFiles';
import { corosyncLinksMd, interfacesFor, qdeviceSh } from './networkFiles';
import { readmeMd } from './readme';
import { esxiStorages, storageCfg } from './storageCfg';

export type { BundleFinding, BundleFindingCode } from './findings';

/** A cluster folder name: a Proxmox cluster name (lower-case label, at most 15 characters, as design/names.ts makes it). */
const CLUSTER_FOLDER_RE = /^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;

export type BundleFile = { path: string; content: string; mode?: number };

export type ConfigBundle = { files: BundleFile[]; findings: BundleFinding[] };

export type ConfigBundleOptions = {
  /** The inventory, for the VMDK paths of the disk imports and the source hosts of the ESXi storages. */
  inventory?: Inventory;
  /** QNetd host per target cluster, when known. */
  qnetdHosts?: Record<string, string>;
};

/**
 * The Proxmox configuration bundle with the findings raised while writing it: `proxmox/<cluster>/…` per
 * target cluster — datacenter.cfg, ha/*.cfg in section-config syntax, ha-setup.sh, qdevice.sh (when
 * planned), corosync-links.md, create-vms.sh, network/interfaces.<node>, storage.cfg and a bilingual
 * README.md that lists the findings. Scripts are mode 0o755. Every value is checked by the escaping layer
 * (escape.ts, shell.ts, sectionFile.ts, ../safeText.ts); a rejected value is never written. Every storage a
 * script uses is checked against the cluster's storage.cfg.
 */
export function buildConfigBundle(design: DesignResult, mapping?: MappingResult, opts: ConfigBundleOptions = {}): ConfigBundle {
  const out: BundleFile[] = [];
  const findings: BundleFinding[] = [];
  design.clusters.forEach((c, index) => {
    // The cluster and node names become folder and file names: only Proxmox labels are used as such.
    const folder = CLUSTER_FOLDER_RE.test(c.name) ? c.name : `cluster-${index + 1}`;
    const sink = findingSink(folder);
    if (folder !== c.name) sink.add('BUNDLE_ID_REJECTED', 'README.md', { id: quoted(c.name) });
    const base = `proxmox/${folder}`;
    const files: BundleFile[] = [];
    const ha = haFiles(c, sink);
    files.push({ path: 'datacenter.cfg', content: datacenterCfg(c, sink) });
    files.push({ path: 'ha/resources.cfg', content: ha.resources });
    if (c.ha.target === 'pve8') files.push({ path: 'ha/groups.cfg', content: ha.groups });
    else files.push({ path: 'ha/rules.cfg', content: ha.rules });
    files.push({ path: 'ha-setup.sh', content: haSetupSh(c, sink, ha.written), mode: 0o755 });
    if (c.quorum.qdevice) files.push({ path: 'qdevice.sh', content: qdeviceSh(c, opts.qnetdHosts?.[c.name] ?? c.quorum.qnetdHost, sink), mode: 0o755 });
    files.push({ path: 'corosync-links.md', content: corosyncLinksMd(c, sink) });
    const esxi = esxiStorages(c, opts.inventory, sink);
    const vms = createVmsSh(c, mapping, opts.inventory, esxi, sink);
    files.push({ path: 'create-vms.sh', content: vms.text, mode: 0o755 });
    for (const n of c.nodes) {
      if (isNodeName(n.name)) files.push({ path: `network/interfaces.${n.name}`, content: interfacesFor(c, n, sink) });
      else sink.add('BUNDLE_ID_REJECTED', 'network/', { id: quoted(n.name) });
    }
    const storage = storageCfg(c, mapping, vms.used, esxi, sink);
    files.push({ path: 'storage.cfg', content: storage.text });
    // Every storage id create-vms.sh writes to or imports from must be defined in this cluster's storage.cfg.
    for (const id of [...vms.used.keys(), ...vms.esxiUsed].sort()) if (!storage.defined.has(id)) sink.add('BUNDLE_STORAGE_UNDEFINED', 'create-vms.sh', { storage: id });
    const usedEsxi = [...esxi.values()].filter((s) => vms.esxiUsed.has(s.id));
    files.push({
      path: 'README.md',
      content: readmeMd(c, { files: files.map((f) => f.path), findings: sink.list, esxi: usedEsxi, migrationPending: datacenterNotes(c).migrationPending }),
    });
    for (const f of files) out.push({ ...f, path: `${base}/${f.path}` });
    for (const f of sink.list) findings.push(f);
  });
  return { files: out, findings };
}

/** The bundle's files (see buildConfigBundle). */
export function renderConfigBundle(design: DesignResult, mapping?: MappingResult, opts: ConfigBundleOptions = {}): BundleFile[] {
  return buildConfigBundle(design, mapping, opts).files;
}

/** The configuration bundle of a derived plan with its findings (the report shows them in its appendix). */
export function planBundle(plan: Plan, opts: Omit<ConfigBundleOptions, 'inventory'> = {}): ConfigBundle {
  return buildConfigBundle(plan.design, plan.mapping, { ...opts, inventory: plan.inventory });
}

/** The configuration bundle of a derived plan (every front end and the report use this one call). */
export function bundleFiles(plan: Plan, opts: Omit<ConfigBundleOptions, 'inventory'> = {}): BundleFile[] {
  return planBundle(plan, opts).files;
}
