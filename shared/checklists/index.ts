import type { ClusterDesign, DesignResult } from '../design';
import { tt } from '../i18n';
import type { Text } from '../i18n/text';
import type { MappingResult } from '../mapping';
import type { Inventory } from '../model/inventory';

/**
 * Checklists generated from the plan, with the plan's real node names, addresses, VMIDs and storage ids:
 * the pre-production checklist of each target cluster and the known issues with their fixes. Only the rows
 * that apply to this plan are produced (no QDevice row for a cluster without a QDevice, no Windows row
 * without Windows guests). Data only; the report and the Checklists view render it.
 */

export type ChecklistLevel = 'mandatory' | 'recommended';

export type ChecklistRow = {
  id: string;
  level: ChecklistLevel;
  title: Text;
  /** The exact command (Proxmox CLI stays in English); a line starting with `#` says where to run it. */
  command: string;
  expected: Text;
  /** Target cluster, or `all`. */
  appliesTo: string;
};

export type Checklist = { id: string; title: Text; items: ChecklistRow[] };

const PVE_VERSION: Record<string, string> = { pve8: '8.4', 'pve9.0': '9.0', 'pve9.2': '9.2' };

function clusterRows(c: ClusterDesign, design: DesignResult, mapping: MappingResult | undefined): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  const nodes = c.nodes.map((n) => n.name);
  const first = nodes[0] ?? '<node>';
  const row = (id: string, level: ChecklistLevel, title: Text, command: string, expected: Text): void => {
    rows.push({ id: `${c.name}/${id}`, level, title, command, expected, appliesTo: c.name });
  };
  row('cluster-formed', 'mandatory', tt('chk.pre.cluster'), `pvecm status   # on ${first}`, tt('chk.pre.clusterExpected', { n: nodes.length, nodes: nodes.join(', ') }));
  row('versions', 'mandatory', tt('chk.pre.versions'), nodes.map((n) => `ssh root@${n} pveversion`).join('\n'), tt('chk.pre.versionsExpected', { v: PVE_VERSION[design.pveTarget] ?? design.pveTarget }));
  if (c.quorum.qdevice) {
    const host = c.quorum.qnetdHost ?? '<QNetd host address>';
    row('qdevice', 'mandatory', tt('chk.pre.qdevice'), `pvecm qdevice setup ${host}   # once, on ${first}\npvecm status\ncorosync-qdevice-tool -s`, tt('chk.pre.qdeviceExpected', { votes: c.quorum.totalVotes, quorum: c.quorum.quorumVotes }));
  }
  const links = c.networks.corosyncLinks;
  row(
    'corosync-links',
    links.length >= 2 ? 'mandatory' : 'recommended',
    tt(links.length >= 2 ? 'chk.pre.links' : 'chk.pre.oneLink'),
    `corosync-cfgtool -s   # on every node: ${nodes.join(', ')}`,
    tt('chk.pre.linksExpected', { links: links.map((l) => `link ${l.link} (${l.network.cidr})`).join(', ') || '—' }),
  );
  const mig = c.networks.migration.cidr;
  row('migration-network', 'mandatory', tt('chk.pre.migration'), 'grep ^migration /etc/pve/datacenter.cfg', tt('chk.pre.migrationExpected', { setting: c.networks.migrationSetting }));
  const vm = [...c.placement.vms].sort((a, b) => a.vmid - b.vmid).find((v) => v.node && v.secondary && v.secondary !== v.node);
  if (vm?.node && vm.secondary) {
    const ha = c.ha.enabled && c.ha.resources.some((r) => r.vmKey === vm.vmKey);
    row(
      'live-migration',
      'recommended',
      tt('chk.pre.liveMigration', { name: vm.name }),
      ha ? `ha-manager migrate vm:${vm.vmid} ${vm.secondary}   # from ${vm.node}` : `qm migrate ${vm.vmid} ${vm.secondary} --online   # on ${vm.node}`,
      tt('chk.pre.liveMigrationExpected', { vmid: vm.vmid, to: vm.secondary, cidr: mig }),
    );
  }
  const storages = new Set<string>();
  for (const p of c.placement.vms) for (const d of mapping?.vms[p.vmKey]?.disks ?? []) if (d.storage.value) storages.add(d.storage.value);
  if (storages.size) row('storage', 'mandatory', tt('chk.pre.storage'), `pvesm status   # on every node: ${nodes.join(', ')}`, tt('chk.pre.storageExpected', { list: [...storages].sort().join(', ') }));
  if (c.ha.enabled && c.ha.resources.length) {
    row('watchdog', 'mandatory', tt('chk.pre.watchdog'), 'systemctl is-active watchdog-mux pve-ha-lrm pve-ha-crm\nha-manager status', tt('chk.pre.watchdogExpected'));
    row('fencing-ipmi', 'recommended', tt('chk.pre.ipmi'), nodes.map((n) => `ipmitool -I lanplus -H <BMC of ${n}> -U <user> chassis status`).join('\n'), tt('chk.pre.ipmiExpected'));
    const ruleCmd = c.ha.target === 'pve8' ? 'ha-manager groupconfig' : 'ha-manager rules config';
    const ids = c.ha.target === 'pve8' ? c.ha.groups.map((g) => g.id) : c.ha.rules.map((r) => r.id);
    row('ha-resources', 'mandatory', tt('chk.pre.ha'), `ha-manager config\n${ruleCmd}`, tt('chk.pre.haExpected', { n: c.ha.resources.length, ids: ids.join(', ') || '—' }));
  }
  row('backup-job', 'mandatory', tt('chk.pre.backup'), 'cat /etc/pve/jobs.cfg\npvesm status --content backup', tt('chk.pre.backupExpected'));
  row('restore-test', 'mandatory', tt('chk.pre.restore'), '# HA acceptance test TCs-17 (vzdump + qmrestore)', tt('chk.pre.restoreExpected'));
  row('time-sync', 'mandatory', tt('chk.pre.time'), `chronyc tracking   # on every node: ${nodes.join(', ')}`, tt('chk.pre.timeExpected'));
  return rows;
}

