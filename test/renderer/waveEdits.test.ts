import { describe, expect, it } from 'vitest';
import type { WavesResult } from '../../shared/waves';
import { neighbourWave, parseNumber, unitOf } from '../../renderer/views/waves/waveEdits';

const w = {
  waves: [{ id: 'w1' }, { id: 'w2' }, { id: 'w5' }],
  groups: [
    { id: 'drs:c:a', kind: 'drs', label: 'a', vmKeys: ['a', 'b'] },
    { id: 'net:x', kind: 'network', label: 'x', vmKeys: ['b', 'c'] },
    { id: 'app:folder:f', kind: 'application', label: 'f', vmKeys: ['c', 'd'] },
  ],
} as unknown as WavesResult;

describe('waves view edits', () => {
  it('moves a VM with every VM it must move with (DRS and isolated networks, followed through), not its application', () => {
    expect(unitOf(w, 'a')).toEqual(['a', 'b', 'c']);
    expect(unitOf(w, 'd')).toEqual(['d']);
  });
  it('finds the previous / next wave, a new one after the last, none before the first', () => {
    expect(neighbourWave(w, 'w2', 1)).toBe('w5');
    expect(neighbourWave(w, 'w2', -1)).toBe('w1');
    expect(neighbourWave(w, 'w5', 1)).toBe('w6');
    expect(neighbourWave(w, 'w1', -1)).toBeUndefined();
  });
  it('reads numbers with a dot or a comma', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 300 ')).toBe(300);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('abc')).toBeUndefined();
  });
});
