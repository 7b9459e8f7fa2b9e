import type { SweepCase, SweepResult } from '../../../shared/ha';

/** Rows of the N-1 sweep table and the colour band of each heat-map cell (memory use of a node). */

export type Heat = 'low' | 'mid' | 'high' | 'over' | 'failed' | 'unknown';

export type HeatCell = { node: string; pct: number | null; heat: Heat };

export type SweepRow = {
  failed: string[];
  quorate: boolean;
  moved: number;
  unrecovered: number;
  overcommitted: string[];
  recoverySeconds: number | null;
  cells: HeatCell[];
};

/** Memory use in % → band: < 70 low, 70–85 mid, 85–100 high, > 100 over. */
export function heatOf(pct: number): Heat {
  if (pct > 100) return 'over';
  if (pct >= 85) return 'high';
  if (pct >= 70) return 'mid';
  return 'low';
}

function cellsOf(nodes: readonly string[], c: SweepCase): HeatCell[] {
  return nodes.map((node) => {
    if (c.failed.includes(node)) return { node, pct: null, heat: 'failed' };
    const l = c.loads[node];
    if (!l || !l.memoryMiB) return { node, pct: null, heat: 'unknown' };
    const pct = (l.memoryMiBDemand / l.memoryMiB) * 100;
    return { node, pct, heat: l.memoryOvercommitted ? 'over' : heatOf(pct) };
  });
}

/** The nodes of a sweep, in the order of the cases (each N-1 case fails one node) then any others. */
export function sweepNodes(s: SweepResult): string[] {
  const out: string[] = [];
  for (const c of s.cases) for (const n of c.failed) if (!out.includes(n)) out.push(n);
  for (const n of Object.keys(s.baseline.loads)) if (!out.includes(n)) out.push(n);
  return out;
}

export function sweepRows(s: SweepResult): SweepRow[] {
  const nodes = sweepNodes(s);
  return s.cases.map((c) => ({
    failed: c.failed,
    quorate: c.quorate,
    moved: c.moved.length,
    unrecovered: c.unrecovered.length,
    overcommitted: c.overcommitted,
    recoverySeconds: c.recoverySeconds,
    cells: cellsOf(nodes, c),
  }));
}
