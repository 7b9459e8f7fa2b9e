import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  designDecisions,
  HA_RESERVES,
  HA_TIERS,
  isValidVmOverride,
  MAX_NEW_NODES,
  pinVm,
  readDecisions,
  resolveDecisions,
  setChecklistTick,
  setClusterReserve,
  setHaTier,
  setNetworkOverride,
  setShutdownPolicy,
  setStorageOverride,
  setVmOverride,
  SHUTDOWN_POLICIES,
  unacknowledge,
  type Decisions,
} from '../../../shared/model/decisions';

/** A project file written by a newer version: areas and fields this version does not know. */
const FROM_ANOTHER_VERSION = {
  vmOverrides: { 'vc/uuid-1': { cores: 4, memoryMiB: 8192, 'net0.tag': null, 'disk:Hard disk 1.storage': 'ceph-vm', futureField: { x: 1 } } },
  acknowledged: { 'vc/uuid-1|rdm-disk': { note: 'LUN stays on iSCSI', at: '2026-01-02', by: 'an' } },
  vmidByUuid: { 'uuid-1': 101 },
  clusterCpuType: { prod: 'x86-64-v3' },
  networkMap: { 'VM Network': { bridge: 'vmbr1', tag: 20, mtu: 9000 } },
  storageMap: { 'SAN-01': { storage: 'ceph-vm', type: 'rbd', capacityMiB: 2048 } },
  design: { pins: { 'vc/uuid-1': 'pve01' }, haTiers: { 'vc/uuid-1': 1 }, clusters: { prod: { reserve: 'n+2', shutdownPolicy: 'migrate', futureKnob: true } }, waves: [1, 2] },
  checklist: { 'prod/TCs-01': { done: true, at: '2026-01-03' } },
  migrationWaves: { wave1: ['vc/uuid-1'] },
};