function knownIssues(design: DesignResult, mapping: MappingResult | undefined, inv: Inventory | undefined): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  const placed = design.clusters.flatMap((c) => c.placement.vms.map((p) => ({ p, c: c.name })));
  const targets = placed.map(({ p, c }) => ({ p, c, t: mapping?.vms[p.vmKey] })).sort((a, b) => a.p.vmid - b.p.vmid);
  const windows = targets.filter((x) => x.t?.guest?.family === 'windows');
  const firstBoot = windows.filter((x) => x.t?.profile.value === 'first-boot');
  if (firstBoot[0]) {
    const x = firstBoot[0];
    rows.push({ id: 'known/virtio-windows', level: 'mandatory', title: tt('chk.known.virtio', { n: firstBoot.length }), command: `qm set ${x.p.vmid} --${x.t?.cdrom?.slot ?? 'ide2'} <iso-storage>:iso/virtio-win.iso,media=cdrom   # ${x.p.name}, then in the guest: virtio-win-guest-tools.exe`, expected: tt('chk.known.virtioExpected'), appliesTo: 'all' });
  }
  const efiLsi = targets.filter((x) => x.t?.bios.value === 'ovmf' && /^lsi/.test(x.t.scsihw.value ?? ''));
  if (efiLsi[0]) rows.push({ id: 'known/efi-lsi', level: 'mandatory', title: tt('chk.known.efiLsi', { n: efiLsi.length }), command: `qm set ${efiLsi[0].p.vmid} --scsihw virtio-scsi-single   # ${efiLsi[0].p.name}; or pvscsi while the guest lacks VirtIO drivers`, expected: tt('chk.known.efiLsiExpected'), appliesTo: 'all' });
  const efi = targets.filter((x) => x.t?.bios.value === 'ovmf');
  if (efi[0]) rows.push({ id: 'known/efi-boot', level: 'recommended', title: tt('chk.known.efiBoot', { n: efi.length }), command: `qm start ${efi[0].p.vmid}   # ${efi[0].p.name}: if it stops at the UEFI shell, Boot Maintenance Manager → Boot Options → Add Boot Option`, expected: tt('chk.known.efiBootExpected'), appliesTo: 'all' });
  if (windows[0]) {
    const x = windows[0];
    const mac = x.t?.nets[0]?.mac.value;
    rows.push({ id: 'known/mac-ip', level: 'mandatory', title: tt('chk.known.macIp', { n: windows.length }), command: `qm config ${x.p.vmid} | grep ^net   # ${x.p.name}: ${mac ? `MAC ${mac} kept` : 'MAC unknown'}`, expected: tt('chk.known.macIpExpected'), appliesTo: 'all' });
  }
  if (targets[0] && (inv?.vms.length ?? 0) > 0) rows.push({ id: 'known/time-sync', level: 'recommended', title: tt('chk.known.time'), command: `qm agent ${targets[0].p.vmid} get-time   # ${targets[0].p.name}; guests use their own NTP once VMware Tools is gone`, expected: tt('chk.known.timeExpected'), appliesTo: 'all' });
  return rows;
}

/** The checklists of a plan: one pre-production checklist per target cluster, then the known issues. */
export function buildChecklists(design: DesignResult, mapping?: MappingResult, inventory?: Inventory): Checklist[] {
  const out: Checklist[] = design.clusters.filter((c) => c.nodes.length > 0).map((c) => ({ id: `pre-production/${c.name}`, title: tt('chk.pre.title', { c: c.name }), items: clusterRows(c, design, mapping) }));
  const known = knownIssues(design, mapping, inventory);
  if (known.length) out.push({ id: 'known-issues', title: tt('chk.known.title'), items: known });
  return out;
}
