import { dictionary, tt, type TKey } from '../../i18n';
import type { Text } from '../../i18n/text';
import type { MappingResult } from '../../mapping';
import type { MigrationNetwork } from '../../mapping/networkMap';
import type { Field } from '../../mapping/provenance';
import type { VmTarget } from '../../mapping/vmTarget';
import type { Block, Cell, Section } from '../model';
import { digestPointer, digestTable, fullOnly, grouped, summaryOnly, ttl, type Tagged } from './digest';

const d = (key: TKey): Text => dictionary[key];

function gib(mib: number | undefined): Cell {
  return mib === undefined ? null : Math.round((mib / 1024) * 10) / 10;
}

function joinTexts(ts: readonly Text[]): Cell {
  if (ts.length === 0) return '';
  return { vi: ts.map((t) => t.vi).join(' '), en: ts.map((t) => t.en).join(' ') };
}

function yesNo(b: boolean | undefined): Cell {
  return b === undefined ? null : d(b ? 'readiness.map.yes' : 'readiness.map.no');
}

/** A field's value for a table: `—` when unknown, `*` suffix when overridden. */
function fv<T>(f: Field<T>): string {
  if (f.value === undefined || f.value === null) return '—';
  return f.source === 'override' ? `${String(f.value)}*` : String(f.value);
}

/** A numeric field as a number cell (the XLSX keeps it a number); overrides are listed in their own column. */
function nv(f: Field<number | undefined | null>): Cell {
  return typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : '—';
}

const PROVENANCE_FIELDS = ['vmid', 'name', 'cluster', 'cpu', 'sockets', 'cores', 'memoryMiB', 'balloonMiB', 'ostype', 'bios', 'machine', 'scsihw', 'profile', 'boot'] as const;

/** Display name of what an assumed value rests on: an assumption, or a default rule (never an internal key). */
function basisName(name: string | undefined): Text {
  const key = (k: string): TKey | undefined => (Object.hasOwn(dictionary, k) ? (k as TKey) : undefined);
  const k = name ? (key(`report.assumption.${name}`) ?? key(`report.basis.${name}`)) : undefined;
  return k ? dictionary[k] : dictionary['report.basis.unknown'];
}

/** Fields that are assumed (with what they rest on) or unknown; field names are Proxmox config keys. */
function provenanceCell(t: VmTarget): Text {
  const out: Text[] = [];
  for (const k of PROVENANCE_FIELDS) {
    const f = t[k];
    if (f.source === 'assumed') {
      const b = basisName(f.assumption);
      out.push({ vi: `${k} (${b.vi})`, en: `${k} (${b.en})` });
    } else if (f.source === 'unknown') out.push({ vi: `${k} ?`, en: `${k} ?` });
  }
  if (t.disks.some((x) => !x.rdm && x.storage.source === 'unknown')) out.push({ vi: 'storage của đĩa ?', en: 'disk storage ?' });
  if (t.nets.some((x) => x.tag.source === 'unknown')) out.push({ vi: 'VLAN tag ?', en: 'VLAN tag ?' });
  if (t.nets.some((x) => x.mac.source === 'unknown')) out.push({ vi: 'MAC ?', en: 'MAC ?' });
  return { vi: out.map((x) => x.vi).join(', '), en: out.map((x) => x.en).join(', ') };
}

function disksCell(t: VmTarget): string {
  return t.disks
    .map((x) => (x.rdm ? `${x.label}: RDM (LUN ${x.rdmLun ?? '?'}, ${x.rdmMode ?? '?'}) — LUN pass-through / copy data` : `${x.slot ?? '!'}: ${fv(x.storage)} ${x.sizeGiB.value ?? '?'}G ${x.format.value ?? '?'}`))
    .concat(t.efidisk ? [`efidisk0: ${fv(t.efidisk.storage)} efitype=4m${t.efidisk.preEnrolledKeys.value ? ' pre-enrolled-keys=1' : ''}`] : [])
    .concat(t.cdrom ? [`${t.cdrom.slot}: cdrom`] : [])
    .join('; ');
}

