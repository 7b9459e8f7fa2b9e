import { untrusted } from '../../fixtures/untrusted';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/model/assumptions';
import { assignVmids, deriveMapping } from '../../../shared/mapping';
import { inventory, vm } from '../readiness/vmBuilder';

describe('assignVmids', () => {
  it('starts at vmidStart and keeps saved ids stable across a re-import', () => {
    const a = vm({ uuid: 'AAA' });
    const b = vm({ uuid: 'BBB' });
    const first = assignVmids(inventory([a, b]), {}, resolveAssumptions({ vmidStart: 500 }));
    expect(first.map).toEqual({ aaa: 500, bbb: 501 });
    // Re-import: a new VM appears before the old ones; old ones keep their ids, the new one gets the next free id.
    const c = vm({ uuid: 'CCC' });
    const again = assignVmids(inventory([c, b, a]), { vmidByUuid: first.map }, resolveAssumptions({ vmidStart: 500 }));
    expect(again.map).toEqual({ aaa: 500, bbb: 501, ccc: 502 });
    expect(again.assigned).toEqual(['ccc']);
  });

  it('skips ids reserved by overrides and ignores junk in the decision map', () => {
    const a = vm({ uuid: 'x1' });
    const b = vm({ uuid: 'x2' });
    const r = assignVmids(inventory([a, b]), untrusted({ vmidByUuid: { junk: 'nope' }, vmOverrides: { [a.key]: { vmid: 100 } } }), resolveAssumptions({}));
    expect(r.map).toEqual({ x1: 101, x2: 102 });
    const m = deriveMapping(inventory([a, b]), { vmOverrides: { [a.key]: { vmid: 100 } } }, {});
    expect(m.vms[a.key]?.vmid).toEqual({ value: 100, source: 'override' });
    expect(m.vms[b.key]?.vmid.value).toBe(102);
  });
});
