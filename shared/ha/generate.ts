import type { HaResourceInput, HaRuleInput, NodeResources, SweepInput } from './types';

/**
 * Deterministic generated clusters for sweeps, benches and equality tests (no Math.random: a small LCG).
 * Node names `pveNN`, resources `vm:1000+i` (every tenth a `ct:`), sizes that fit the nodes on average.
 */
export type GenerateOptions = {
  nodes: number;
  resources: number;
  crs?: 'basic' | 'static';
  /** Add node-affinity rules (strict and non-strict) and resource-affinity pairs. */
  rules?: boolean;
  seed?: number;
};

function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

export function generateSweepInput(o: GenerateOptions): SweepInput {
  const rnd = lcg(o.seed ?? 42);
  const width = Math.max(2, String(o.nodes).length);
  const nodes = Array.from({ length: o.nodes }, (_, i) => `pve${String(i + 1).padStart(width, '0')}`);
  const nodeResources: Record<string, NodeResources> = {};
  for (const [i, n] of nodes.entries()) nodeResources[n] = { cpus: i % 3 === 0 ? 128 : 64, memoryMiB: (i % 4 === 0 ? 1024 : 512) * 1024 };
  const resources: HaResourceInput[] = [];
  for (let i = 0; i < o.resources; i++) {
    const node = nodes[Math.floor(rnd() * nodes.length)] ?? nodes[0] ?? 'pve01';
    const kind = i % 10 === 9 ? 'ct' : 'vm';
    resources.push({
      sid: `${kind}:${1000 + i}`,
      node,
      state: i % 25 === 24 ? 'stopped' : 'started',
      cores: [1, 2, 4, 8][Math.floor(rnd() * 4)] ?? 2,
      memoryMiB: [1024, 2048, 2048, 4096][Math.floor(rnd() * 4)] ?? 2048,
    });
  }
  const rules: HaRuleInput[] = [];
  if (o.rules && nodes.length >= 3) {
    const pick = (): string => nodes[Math.floor(rnd() * nodes.length)] ?? nodes[0] ?? 'pve01';
    let r = 0;
    for (let i = 0; i + 1 < resources.length && r < Math.max(1, Math.floor(resources.length / 20)); i += 10, r++) {
      const a = resources[i];
      const b = resources[i + 1];
      if (!a || !b) break;
      if (r % 3 === 0) {
        const n1 = pick();
        let n2 = pick();
        if (n2 === n1) n2 = nodes[(nodes.indexOf(n1) + 1) % nodes.length] ?? n1;
        rules.push({ id: `na-${r}`, type: 'node-affinity', resources: [a.sid], nodes: { [n1]: 2, [n2]: 1 }, strict: r % 2 === 0 });
      } else if (r % 3 === 1) {
        rules.push({ id: `apart-${r}`, type: 'resource-affinity', resources: [a.sid, b.sid], affinity: 'negative' });
      } else {
        rules.push({ id: `together-${r}`, type: 'resource-affinity', resources: [a.sid, b.sid], affinity: 'positive' });
      }
    }
  }
  return { nodes, nodeResources, crs: o.crs ?? 'static', resources, rules };
}
