import { describe, expect, it } from 'vitest';
import { planQuorum, qdeviceAdvice } from '../../../shared/design/quorum';

describe('quorum plan', () => {
  it('1 node: no HA, with the options', () => {
    const q = planQuorum(1);
    expect(q.qdeviceAdvice).toBe('not-applicable');
    expect(q.qdevice).toBe(false);
    expect(q.haPossible).toBe(false);
    expect(q.totalVotes).toBe(1);
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(q.options.some((o) => /without HA/.test(o.en))).toBe(true);
    expect(q.options.every((o) => o.vi.length > 0 && o.vi !== o.en)).toBe(true);
  });

  it('2 nodes: QDevice required, 3 votes, HA possible, survives one failure', () => {
    const q = planQuorum(2);
    expect(q.qdeviceAdvice).toBe('required');
    expect(q.qdevice).toBe(true);
    expect(q.qdeviceVotes).toBe(1);
    expect(q.totalVotes).toBe(3);
    expect(q.quorumVotes).toBe(2);
    expect(q.toleratedNodeFailures).toBe(1);
    expect(q.haPossible).toBe(true);
  });

  it('2 nodes without the QDevice: no HA (2 votes)', () => {
    const q = planQuorum(2, false);
    expect(q.qdevice).toBe(false);
    expect(q.totalVotes).toBe(2);
    expect(q.haPossible).toBe(false);
    expect(q.toleratedNodeFailures).toBe(0);
  });

  it('3 nodes: no QDevice (odd), explained', () => {
    const q = planQuorum(3);
    expect(q.qdeviceAdvice).toBe('not-recommended');
    expect(q.qdevice).toBe(false);
    expect(q.totalVotes).toBe(3);
    expect(q.quorumVotes).toBe(2);
    expect(q.toleratedNodeFailures).toBe(1);
    expect(q.haPossible).toBe(true);
    expect(q.explanation[0]?.en).toMatch(/N-1 votes/);
    expect(q.explanation[0]?.vi).toMatch(/N-1 phiếu/);
  });

  it('4 nodes: QDevice recommended; with it 5 votes and two failures tolerated', () => {
    const q = planQuorum(4);
    expect(q.qdeviceAdvice).toBe('recommended');
    expect(q.qdevice).toBe(true);
    expect(q.totalVotes).toBe(5);
    expect(q.quorumVotes).toBe(3);
    expect(q.toleratedNodeFailures).toBe(2);
    const without = planQuorum(4, false);
    expect(without.totalVotes).toBe(4);
    expect(without.quorumVotes).toBe(3);
    expect(without.toleratedNodeFailures).toBe(1);
  });

  it('odd count forced with a QDevice gets N-1 votes (lms)', () => {
    const q = planQuorum(5, true);
    expect(q.qdeviceVotes).toBe(4);
    expect(q.explanation.some((e) => /--force/.test(e.en))).toBe(true);
  });

  it('advice alternates with parity', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(qdeviceAdvice)).toEqual([
      'not-applicable', 'required', 'not-recommended', 'recommended', 'not-recommended', 'recommended', 'not-recommended', 'recommended',
    ]);
  });
});