function netsCell(t: VmTarget): string {
  return t.nets.map((n) => `${n.slot}: ${fv(n.model)} ${fv(n.bridge)}${n.tag.value !== undefined ? ` tag=${n.tag.value}` : ''}`).join('; ');
}

/** The CPU and migration network notes of every cluster: each distinct note once, unknown CPU hosts in one list. */
function cpuNotes(m: MappingResult): Block[] {
  const all = m.clusters.length;
  const unknownHosts = m.clusters.flatMap((c) => (c.cpuWarnings.some((w) => w.code === 'CPU_HOST_UNKNOWN') ? c.cpu.hosts.filter((h) => !h.evc).map((h) => h.host) : []));
  const out: Block[] = [];
  if (unknownHosts.length) out.push(summaryOnly({ kind: 'note', tone: 'warning', text: ttl('report.digest.cpu.hostsUnknown', { n: unknownHosts.length, hosts: unknownHosts.join(', ') }) }));
  out.push(...grouped(m.clusters.flatMap((c) => c.cpuWarnings.filter((w) => w.code !== 'CPU_HOST_UNKNOWN').map((w): Tagged => ({ owner: c.name, text: w.text }))), { kind: 'paragraph', all }));
  // The migration network notes differ only by the subnet the table prints: one note per kind.
  const migrationNote = (n: MigrationNetwork): Text =>
    n.from === 'vmotion' ? d('report.digest.cpu.noteVmotion') : n.from === 'management' && managementCidr(n) ? d('report.digest.cpu.noteManagement') : n.note;
  out.push(...grouped(m.clusters.map((c): Tagged => ({ owner: c.name, text: migrationNote(c.migrationNetwork) })), { kind: 'paragraph', all }));
  return out;
}

/** The management subnet most hosts of a cluster are on (what vMotion shares when it has no VMkernel of its own). */
function managementCidr(n: MigrationNetwork): string | undefined {
  const count = new Map<string, number>();
  for (const h of n.hosts) if (h.cidr) count.set(h.cidr, (count.get(h.cidr) ?? 0) + 1);
  return [...count.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))[0]?.[0];
}

function migrationCell(n: MigrationNetwork): Cell {
  if (n.cidr) return n.cidr;
  const mg = n.from === 'management' ? managementCidr(n) : undefined;
  return mg ? tt('report.digest.cpu.sharesManagement', { cidr: mg }) : '—';
}

