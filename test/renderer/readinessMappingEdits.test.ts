import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../shared/import';
import { deriveMapping, type MappingResult } from '../../shared/mapping';
import type { Inventory } from '../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type Decisions } from '../../shared/model/project';
import {
  filterTargets,
  nicText,
  parseField,
  parseGiBToMiB,
  parseTag,
} from '../../renderer/views/mapping/mappingEdits';
import { setNetworkOverride, setStorageOverride, setVmOverride } from '../../shared/model/decisions';

const SAMPLE = path.resolve(__dirname, '../..', '../shared/samples/rvtools-4.6-339vms.xlsx');

let inv: Inventory;
let base: MappingResult;
const map = (d: Decisions): MappingResult => deriveMapping(inv, d, DEFAULT_ASSUMPTIONS);

beforeAll(async () => {
  const r = await importFiles([{ name: path.basename(SAMPLE), data: new Uint8Array(fs.readFileSync(SAMPLE)) }]);
  inv = r.inventory;
  base = map({});
});

describe('network map edits (real RVTools export)', () => {
  it('a new VLAN tag reaches every NIC on the port group and the target table text; reset gives the derived map back', () => {
    const e = base.networkMap.entries.find((x) => x.vmCount > 0 && x.tag !== 3999);
    expect(e).toBeDefined();
    if (!e) return;
    const d = setNetworkOverride({}, e.network, { bridge: 'vmbr7', tag: 3999 });
    expect(d).toEqual({ networkMap: { [e.network]: { bridge: 'vmbr7', tag: 3999 } } });
    const m = map(d);
    const entry = m.networkMap.entries.find((x) => x.network === e.network);
    expect(entry?.tag).toBe(3999);
    expect(entry?.bridge).toBe('vmbr7');
    expect(entry?.source).toBe('override');
    const nics = Object.values(m.vms).flatMap((t) => t.nets.filter((n) => n.network === e.network));
    expect(nics.length).toBe(e.nicCount);
    for (const n of nics) {
      expect(n.tag.value).toBe(3999);
      expect(nicText(n, '?')).toContain('vmbr7 tag=3999');
    }
    expect(m.networkMap.bridges.find((b) => b.name === 'vmbr7')?.vlans).toContain(3999);
    // untagged
    const u = map(setNetworkOverride({}, e.network, { tag: null }));
    for (const t of Object.values(u.vms)) for (const n of t.nets.filter((x) => x.network === e.network)) expect(nicText(n, '?')).not.toContain('tag=');
    // reset
    const reset = setNetworkOverride(d, e.network, undefined);
    expect(reset).toEqual({});
    expect(map(reset).networkMap).toEqual(base.networkMap);
  });

  it('tag input: empty = untagged, 1–4094 accepted, anything else refused', () => {
    expect(parseTag('')).toBeNull();
    expect(parseTag(' 10 ')).toBe(10);
    expect(parseTag('4094')).toBe(4094);
    for (const bad of ['0', '4095', '-1', '1.5', 'abc', '10a']) expect(parseTag(bad)).toBeUndefined();
  });
});

