import { describe, expect, it } from 'vitest';
import { emptyInventory, type Vm } from '../../../shared/model/inventory';
import { newProject } from '../../../shared/model/project';
import { countDecisions, matchVms, reimport } from '../../../shared/model/reimport';
import { acknowledge, pinVm, setChecklistTick, setHaTier, setNetworkOverride } from '../../../shared/model/decisions';

const vm = (name: string, uuid: string | undefined, cluster = 'CL1', source = 'vc1'): Vm => ({
  key: `${source}/${uuid ?? name}`, name, uuid, source, cluster, template: false, srmPlaceholder: false, networks: [], attributes: {},
  disks: [], nics: [], cdDrives: [], usbDevices: [], snapshots: [], partitions: [],
});

describe('VM matching for re-import', () => {
  it('matches by UUID (any case) first, then by name in the same cluster; never two to one', () => {
    const old = [vm('web', 'AAAA'), vm('db', 'bbbb', 'CL1'), vm('db', 'cccc', 'CL2'), vm('solo', undefined)];
    const next = [vm('web-new', 'aaaa'), vm('db', 'x1', 'CL2'), vm('db', 'x2', 'CL1'), vm('solo', 'dddd'), vm('solo', 'eeee')];
    const m = matchVms(old, next);
    const by = (n: Vm): string => `${m.get(n)?.old.key ?? '-'}:${m.get(n)?.by ?? '-'}`;
    expect(by(next[0]!)).toBe('vc1/AAAA:uuid');
    expect(by(next[1]!)).toBe('vc1/cccc:name');
    expect(by(next[2]!)).toBe('vc1/bbbb:name');
    // "solo" twice in the new export and once before: ambiguous, matched to neither.
    expect(by(next[3]!)).toBe('-:-');
    expect(by(next[4]!)).toBe('-:-');
  });

  it('keeps decisions of an ambiguous VM as decisions that no longer apply (never dropped)', () => {
    const inv = emptyInventory();
    inv.vms = [vm('solo', undefined)];
    const p = newProject(inv, { name: 'x', now: 't' });
    p.decisions = acknowledge(pinVm(p.decisions, 'vc1/solo', 'n1'), 'vc1/solo', 'r1', 'ok', 't');
    const next = emptyInventory();
    next.vms = [vm('solo', 'dddd'), vm('solo', 'eeee')];
    const r = reimport(p, next, undefined, 't2');
    expect(r.project.decisions.design?.pins).toEqual({ 'vc1/solo': 'n1' });
    expect(r.report.orphaned.map((o) => o.area).sort()).toEqual(['acknowledged', 'design.pins']);
    expect(r.report.added).toHaveLength(2);
    expect(r.report.removed.map((v) => v.key)).toEqual(['vc1/solo']);
  });
});

describe('decision count shown when an import would replace the project', () => {
  it('counts the entries of every area, not the defaults', () => {
    expect(countDecisions({})).toBe(0);
    let d = pinVm({}, 'vc1/a', 'n1');
    expect(countDecisions(d)).toBe(1);
    d = setHaTier(acknowledge(d, 'vc1/a', 'r', 'ok', 't'), 'vc1/b', 2);
    d = setChecklistTick(setNetworkOverride(d, 'VM Network', { bridge: 'vmbr0', tag: 5 }), 'CL/x', true, 't');
    expect(countDecisions(d)).toBe(5);
  });
});
