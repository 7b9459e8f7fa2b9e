import type { DesignResult, PlacedVm } from '../design';
import { dictionary, tt, type TKey } from '../i18n';
import { fill, type Lang, type Params } from '../i18n/text';
import type { Text } from '../i18n/text';

/** A dictionary sentence whose parameters differ by language. */
export function ttBy(key: TKey, params: (lang: Lang) => Params): Text {
  const e = dictionary[key];
  return { vi: fill(e.vi, params('vi'), 'vi'), en: fill(e.en, params('en'), 'en') };
}
import type { MappingResult } from '../mapping';
import type { Assumptions } from '../model/assumptions';
import { resolveDecisions, wavesDecisions, WAVE_ID_RE, type Decisions, type MigrationMethod } from '../model/decisions';
import type { Inventory, Vm } from '../model/inventory';
import type { ReadinessResult } from '../readiness';
import type { Figure, Wave, WaveGroup, WaveKind, WaveLimits, WaveVm, WavesResult } from './types';

/**
 * Migration waves. Every migrated VM lands in exactly one wave:
 * 1. VMs that must move together form units that are never split: DRS keep-together rules and port groups
 *    the user marked isolated. Applications (custom attribute / tag, vApp, folder, resource pool, or a
 *    name prefix shared by several VMs) are kept together when they fit in one wave.
 * 2. A VM the user moved or locked stays in its wave (its whole unit follows it).
 * 3. The others are packed in order: a pilot wave of simple, non-critical, ready VMs; then by readiness
 *    class and complexity (simple first); VMs with open blockers or no target node last, in remediation
 *    waves. Each wave respects its limits (VMs, TiB to copy, hours of its window), else says which it breaks.
 * Durations: copy GiB / throughput + a fixed per-VM time, spread over the parallel import streams; downtime
 * by method. Every figure names the assumptions it rests on.
 */

const GIB = 1024;
const CLASS_RANK: Record<string, number> = { ready: 0, conditional: 1, unknown: 2, 'not-ready': 3 };
/** Attribute / tag names that name the application a VM belongs to. */
const APP_ATTRIBUTE_RE = /^(app|application|applications|service|system|workload|project|ứng dụng|dịch vụ)$/i;
/** Folder and pool names that say nothing about the application. */
const GENERIC_CONTAINER_RE = /^(resources|vm|vms|virtual machines|discovered virtual machine|templates?|default|production|prod|test|dev|linux|windows|unix|servers?|infra|infrastructure|workloads?)$/i;