describe('storage map edits (real RVTools export)', () => {
  it('target capacity decides the fit; the type changes the disk format; reset restores the derived entry', () => {
    const e = base.storageMap.entries.find((x) => x.vmCount > 0 && x.requiredMiB !== undefined && x.requiredMiB > 1024);
    expect(e).toBeDefined();
    if (!e || e.requiredMiB === undefined) return;
    const small = map(setStorageOverride({}, e.datastore, { capacityMiB: Math.floor(e.requiredMiB / 2) })).storageMap.entries.find((x) => x.datastore === e.datastore);
    expect(small?.fits).toBe(false);
    const big = map(setStorageOverride({}, e.datastore, { capacityMiB: e.requiredMiB * 2 })).storageMap.entries.find((x) => x.datastore === e.datastore);
    expect(big?.fits).toBe(true);
    const d = setStorageOverride({}, e.datastore, { storage: 'san-new', type: 'nfs' });
    const m = map(d);
    const disks = Object.values(m.vms).flatMap((t) => t.disks.filter((x) => x.datastore === e.datastore));
    expect(disks.length).toBeGreaterThan(0);
    for (const x of disks) {
      expect(x.storage.value).toBe('san-new');
      expect(x.format.value).toBe('qcow2');
    }
    const lvm = map(setStorageOverride({}, e.datastore, { type: 'lvm' }));
    for (const t of Object.values(lvm.vms)) for (const x of t.disks.filter((k) => k.datastore === e.datastore)) expect(x.format.value).toBe('raw');
    expect(setStorageOverride(d, e.datastore, undefined)).toEqual({});
  });

  it('capacity input is GiB → MiB, positive numbers only', () => {
    expect(parseGiBToMiB('10')).toBe(10240);
    expect(parseGiBToMiB('1,5')).toBe(1536);
    for (const bad of ['', '0', '-3', 'x', '1e3']) expect(parseGiBToMiB(bad)).toBeUndefined();
  });
});

describe('per-VM overrides (real RVTools export)', () => {
  it('each editable field is applied as an override and reset to the derived value', () => {
    const t = Object.values(base.vms).find((x) => x.cores.value !== undefined && x.memoryMiB.value !== undefined);
    expect(t).toBeDefined();
    if (!t) return;
    let d: Decisions = {};
    d = setVmOverride(d, t.vmKey, 'cores', 3);
    d = setVmOverride(d, t.vmKey, 'memoryMiB', 6144);
    d = setVmOverride(d, t.vmKey, 'cpu', 'x86-64-v2-AES');
    d = setVmOverride(d, t.vmKey, 'ostype', 'l26');
    d = setVmOverride(d, t.vmKey, 'scsihw', 'pvscsi');
    const m = map(d).vms[t.vmKey];
    expect(m?.cores).toEqual({ value: 3, source: 'override' });
    expect(m?.memoryMiB).toEqual({ value: 6144, source: 'override' });
    expect(m?.cpu.value).toBe('x86-64-v2-AES');
    expect(m?.ostype.value).toBe('l26');
    expect(m?.scsihw.value).toBe('pvscsi');
    expect([...(m?.overridden ?? [])].sort()).toEqual(['cores', 'cpu', 'memoryMiB', 'ostype', 'scsihw']);
    for (const f of ['cores', 'memoryMiB', 'cpu', 'ostype', 'scsihw'] as const) d = setVmOverride(d, t.vmKey, f, undefined);
    expect(d).toEqual({});
    expect(map(d).vms[t.vmKey]).toEqual(t);
  });

  it('editor inputs are checked with the same limits the mapping applies', () => {
    expect(parseField('cores', '4')).toBe(4);
    expect(parseField('cores', '0')).toBeUndefined();
    expect(parseField('memoryMiB', '8')).toBeUndefined();
    expect(parseField('memoryMiB', '2048')).toBe(2048);
    expect(parseField('cpu', 'host')).toBe('host');
    expect(parseField('cpu', 'bad type')).toBeUndefined();
    expect(parseField('ostype', 'win11')).toBe('win11');
    expect(parseField('ostype', 'windows')).toBeUndefined();
    expect(parseField('scsihw', 'virtio-scsi-single')).toBe('virtio-scsi-single');
    expect(parseField('scsihw', 'nvme')).toBeUndefined();
  });

  it('target search matches VMID, source name and cluster', () => {
    const all = Object.values(base.vms);
    const t = all[7];
    expect(t).toBeDefined();
    if (!t || t.vmid.value === undefined) return;
    expect(filterTargets(all, String(t.vmid.value))).toContain(t);
    expect(filterTargets(all, t.sourceName.toUpperCase())).toContain(t);
    expect(filterTargets(all, '')).toHaveLength(all.length);
    if (t.cluster.value) expect(filterTargets(all, t.cluster.value)).toContain(t);
  });
});
