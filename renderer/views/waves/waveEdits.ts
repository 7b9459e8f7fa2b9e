import type { WavesResult } from '../../../shared/waves';

/**
 * The VMs that move with `vmKey`: its DRS keep-together rules and isolated networks, followed through
 * (a VM in two such groups brings both). Applications are not followed: they may be split.
 */
export function unitOf(w: WavesResult, vmKey: string): string[] {
  const hard = w.groups.filter((g) => g.kind !== 'application');
  const out = new Set([vmKey]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of hard) {
      if (!g.vmKeys.some((k) => out.has(k))) continue;
      for (const k of g.vmKeys) {
        if (!out.has(k)) {
          out.add(k);
          grew = true;
        }
      }
    }
  }
  return [...out].sort();
}

/** The wave before / after `waveId`; after the last one, a new wave (`w<n+1>`); before the first, none. */
export function neighbourWave(w: WavesResult, waveId: string, dir: -1 | 1): string | undefined {
  const ids = w.waves.map((x) => x.id);
  const i = ids.indexOf(waveId);
  if (i < 0) return undefined;
  const next = ids[i + dir];
  if (next) return next;
  if (dir === -1) return undefined;
  const n = Math.max(...ids.map((x) => Number(x.slice(1))));
  return n < 9999 ? `w${n + 1}` : undefined;
}

/** A number typed with a dot or a comma; undefined when it is not one. */
export function parseNumber(s: string): number | undefined {
  const v = Number(s.trim().replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(v) ? v : undefined;
}