/** Mapping report sections: cluster CPU / migration network, network map, storage map, per-VM targets. */
export function mappingSections(m: MappingResult): Section[] {
  const clusters: Section = {
    id: 'mapping-clusters',
    title: d('readiness.map.clusters.title'),
    blocks: [
      { kind: 'paragraph', text: d('readiness.map.clusters.intro') },
      // The summary: the table without the notes; each distinct note once with its clusters, the hosts whose CPU
      // generation is unknown in one list. The full report and the XLSX print the notes per cluster.
      ...digestTable(
        'mapping-clusters',
        undefined,
        [
          { key: 'cluster', label: d('readiness.col.cluster'), width: 2 },
          { key: 'cpu', label: d('readiness.map.col.cpuType'), width: 2 },
          { key: 'baseline', label: d('readiness.map.col.baseline') },
          { key: 'vendors', label: d('readiness.map.col.vendors') },
          { key: 'hosts', label: d('readiness.map.col.hosts'), align: 'right' },
          { key: 'migration', label: d('readiness.map.col.migration'), width: 2 },
        ],
        m.clusters.map((c) => [c.name, c.cpuType, c.cpu.baseline?.key ?? c.cpu.genericLevel ?? null, c.cpu.vendors.join(', '), c.cpu.hosts.length, migrationCell(c.migrationNetwork)]),
      ),
      ...cpuNotes(m),
      ...fullOnly([
        {
          kind: 'table',
          id: 'mapping-clusters',
          columns: [
            { key: 'cluster', label: d('readiness.col.cluster'), width: 2 },
            { key: 'cpu', label: d('readiness.map.col.cpuType'), width: 2 },
            { key: 'baseline', label: d('readiness.map.col.baseline') },
            { key: 'vendors', label: d('readiness.map.col.vendors') },
            { key: 'hosts', label: d('readiness.map.col.hosts'), align: 'right' },
            { key: 'migration', label: d('readiness.map.col.migration'), width: 2 },
            { key: 'notes', label: d('readiness.map.col.notes'), width: 4 },
          ],
          rows: m.clusters.map((c) => [
            c.name,
            c.cpuType,
            c.cpu.baseline?.key ?? c.cpu.genericLevel ?? null,
            c.cpu.vendors.join(', '),
            c.cpu.hosts.length,
            c.migrationNetwork.cidr ?? null,
            joinTexts([...c.cpuWarnings.map((w) => w.text), c.migrationNetwork.note]),
          ]),
        },
      ]),
    ],
  };
  const nm = m.networkMap;
  const network: Section = {
    id: 'mapping-network',
    title: d('readiness.map.network.title'),
    blocks: [
      {
        kind: 'paragraph',
        text: nm.mode === 'sdn' ? tt('readiness.map.network.intro.sdn', { zone: nm.sdnZone ?? '' }) : tt('readiness.map.network.intro.bridge', { bridge: nm.defaultBridge }),
      },
      {
        kind: 'table',
        id: 'mapping-network',
        sheet: { kind: 'networks' },
        columns: [
          { key: 'pg', label: d('readiness.map.col.portGroup'), width: 2 },
          { key: 'kind', label: d('readiness.map.col.kind') },
          { key: 'switch', label: d('readiness.map.col.switch') },
          { key: 'vlan', label: d('readiness.map.col.vlan') },
          { key: 'bridge', label: d('readiness.map.col.bridge') },
          { key: 'tag', label: d('readiness.map.col.tag'), align: 'right' },
          { key: 'vms', label: d('readiness.col.vms'), align: 'right' },
          { key: 'nics', label: d('readiness.map.col.nics'), align: 'right' },
          { key: 'notes', label: d('readiness.map.col.notes'), width: 4 },
        ],
        rows: nm.entries.map((e) => [
          e.network,
          d(e.kind === 'standard' ? 'readiness.map.kind.standard' : e.kind === 'distributed' ? 'readiness.map.kind.distributed' : 'readiness.map.kind.unknown'),
          e.switches.join(', '),
          e.trunk ? (e.vlanText ?? '4095') : e.vlans.join(', '),
          e.source === 'override' ? `${e.bridge}*` : e.bridge,
          e.tag ?? (e.trunk ? d('readiness.map.trunk') : e.source === 'unknown' ? null : d('readiness.map.untagged')),
          e.vmCount,
          e.nicCount,
          joinTexts(e.notes),
        ]),
      },
    ],
  };
  const sm = m.storageMap;
  const storage: Section = {
    id: 'mapping-storage',
    title: d('readiness.map.storage.title'),
    blocks: [
      { kind: 'paragraph', text: tt('readiness.map.storage.intro', { margin: Math.round(sm.growthMargin * 100) }) },
      // The summary: the same rows without the source type, storage content and notes (each distinct note once,
      // with the datastores it applies to); the full report and the XLSX print the whole table.
      ...digestTable(
        'mapping-storage',
        undefined,
        [
          { key: 'ds', label: d('readiness.map.col.datastore'), width: 2 },
          { key: 'storage', label: tt('report.digest.storage.col.target'), width: 2.2 },
          { key: 'shared', label: d('readiness.map.col.shared'), width: 0.7 },
          { key: 'cap', label: d('readiness.map.col.capacity'), align: 'right', width: 1 },
          { key: 'req', label: d('readiness.map.col.required'), align: 'right', width: 1 },
          { key: 'fits', label: d('readiness.map.col.fits'), width: 0.6 },
          { key: 'vms', label: d('readiness.col.vms'), align: 'right', width: 0.6 },
        ],
        sm.entries.map((e) => [
          e.scope ? `${e.datastore} (${e.scope})` : e.datastore,
          `${e.source === 'override' ? `${e.storage}*` : e.storage} (${e.type})`,
          yesNo(e.shared),
          gib(e.capacityMiB),
          gib(e.requiredMiB),
          yesNo(e.fits),
          e.vmCount,
        ]),
      ),
      ...grouped(
        sm.entries.flatMap((e) => e.notes.map((text): Tagged => ({ owner: e.scope ? `${e.datastore} (${e.scope})` : e.datastore, text }))),
        { kind: 'paragraph', key: 'report.digest.appliesToDatastores' },
      ),
      digestPointer(tt('report.digest.storage.pointer'), ['storage']),
      ...fullOnly([{
        kind: 'table',
        id: 'mapping-storage',
        sheet: { kind: 'storage' },
        columns: [
          { key: 'ds', label: d('readiness.map.col.datastore'), width: 2 },
          { key: 'src', label: d('readiness.map.col.sourceType') },
          { key: 'storage', label: d('readiness.map.col.storage'), width: 2 },
          { key: 'type', label: d('readiness.map.col.pveType') },
          { key: 'shared', label: d('readiness.map.col.shared') },
          { key: 'cap', label: d('readiness.map.col.capacity'), align: 'right' },
          { key: 'req', label: d('readiness.map.col.required'), align: 'right' },
          { key: 'fits', label: d('readiness.map.col.fits') },
          { key: 'vms', label: d('readiness.col.vms'), align: 'right' },
          { key: 'notes', label: d('readiness.map.col.notes'), width: 4 },
        ],
        rows: sm.entries.map((e) => [
          e.scope ? `${e.datastore} (${e.scope})` : e.datastore,
          e.sourceType ?? null,
          e.source === 'override' ? `${e.storage}*` : e.storage,
          `${e.type} · content ${e.content.join(',')}`,
          yesNo(e.shared),
          gib(e.capacityMiB),
          gib(e.requiredMiB),
          yesNo(e.fits),
          e.vmCount,
          joinTexts(e.notes),
        ]),
      }]),
    ],
  };
  const targets: Section = {
    id: 'mapping-targets',
    title: d('readiness.map.targets.title'),
    appendix: true,
    detail: 'full',
    landscape: true,
    blocks: [
      { kind: 'paragraph', text: d('readiness.map.targets.intro') },
      {
        kind: 'table',
        id: 'mapping-targets',
        sheet: { kind: 'vms' },
        columns: [
          { key: 'vm', label: d('readiness.col.vm'), width: 2 },
          { key: 'vmid', label: d('readiness.map.col.vmid'), align: 'right' },
          { key: 'name', label: d('readiness.map.col.name'), width: 2 },
          { key: 'cluster', label: d('readiness.col.cluster') },
          { key: 'cpu', label: tt('report.vm.col.cpuType'), width: 1.6 },
          { key: 'sockets', label: tt('report.vm.col.sockets'), align: 'right', width: 0.7 },
          { key: 'cores', label: tt('report.vm.col.cores'), align: 'right', width: 0.7 },
          { key: 'mem', label: tt('report.vm.col.memory'), align: 'right' },
          { key: 'balloon', label: tt('report.vm.col.balloon'), align: 'right' },
          { key: 'ostype', label: d('readiness.map.col.ostype') },
          { key: 'fw', label: d('readiness.map.col.firmware') },
          { key: 'scsihw', label: d('readiness.map.col.scsihw') },
          { key: 'disks', label: d('readiness.map.col.disks'), width: 4 },
          { key: 'nets', label: d('readiness.map.col.nets'), width: 3 },
          { key: 'prov', label: d('readiness.map.col.provenance'), width: 2 },
          { key: 'user', label: tt('report.vm.col.userSet'), width: 1.4 },
        ],
        rows: Object.values(m.vms)
          .sort((a, b) => a.sourceName.localeCompare(b.sourceName))
          .map((t) => [
            t.sourceName,
            nv(t.vmid),
            fv(t.name),
            fv(t.cluster),
            fv(t.cpu),
            nv(t.sockets),
            nv(t.cores),
            nv(t.memoryMiB),
            nv(t.balloonMiB),
            fv(t.ostype),
            `${fv(t.bios)} / ${fv(t.machine)}`,
            `${fv(t.scsihw)} / ${fv(t.profile)}`,
            disksCell(t),
            netsCell(t),
            provenanceCell(t),
            PROVENANCE_FIELDS.filter((k) => t[k].source === 'override').join(', '),
          ]),
      },
    ],
  };
  return [clusters, network, storage, targets];
}