describe('readDecisions: one schema per area, one reader', () => {
  it('reads a valid project without findings and keeps every area, field and unknown key through a JSON round trip', () => {
    const { decisions, findings } = readDecisions(structuredClone(FROM_ANOTHER_VERSION));
    expect(findings).toEqual([]);
    const back = JSON.parse(JSON.stringify(decisions)) as Record<string, unknown>;
    expect(back).toMatchObject(FROM_ANOTHER_VERSION);
    expect(back.migrationWaves).toEqual({ wave1: ['vc/uuid-1'] });
    // Reading what was written gives the same again (stable).
    expect(JSON.parse(JSON.stringify(readDecisions(back).decisions))).toEqual(back);
  });

  it('drops wrong types and out-of-range values with a coded finding naming the path; keeps the valid rest', () => {
    const raw = {
      vmOverrides: { vm1: { cores: 0, memoryMiB: 4096, ostype: 'bogus', 'net3.tag': 5000, 'net1.tag': 7, agent: 'yes' } },
      acknowledged: { 'vm1|r': { note: 3 }, 'vm2|r': { note: 'ok' } },
      vmidByUuid: { a: 'nope', b: 99, c: 250 },
      networkMap: { pg: { bridge: '1bad', tag: 12 }, pg2: 'x' },
      storageMap: { ds: { type: 'floppy', capacityMiB: -1, storage: 'local-lvm' } },
      design: { haTiers: { k: 7, j: 2 }, clusters: { c: { reserve: 'n+9', newHardware: { count: 9999, sockets: 2, cores: 16, memoryMiB: 65536 } } } },
      checklist: 'nope',
    };
    const { decisions: d, findings } = readDecisions(raw);
    expect(d.vmOverrides?.vm1).toEqual({ memoryMiB: 4096, 'net1.tag': 7 });
    expect(d.acknowledged).toEqual({ 'vm2|r': { note: 'ok', at: '' } });
    expect(d.vmidByUuid).toEqual({ c: 250 });
    expect(d.networkMap).toEqual({ pg: { tag: 12 } });
    expect(d.storageMap).toEqual({ ds: { storage: 'local-lvm' } });
    expect(designDecisions(d).haTiers).toEqual({ j: 2 });
    expect(designDecisions(d).clusters.c?.reserve).toBeUndefined();
    expect(designDecisions(d).clusters.c?.newHardware?.count).toBe(MAX_NEW_NODES);
    expect(d.checklist).toBeUndefined();
    const paths = findings.map((f) => `${f.code} ${f.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'DECISION_INVALID decisions.vmOverrides["vm1"].cores',
        'DECISION_INVALID decisions.vmOverrides["vm1"].ostype',
        'DECISION_INVALID decisions.vmOverrides["vm1"].net3.tag',
        'DECISION_INVALID decisions.vmOverrides["vm1"].agent',
        'DECISION_INVALID decisions.acknowledged["vm1|r"]',
        'DECISION_INVALID decisions.vmidByUuid["a"]',
        'DECISION_INVALID decisions.vmidByUuid["b"]',
        'DECISION_INVALID decisions.networkMap["pg"].bridge',
        'DECISION_INVALID decisions.networkMap["pg2"]',
        'DECISION_INVALID decisions.storageMap["ds"].type',
        'DECISION_INVALID decisions.storageMap["ds"].capacityMiB',
        'DECISION_INVALID decisions.design.haTiers["k"]',
        'DECISION_INVALID decisions.design.clusters["c"].reserve',
        'DECISION_CLAMPED decisions.design.clusters["c"].newHardware.count',
        'DECISION_INVALID decisions.checklist',
      ]),
    );
    expect(findings).toHaveLength(15);
    for (const f of findings) {
      expect(f.message.vi).toContain(f.path);
      expect(f.message.en).toContain(f.path);
      expect(f.message.vi).not.toEqual(f.message.en);
    }
  });

  it('refuses what is not an object, and reads an object only once', () => {
    expect(readDecisions([1, 2]).findings.map((f) => f.code)).toEqual(['DECISIONS_NOT_AN_OBJECT']);
    expect(readDecisions(undefined)).toEqual({ decisions: {}, findings: [] });
    const once = resolveDecisions({ vmidByUuid: { a: 100 } });
    expect(resolveDecisions(once)).toBe(once);
  });

  it('checks VM override values with the same rules the editors use', () => {
    expect(isValidVmOverride('cores', 4)).toBe(true);
    expect(isValidVmOverride('cores', 4.5)).toBe(false);
    expect(isValidVmOverride('scsihw', 'virtio-scsi-single')).toBe(true);
    expect(isValidVmOverride('disk:Hard disk 2.storageType', 'rbd')).toBe(true);
    expect(isValidVmOverride('net12.tag', null)).toBe(true);
    expect(isValidVmOverride('net12.tag', 4095)).toBe(false);
    expect(isValidVmOverride('noSuchField', 1)).toBe(false);
  });
});

describe('edit functions', () => {
  const base: Decisions = resolveDecisions(structuredClone(FROM_ANOTHER_VERSION));

  it('return new decisions, never change their input, and keep the areas they do not touch', () => {
    const frozen = JSON.stringify(base);
    let d = setVmOverride(base, 'vc/uuid-2', 'cores', 8);
    d = setNetworkOverride(d, 'Backup', { tag: null });
    d = setStorageOverride(d, 'NFS-01', { storage: 'nfs-a', type: 'nfs' });
    d = acknowledge(d, 'vc/uuid-2', 'snapshots', 'removed before cut-over', '2026-02-01');
    d = pinVm(d, 'vc/uuid-2', 'pve02');
    d = setHaTier(d, 'vc/uuid-2', 'none');
    d = setClusterReserve(d, 'prod', 'n+1');
    d = setShutdownPolicy(d, 'prod', 'failover');
    d = setChecklistTick(d, 'prod/TCs-02', false, '2026-02-02');
    expect(JSON.stringify(base)).toBe(frozen);
    expect(d.vmOverrides?.['vc/uuid-2']).toEqual({ cores: 8 });
    expect(d.vmOverrides?.['vc/uuid-1']).toBe(base.vmOverrides?.['vc/uuid-1']);
    expect(d.networkMap?.Backup).toEqual({ tag: null });
    expect(d.storageMap?.['NFS-01']).toEqual({ storage: 'nfs-a', type: 'nfs' });
    expect(d.acknowledged?.['vc/uuid-2|snapshots']).toEqual({ note: 'removed before cut-over', at: '2026-02-01' });
    const dd = designDecisions(d);
    expect(dd.pins).toEqual({ 'vc/uuid-1': 'pve01', 'vc/uuid-2': 'pve02' });
    expect(dd.haTiers['vc/uuid-2']).toBe('none');
    expect(dd.clusters.prod).toMatchObject({ reserve: 'n+1', shutdownPolicy: 'failover', futureKnob: true });
    expect(d.checklist?.['prod/TCs-02']).toEqual({ done: false, at: '2026-02-02' });
    expect((d as Record<string, unknown>).migrationWaves).toEqual({ wave1: ['vc/uuid-1'] });
    // Every edit yields decisions the reader accepts without a finding.
    expect(readDecisions(JSON.parse(JSON.stringify(d))).findings).toEqual([]);
  });

  it('resetting removes the entry, and an area left empty goes', () => {
    let d = setVmOverride({}, 'vm', 'cpu', 'host');
    d = setVmOverride(d, 'vm', 'cpu', undefined);
    expect(d).toEqual({});
    d = acknowledge({}, 'vm', 'r', 'n', 't');
    expect(unacknowledge(d, 'vm', 'r')).toEqual({});
    expect(unacknowledge(d, 'vm', 'other')).toBe(d);
    expect(setStorageOverride({ storageMap: { ds: { storage: 'x' } } }, 'ds', undefined)).toEqual({});
    expect(pinVm(pinVm({}, 'vm', 'n1'), 'vm', undefined).design?.pins).toEqual({});
  });

  it('exports the value lists the views offer', () => {
    expect(HA_RESERVES).toEqual(['n+0', 'n+1', 'n+2']);
    expect(HA_TIERS).toEqual([1, 2, 3, 'none']);
    expect(SHUTDOWN_POLICIES).toEqual(['conditional', 'freeze', 'failover', 'migrate']);
  });
});
