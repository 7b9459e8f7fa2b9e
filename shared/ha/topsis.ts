/**
 * The multi-criteria ranking of Proxmox's CRS (proxmox-resource-scheduling `src/topsis.rs`, `src/scheduler.rs`),
 * written from its documented behaviour:
 *
 * - every alternative (a candidate node for a start, or a candidate migration for rebalancing) is described by
 *   four criteria computed over ALL online nodes as they would be afterwards, each as a fraction of the node's
 *   capacity: 1 + root mean square of the CPU fractions (`sqrt(Σx²/n)`), 1 + the highest CPU fraction,
 *   1 + RMS of the memory fractions, 1 + the highest memory fraction. The `1 +` keeps tiny differences from
 *   being boosted (0.004 is twice 0.002, but 1.004 is barely more than 1.002);
 * - all four are minimised, with weights 1, 2, 5, 10 (normalised by their sum);
 * - TOPSIS: each criterion column is divided by its L2 norm (a column of zeros stays zero), weighted, and each
 *   alternative scored by its distance to the ideal worst over the sum of its distances to the ideal best and
 *   worst (0…1, higher is better; 0 when every alternative is the same).
 */

/** Weights of average CPU, highest CPU, average memory, highest memory. */
export const CRS_WEIGHTS: readonly number[] = [1, 2, 5, 10];
export const CRS_CRITERIA = 4;

/**
 * TOPSIS scores of `rows` alternatives (row-major `m`, `cols` minimised criteria; `m` is left unchanged). The
 * scores are written to `out` when given (scratch space of at least `rows`). Dividing a column by its norm keeps
 * its order, so the ideal best and worst are the column's smallest and largest raw values, divided likewise.
 */
export function topsisScores(m: Float64Array, rows: number, cols: number, weights: readonly number[], out: Float64Array = new Float64Array(rows)): Float64Array {
  let wsum = 0;
  for (let j = 0; j < cols; j++) wsum += weights[j] ?? 0;
  const scale = new Float64Array(cols);
  const best = new Float64Array(cols);
  const worst = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    let sq = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < rows; i++) {
      const x = m[i * cols + j] ?? 0;
      sq += x * x;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const norm = Math.sqrt(sq);
    // A column of zeros stays zero; otherwise weight / norm turns a raw value into its weighted normalised value.
    const f = ((weights[j] ?? 0) / (wsum || 1)) / (norm !== 0 ? norm : 1);
    scale[j] = f;
    best[j] = lo * f;
    worst[j] = hi * f;
  }
  for (let i = 0; i < rows; i++) {
    let dBest = 0;
    let dWorst = 0;
    for (let j = 0; j < cols; j++) {
      const x = (m[i * cols + j] ?? 0) * (scale[j] ?? 0);
      const b = x - (best[j] ?? 0);
      const c = x - (worst[j] ?? 0);
      dBest += b * b;
      dWorst += c * c;
    }
    dBest = Math.sqrt(dBest);
    dWorst = Math.sqrt(dWorst);
    const div = dBest + dWorst;
    out[i] = div === 0 ? 0 : dWorst / div;
  }
  return out;
}

/**
 * Sum of squares and the three largest values of a vector of per-node fractions, so that the RMS and the
 * maximum after changing one or two nodes cost O(1) instead of a pass over all nodes.
 */
export type FractionSummary = { n: number; sumSq: number; top: [number, number, number]; topAt: [number, number, number] };

export function summarise(values: Float64Array, n: number): FractionSummary {
  let sumSq = 0;
  const top: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const topAt: [number, number, number] = [-1, -1, -1];
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? 0;
    sumSq += v * v;
    if (v > top[0]) {
      top[2] = top[1];
      topAt[2] = topAt[1];
      top[1] = top[0];
      topAt[1] = topAt[0];
      top[0] = v;
      topAt[0] = i;
    } else if (v > top[1]) {
      top[2] = top[1];
      topAt[2] = topAt[1];
      top[1] = v;
      topAt[1] = i;
    } else if (v > top[2]) {
      top[2] = v;
      topAt[2] = i;
    }
  }
  return { n, sumSq, top, topAt };
}

/** The largest value among the nodes other than `a` and `b` (0 when there is none, like Proxmox's 0.0 start). */
export function maxExcluding(s: FractionSummary, a: number, b = -1): number {
  for (let k = 0; k < 3; k++) {
    const at = s.topAt[k] ?? -1;
    if (at < 0) break;
    if (at !== a && at !== b) return Math.max(0, s.top[k] ?? 0);
  }
  return 0;
}

/**
 * Write the four criteria of one alternative into `m` at `row`: the fractions are `cpu`/`mem`, except that
 * node `a` has `cpuA`/`memA` and node `b` (if ≥ 0) has `cpuB`/`memB`.
 */
export function writeAlternative(
  m: Float64Array,
  row: number,
  cpu: Float64Array,
  mem: Float64Array,
  cs: FractionSummary,
  ms: FractionSummary,
  a: number,
  cpuA: number,
  memA: number,
  b = -1,
  cpuB = 0,
  memB = 0,
): void {
  const n = cs.n || 1;
  const oa = cpu[a] ?? 0;
  const ob = b >= 0 ? (cpu[b] ?? 0) : 0;
  const moa = mem[a] ?? 0;
  const mob = b >= 0 ? (mem[b] ?? 0) : 0;
  let sqC = cs.sumSq - oa * oa + cpuA * cpuA;
  let sqM = ms.sumSq - moa * moa + memA * memA;
  let maxC = Math.max(maxExcluding(cs, a, b), cpuA);
  let maxM = Math.max(maxExcluding(ms, a, b), memA);
  if (b >= 0) {
    sqC += cpuB * cpuB - ob * ob;
    sqM += memB * memB - mob * mob;
    maxC = Math.max(maxC, cpuB);
    maxM = Math.max(maxM, memB);
  }
  const k = row * CRS_CRITERIA;
  m[k] = 1 + Math.sqrt(Math.max(0, sqC) / n);
  m[k + 1] = 1 + maxC;
  m[k + 2] = 1 + Math.sqrt(Math.max(0, sqM) / n);
  m[k + 3] = 1 + maxM;
}