/** vSphere Cluster Services agent VMs (vCLS-…): vCenter creates and removes them itself. */
const VCLS_RE = /^vCLS[-_ (]/i;

export type WavesInput = {
  inventory: Inventory;
  mapping: MappingResult;
  readiness: ReadinessResult;
  design: DesignResult;
  decisions: Decisions;
  assumptions: Assumptions;
};

function limitsOf(a: Assumptions): WaveLimits {
  return {
    maxVms: a.waveMaxVms,
    maxCopyGiB: a.waveMaxCopyTiB * GIB,
    windowHours: a.waveWindowHours,
    pilotMaxVms: a.pilotWaveMaxVms,
    gibPerHour: a.migrationGiBPerHour,
    overheadMinutes: a.migrationOverheadMinutes,
    parallel: a.migrationParallel,
    method: a.migrationMethod,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The largest value (never spread into Math.max: a list of 50k VMs would overflow the stack). */
function maxOf(values: Iterable<number>, init = -Infinity): number {
  let m = init;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** Append in a loop (a spread into push() of a very large group overflows the stack). */
function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

/** GiB the import copies: the sum of the disk capacities (vDisk), else vInfo's total; unknown when neither. */
function copyOf(vm: Vm): Figure {
  const sizes = vm.disks.filter((d) => !d.raw).map((d) => d.capacityMiB);
  if (sizes.length > 0 && sizes.every((x) => x !== undefined)) return { value: round2(sizes.reduce<number>((s, x) => s + (x ?? 0), 0) / GIB), source: 'imported', assumptions: [] };
  const total = vm.totalDiskCapacityMiB ?? vm.provisionedMiB;
  if (total !== undefined) return { value: round2(total / GIB), source: 'imported', assumptions: [] };
  return { value: 0, source: 'unknown', assumptions: [] };
}

function hoursOf(copy: Figure, l: WaveLimits): Figure {
  return {
    value: round2(copy.value / l.gibPerHour + l.overheadMinutes / 60),
    source: copy.source === 'unknown' ? 'unknown' : 'derived',
    assumptions: ['migrationGiBPerHour', 'migrationOverheadMinutes'],
  };
}

/** Downtime by method: cold import and restore wait for the copy; a live import starts the VM at once. */
function downtimeOf(method: MigrationMethod, hours: Figure, l: WaveLimits): Figure {
  if (method === 'live-import') return { value: round2(l.overheadMinutes / 60), source: 'assumed', assumptions: ['migrationOverheadMinutes'] };
  return { ...hours, assumptions: [...hours.assumptions, 'migrationMethod'] };
}

/** Elapsed hours of a wave: the VMs' hours spread over `parallel` streams, longest first. */
export function elapsedHours(hours: readonly number[], parallel: number): number {
  const streams = new Array<number>(Math.max(1, parallel)).fill(0);
  for (const h of [...hours].sort((a, b) => b - a)) {
    let i = 0;
    for (let j = 1; j < streams.length; j++) if ((streams[j] ?? 0) < (streams[i] ?? 0)) i = j;
    streams[i] = (streams[i] ?? 0) + h;
  }
  return round2(maxOf(streams, 0));
}

/** The application key of a VM and where it was read, or undefined. */
export function applicationOf(vm: Vm): { key: string; basis: NonNullable<WaveGroup['basis']> } | undefined {
  for (const [k, v] of Object.entries(vm.attributes)) if (APP_ATTRIBUTE_RE.test(k.trim()) && v.trim()) return { key: v.trim(), basis: 'attribute' };
  if (vm.vApp?.trim()) return { key: vm.vApp.trim(), basis: 'vapp' };
  const leaf = (p: string | undefined): string | undefined => p?.split('/').filter((x) => x.trim()).pop()?.trim();
  const folder = leaf(vm.folder);
  if (folder && !GENERIC_CONTAINER_RE.test(folder)) return { key: folder, basis: 'folder' };
  const pool = leaf(vm.resourcePool);
  if (pool && !GENERIC_CONTAINER_RE.test(pool) && pool !== vm.cluster) return { key: pool, basis: 'resource-pool' };
  return undefined;
}

/** Name prefix: the leading letters before the first separator or digit (3+ letters), lower case. */
export function namePrefix(name: string): string | undefined {
  const m = /^([A-Za-z]{3,})[-_.\d]/.exec(name);
  return m?.[1]?.toLowerCase();
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

type Unit = { id: string; vms: WaveVm[]; app?: string; held: boolean; rank: number; complexity: number; copyGiB: number; hours: number[] };

const waveNo = (id: string): number => Number(id.slice(1));
const waveId = (n: number): string => `w${n}`;

function groupsOf(inv: Inventory, design: DesignResult, isolated: readonly string[], vmKeys: Set<string>): WaveGroup[] {
  const out: WaveGroup[] = [];
  for (const c of design.clusters) {
    for (const r of c.placement.rules) {
      if (r.kind !== 'together') continue;
      const keys = r.vmKeys.filter((k) => vmKeys.has(k));
      if (keys.length >= 2) out.push({ id: `drs:${c.name}:${r.name}`, kind: 'drs', label: r.name, vmKeys: keys.sort() });
    }
  }
  const vms = inv.vms.filter((v) => vmKeys.has(v.key));
  for (const net of isolated) {
    const keys = vms.filter((v) => v.networks.includes(net) || v.nics.some((n) => n.network === net)).map((v) => v.key);
    if (keys.length >= 2) out.push({ id: `net:${net}`, kind: 'network', label: net, vmKeys: keys.sort() });
  }
  const apps = new Map<string, WaveGroup>();
  const prefixes = new Map<string, string[]>();
  for (const v of vms) {
    const a = applicationOf(v);
    if (a) {
      const id = `app:${a.basis}:${a.key}`;
      const g = apps.get(id) ?? { id, kind: 'application' as const, label: a.key, basis: a.basis, vmKeys: [] };
      g.vmKeys.push(v.key);
      apps.set(id, g);
      continue;
    }
    const p = namePrefix(v.name);
    if (p) prefixes.set(p, [...(prefixes.get(p) ?? []), v.key]);
  }
  for (const g of apps.values()) if (g.vmKeys.length >= 2) out.push({ ...g, vmKeys: g.vmKeys.sort() });
  for (const [p, keys] of prefixes) if (keys.length >= 2) out.push({ id: `app:name-prefix:${p}`, kind: 'application', label: `${p}*`, basis: 'name-prefix', vmKeys: keys.sort() });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function heldText(r: ReadinessResult, key: string, placed: PlacedVm | undefined): Text | undefined {
  const rd = r.byKey[key];
  if (rd?.class === 'not-ready') {
    const labels = rd.findings.filter((f) => f.severity === 'blocker' && !f.acknowledged).map((f) => f.label);
    return ttBy('waves.held.blockers', (lang) => ({ list: labels.map((x) => x[lang]).join('; ') }));
  }
  if (!placed) return tt('waves.held.noTarget');
  const why = placed.unplaced?.text;
  if (!placed.node) return ttBy('waves.held.unplaced', (lang) => ({ why: why ? why[lang] : '' }));
  return undefined;
}

export function deriveWaves(input: WavesInput): WavesResult {
  const { inventory: inv, mapping, readiness, design, assumptions: a } = input;
  const wd = wavesDecisions(resolveDecisions(input.decisions));
  const l = limitsOf(a);
  const notes: Text[] = [];

  const placed = new Map<string, { p: PlacedVm; cluster: string }>();
  const tier = new Map<string, 1 | 2 | 3>();
  for (const c of design.clusters) {
    for (const p of c.placement.vms) placed.set(p.vmKey, { p, cluster: c.name });
    for (const r of c.ha.resources) tier.set(r.vmKey, r.tier);
  }

  const excluded: WavesResult['excluded'] = [];
  const vms: WaveVm[] = [];
  for (const v of inv.vms) {
    if (v.template) {
      excluded.push({ vmKey: v.key, name: v.name, reason: tt('waves.excluded.template') });
      continue;
    }
    if (v.srmPlaceholder) {
      excluded.push({ vmKey: v.key, name: v.name, reason: tt('waves.excluded.srm') });
      continue;
    }
    if (VCLS_RE.test(v.name)) {
      excluded.push({ vmKey: v.key, name: v.name, reason: tt('waves.excluded.vcls') });
      continue;
    }
    const t = mapping.vms[v.key];
    if (!t) {
      excluded.push({ vmKey: v.key, name: v.name, reason: tt('waves.excluded.notMapped') });
      continue;
    }
    const pl = placed.get(v.key);
    const method = wd.method[v.key] ?? l.method;
    const copyGiB = copyOf(v);
    const hours = hoursOf(copyGiB, l);
    const rd = readiness.byKey[v.key];
    const held = heldText(readiness, v.key, pl?.p);
    vms.push({
      vmKey: v.key,
      name: v.name,
      pveName: t.name.value ?? v.name,
      vmid: pl?.p.vmid ?? t.vmid.value ?? 0,
      sourceCluster: v.cluster,
      sourceHost: v.host,
      cluster: pl?.cluster,
      node: pl?.p.node,
      powerState: v.powerState,
      windows: t.guest?.family === 'windows',
      firstBoot: t.profile.value === 'first-boot',
      haTier: tier.get(v.key),
      readiness: rd?.class ?? 'unknown',
      complexity: rd?.complexity ?? 0,
      method,
      copyGiB,
      hours,
      downtimeHours: downtimeOf(method, hours, l),
      locked: Object.hasOwn(wd.assign, v.key),
      groups: [],
      ...(held ? { held } : {}),
    });
  }
  const byKey = new Map(vms.map((v) => [v.vmKey, v]));
  const unknownSize = vms.filter((v) => v.copyGiB.source === 'unknown').length;
  if (unknownSize) notes.push(tt('waves.note.unknownSize', { n: unknownSize }));

  // Units: hard groups (DRS keep-together, isolated networks) are never split.
  const groups = groupsOf(inv, design, wd.isolatedNetworks, new Set(byKey.keys()));
  const uf = new UnionFind();
  for (const g of groups) {
    for (const k of g.vmKeys) byKey.get(k)?.groups.push(g.id);
    if (g.kind === 'application') continue;
    for (const k of g.vmKeys.slice(1)) uf.union(g.vmKeys[0] ?? k, k);
  }
  const appOf = new Map<string, string>();
  for (const g of groups) if (g.kind === 'application') for (const k of g.vmKeys) if (!appOf.has(k)) appOf.set(k, g.id);
  const unitMembers = new Map<string, WaveVm[]>();
  for (const v of vms) {
    const r = uf.find(v.vmKey);
    unitMembers.set(r, [...(unitMembers.get(r) ?? []), v]);
  }
  const units: Unit[] = [...unitMembers].map(([id, members]) => {
    const sorted = [...members].sort((x, y) => x.vmid - y.vmid || (x.name < y.name ? -1 : 1));
    return {
      id,
      vms: sorted,
      app: sorted.map((m) => appOf.get(m.vmKey)).find((x) => x !== undefined),
      held: sorted.some((m) => m.held !== undefined),
      rank: maxOf(sorted.map((m) => CLASS_RANK[m.readiness] ?? 2)),
      complexity: maxOf(sorted.map((m) => m.complexity)),
      copyGiB: sorted.reduce((s, m) => s + m.copyGiB.value, 0),
      hours: sorted.map((m) => m.hours.value),
    };
  });

  // Waves, by number; the user's assignments first (a unit follows the latest wave any member was put in).
  const slots = new Map<number, { vms: WaveVm[]; auto: boolean; kind?: WaveKind }>();
  const slot = (n: number): { vms: WaveVm[]; auto: boolean; kind?: WaveKind } => {
    let s = slots.get(n);
    if (!s) {
      s = { vms: [], auto: false };
      slots.set(n, s);
    }
    return s;
  };
  const free: Unit[] = [];
  for (const u of units) {
    const asked = [...new Set(u.vms.map((m) => wd.assign[m.vmKey]).filter((x): x is string => x !== undefined && WAVE_ID_RE.test(x)))].sort((x, y) => waveNo(x) - waveNo(y));
    const target = asked[asked.length - 1];
    if (!target) {
      free.push(u);
      continue;
    }
    if (asked.length > 1) notes.push(tt('waves.note.unitSplitAsked', { vms: u.vms.map((m) => m.name).join(', '), waves: asked.join(', '), wave: target }));
    append(slot(waveNo(target)).vms, u.vms);
  }

  const windowOf = (n: number): number => wd.waves[waveId(n)]?.windowHours ?? l.windowHours;
  const fits = (s: { vms: WaveVm[] }, u: Unit, n: number, maxVms: number): boolean =>
    s.vms.length + u.vms.length <= maxVms &&
    s.vms.reduce((x, m) => x + m.copyGiB.value, 0) + u.copyGiB <= l.maxCopyGiB + 1e-9 &&
    elapsedHours([...s.vms.map((m) => m.hours.value), ...u.hours], l.parallel) <= windowOf(n) + 1e-9;

  // Pilot: single VMs, ready, complexity ≤ 1, not HA tier 1, smallest first.
  let next = 1;
  const pilotable = (u: Unit): boolean => u.vms.length === 1 && !u.held && u.rank === 0 && u.complexity <= 1 && u.vms.every((m) => m.haTier !== 1 && m.copyGiB.source !== 'unknown');
  if (l.pilotMaxVms > 0) {
    const candidates = free.filter(pilotable).sort((x, y) => x.complexity - y.complexity || x.copyGiB - y.copyGiB || (x.vms[0]?.name ?? '').localeCompare(y.vms[0]?.name ?? ''));
    const s = slot(next);
    s.kind = 'pilot';
    const taken = new Set<Unit>();
    for (const u of candidates) {
      if (s.vms.length >= l.pilotMaxVms) break;
      if (fits(s, u, next, Math.min(l.pilotMaxVms, l.maxVms))) {
        append(s.vms, u.vms);
        s.auto = true;
        taken.add(u);
      }
    }
    if (taken.size > 0) {
      for (let i = free.length - 1; i >= 0; i--) if (taken.has(free[i] as Unit)) free.splice(i, 1);
      next++;
    } else if (s.vms.length === 0) {
      slots.delete(next);
    } else next++;
  }

  // Application clusters: units sharing an application key, ordered by their hardest member.
  const pack = (list: Unit[], kind: WaveKind): void => {
    const byApp = new Map<string, Unit[]>();
    for (const u of list) byApp.set(u.app ?? `unit:${u.id}`, [...(byApp.get(u.app ?? `unit:${u.id}`) ?? []), u]);
    const clusters = [...byApp].map(([key, us]) => ({ key, units: us, rank: maxOf(us.map((u) => u.rank)), complexity: maxOf(us.map((u) => u.complexity)) }));
    clusters.sort((x, y) => x.rank - y.rank || x.complexity - y.complexity || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    let n = next;
    const open = (): { vms: WaveVm[]; auto: boolean; kind?: WaveKind } => {
      let s = slot(n);
      // Skip waves the user filled with another kind (a remediation wave never mixes with ready ones).
      while (s.kind !== undefined && s.kind !== kind) s = slot(++n);
      return s;
    };
    for (const c of clusters) {
      const all: Unit = { id: c.key, vms: c.units.flatMap((u) => u.vms), held: false, rank: c.rank, complexity: c.complexity, copyGiB: c.units.reduce((s, u) => s + u.copyGiB, 0), hours: c.units.flatMap((u) => u.hours) };
      let s = open();
      if (!fits(s, all, n, l.maxVms) && s.vms.length > 0 && fits({ vms: [] }, all, n + 1, l.maxVms)) {
        n++;
        s = open();
      }
      if (c.units.length > 1 && !fits(s, all, n, l.maxVms) && c.key.startsWith('app:')) notes.push(tt('waves.note.appSplit', { app: c.key.replace(/^app:[^:]+:/, ''), n: all.vms.length }));
      for (const u of c.units) {
        s = open();
        if (!fits(s, u, n, l.maxVms) && s.vms.length > 0) {
          n++;
          s = open();
        }
        if (!fits(s, u, n, l.maxVms)) notes.push(tt(u.vms.length > 1 ? 'waves.note.unitTooBig' : 'waves.note.vmTooBig', { vms: u.vms.map((m) => m.name).join(', '), wave: waveId(n) }));
        append(s.vms, u.vms);
        s.auto = true;
        s.kind = kind;
      }
    }
    next = slots.size ? maxOf(slots.keys(), n) + 1 : n + 1;
    if (slot(n).vms.length === 0 && !wd.waves[waveId(n)]) slots.delete(n);
  };
  const ready = free.filter((u) => !u.held);
  const held = free.filter((u) => u.held);
  if (ready.length) pack(ready, 'main');
  if (held.length) pack(held, 'remediation');
  // Waves the user named or dated stay visible even when empty.
  for (const id of Object.keys(wd.waves)) slot(waveNo(id));

  const counts: Record<WaveKind, number> = { pilot: 0, main: 0, remediation: 0 };
  const waves: Wave[] = [...slots]
    .filter(([n, s]) => s.vms.length > 0 || wd.waves[waveId(n)] !== undefined)
    .sort((x, y) => x[0] - y[0])
    .map(([n, s]) => {
      const id = waveId(n);
      const kind: WaveKind = s.kind ?? (s.vms.some((m) => m.held) ? 'remediation' : 'main');
      counts[kind]++;
      const d = wd.waves[id];
      const list = [...s.vms].sort((x, y) => x.vmid - y.vmid || (x.name < y.name ? -1 : 1));
      const copyGiB = round2(list.reduce((x, m) => x + m.copyGiB.value, 0));
      const hours = elapsedHours(list.map((m) => m.hours.value), l.parallel);
      const windowHours = d?.windowHours ?? l.windowHours;
      const overLimits: Text[] = [];
      if (list.length > (kind === 'pilot' ? Math.min(l.pilotMaxVms, l.maxVms) : l.maxVms)) overLimits.push(tt('waves.over.vms', { n: list.length, max: kind === 'pilot' ? Math.min(l.pilotMaxVms, l.maxVms) : l.maxVms }));
      if (copyGiB > l.maxCopyGiB + 1e-9) overLimits.push(tt('waves.over.copy', { tib: round2(copyGiB / GIB), max: a.waveMaxCopyTiB }));
      if (hours > windowHours + 1e-9) overLimits.push(tt('waves.over.hours', { h: hours, max: windowHours }));
      const named = d?.name !== undefined;
      return {
        id,
        name: named ? { vi: d.name ?? id, en: d.name ?? id } : tt(`waves.name.${kind}`, { n, k: counts[kind] }),
        named,
        kind,
        vms: list,
        copyGiB,
        hours,
        maxDowntimeHours: round2(maxOf(list.map((m) => m.downtimeHours.value), 0)),
        windowHours,
        ...(d?.start ? { start: d.start } : {}),
        overLimits,
      };
    });
  const heldInMain = waves.filter((w) => w.kind !== 'remediation' && w.vms.some((m) => m.held));
  for (const w of heldInMain) notes.push(tt('waves.note.heldInWave', { wave: w.id, vms: w.vms.filter((m) => m.held).map((m) => m.name).join(', ') }));

  return {
    waves,
    groups,
    excluded,
    limits: l,
    totals: { vms: vms.length, copyGiB: round2(waves.reduce((s, w) => s + w.copyGiB, 0)), hours: round2(waves.reduce((s, w) => s + w.hours, 0)) },
    notes,
  };
}
