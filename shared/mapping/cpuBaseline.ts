import { text, type Text } from '../i18n/text';
import type { Host, Inventory, Vm } from '../model/inventory';
import { resolveDecisions, type Decisions } from '../model/decisions';
import type { Assumptions } from '../model/assumptions';

/**
 * Cluster CPU baseline: EVC key → Proxmox `cpu:` type (proxmox-facts §2.4). A single-vendor cluster gets
 * the named QEMU model of its lowest generation; a mixed-vendor cluster (or `cpuTypeMode: generic`) gets
 * the lowest common generic `x86-64-v*` level.
 */

export type Vendor = 'intel' | 'amd';
export type GenericLevel = 'kvm64' | 'x86-64-v2' | 'x86-64-v2-AES' | 'x86-64-v3' | 'x86-64-v4';

export type EvcInfo = { key: string; vendor: Vendor; rank: number; named: string; generic: GenericLevel; generation: string };

const GENERIC_ORDER: GenericLevel[] = ['kvm64', 'x86-64-v2', 'x86-64-v2-AES', 'x86-64-v3', 'x86-64-v4'];

const EVC: EvcInfo[] = [
  { key: 'intel-merom', vendor: 'intel', rank: 0, named: 'Conroe', generic: 'kvm64', generation: 'Core 2 (65 nm)' },
  { key: 'intel-penryn', vendor: 'intel', rank: 1, named: 'Penryn', generic: 'kvm64', generation: 'Core 2 (45 nm)' },
  { key: 'intel-nehalem', vendor: 'intel', rank: 2, named: 'Nehalem-IBRS', generic: 'x86-64-v2', generation: 'Xeon 5500' },
  { key: 'intel-westmere', vendor: 'intel', rank: 3, named: 'Westmere-IBRS', generic: 'x86-64-v2-AES', generation: 'Xeon 5600' },
  { key: 'intel-sandybridge', vendor: 'intel', rank: 4, named: 'SandyBridge-IBRS', generic: 'x86-64-v2-AES', generation: 'Xeon E5 v1' },
  { key: 'intel-ivybridge', vendor: 'intel', rank: 5, named: 'IvyBridge-IBRS', generic: 'x86-64-v2-AES', generation: 'Xeon E5 v2' },
  { key: 'intel-haswell', vendor: 'intel', rank: 6, named: 'Haswell-noTSX-IBRS', generic: 'x86-64-v3', generation: 'Xeon E5 v3' },
  { key: 'intel-broadwell', vendor: 'intel', rank: 7, named: 'Broadwell-noTSX-IBRS', generic: 'x86-64-v3', generation: 'Xeon E5 v4' },
  { key: 'intel-skylake', vendor: 'intel', rank: 8, named: 'Skylake-Server-noTSX-IBRS', generic: 'x86-64-v4', generation: 'Xeon Scalable 1st gen' },
  { key: 'intel-cascadelake', vendor: 'intel', rank: 9, named: 'Cascadelake-Server-noTSX', generic: 'x86-64-v4', generation: 'Xeon Scalable 2nd gen' },
  { key: 'intel-icelake', vendor: 'intel', rank: 10, named: 'Icelake-Server-noTSX', generic: 'x86-64-v4', generation: 'Xeon Scalable 3rd gen' },
  { key: 'intel-sapphirerapids', vendor: 'intel', rank: 11, named: 'SapphireRapids', generic: 'x86-64-v4', generation: 'Xeon Scalable 4th gen' },
  { key: 'amd-rev-e', vendor: 'amd', rank: 0, named: 'Opteron_G1', generic: 'kvm64', generation: 'Opteron G1' },
  { key: 'amd-rev-f', vendor: 'amd', rank: 1, named: 'Opteron_G2', generic: 'kvm64', generation: 'Opteron G2' },
  { key: 'amd-greyhound-no3dnow', vendor: 'amd', rank: 2, named: 'Opteron_G3', generic: 'kvm64', generation: 'Opteron G3 (K10)' },
  { key: 'amd-greyhound', vendor: 'amd', rank: 3, named: 'Opteron_G3', generic: 'kvm64', generation: 'Opteron G3 (K10)' },
  { key: 'amd-bulldozer', vendor: 'amd', rank: 4, named: 'Opteron_G4', generic: 'x86-64-v2-AES', generation: 'Opteron 6200/4200' },
  { key: 'amd-piledriver', vendor: 'amd', rank: 5, named: 'Opteron_G5', generic: 'x86-64-v2-AES', generation: 'Opteron 6300/4300' },
  { key: 'amd-steamroller', vendor: 'amd', rank: 6, named: 'Opteron_G5', generic: 'x86-64-v2-AES', generation: 'Steamroller' },
  { key: 'amd-zen', vendor: 'amd', rank: 7, named: 'EPYC-IBPB', generic: 'x86-64-v3', generation: 'EPYC 7001' },
  { key: 'amd-zen2', vendor: 'amd', rank: 8, named: 'EPYC-Rome', generic: 'x86-64-v3', generation: 'EPYC 7002' },
  { key: 'amd-zen3', vendor: 'amd', rank: 9, named: 'EPYC-Milan', generic: 'x86-64-v3', generation: 'EPYC 7003' },
  { key: 'amd-zen4', vendor: 'amd', rank: 10, named: 'EPYC-Genoa', generic: 'x86-64-v4', generation: 'EPYC 9004' },
];

const EVC_BY_KEY = new Map(EVC.map((e) => [e.key, e]));

export function evcInfo(key: string | undefined): EvcInfo | undefined {
  if (!key) return undefined;
  return EVC_BY_KEY.get(key.trim().toLowerCase());
}

export function genericRank(level: GenericLevel): number {
  return GENERIC_ORDER.indexOf(level);
}

/**
 * The EVC generation a CPU model string belongs to (best effort, conservative: when unsure it picks the
 * older generation, which is always safe for a baseline). `avx512: false` marks client parts (Xeon E-2xxx)
 * that cannot run `x86-64-v4`.
 */
export function evcFromCpuModel(model: string | undefined): { key: string; avx512: boolean } | undefined {
  if (!model) return undefined;
  const m = model.replace(/\(r\)|\(tm\)/gi, '').replace(/\s+/g, ' ');
  let r: RegExpMatchArray | null;
  if ((r = m.match(/\bE[57]-\d{4}[A-Z]*\s*v(\d)/i))) {
    const v = Number(r[1]);
    return { key: ['intel-sandybridge', 'intel-sandybridge', 'intel-ivybridge', 'intel-haswell', 'intel-broadwell'][v] ?? 'intel-broadwell', avx512: false };
  }
  if (/\bE[57]-\d{4}[A-Z]*\b/i.test(m)) return { key: 'intel-sandybridge', avx512: false };
  if (/\bE-2[1-3]\d\d/i.test(m)) return { key: 'intel-skylake', avx512: false };
  if ((r = m.match(/\b(Platinum|Gold|Silver|Bronze)\s*(\d)(\d)\d\d/i))) {
    const gen = Number(r[3]);
    const key = ['intel-skylake', 'intel-skylake', 'intel-cascadelake', 'intel-icelake', 'intel-sapphirerapids', 'intel-sapphirerapids', 'intel-sapphirerapids'][gen] ?? 'intel-sapphirerapids';
    return { key, avx512: true };
  }
  if (/\b[XEL]56\d\d\b/i.test(m)) return { key: 'intel-westmere', avx512: false };
  if (/\b[XEL]55\d\d\b/i.test(m)) return { key: 'intel-nehalem', avx512: false };
  if ((r = m.match(/\bEPYC\s*(\d)\d\d(\d)/i))) {
    const series = Number(r[1]);
    const g = Number(r[2]);
    if (series >= 9 || g >= 4) return { key: 'amd-zen4', avx512: true };
    return { key: ['amd-zen', 'amd-zen', 'amd-zen2', 'amd-zen3'][g] ?? 'amd-zen', avx512: false };
  }
  if (/\bOpteron.*\b[46]2\d\d\b/i.test(m)) return { key: 'amd-bulldozer', avx512: false };
  if (/\bOpteron.*\b[46]3\d\d\b/i.test(m)) return { key: 'amd-piledriver', avx512: false };
  return undefined;
}

export function vendorOf(host: Host): Vendor | undefined {
  const s = `${host.cpuModel ?? ''} ${host.currentEvc ?? ''} ${host.maxEvc ?? ''}`.toLowerCase();
  if (/intel/.test(s)) return 'intel';
  if (/\bamd\b|epyc|opteron|ryzen/.test(s)) return 'amd';
  return undefined;
}

export type HostCpu = {
  host: string;
  vendor?: Vendor;
  /** The EVC generation this host contributes to the baseline. */
  evc?: EvcInfo;
  /** Which column decided it. */
  from: 'currentEvc' | 'maxEvc' | 'cpuModel' | 'none';
  avx512?: boolean;
};

export type CpuWarning = { code: string; text: Text };

export type ClusterCpu = {
  cluster: string;
  /** Chosen Proxmox `cpu:` type. */
  cpuType: string;
  mode: 'named' | 'generic' | 'fallback' | 'override';
  /** The lowest EVC generation found (the baseline). */
  baseline?: EvcInfo;
  genericLevel?: GenericLevel;
  vendors: Vendor[];
  hosts: HostCpu[];
  warnings: CpuWarning[];
};

function hostCpu(h: Host, warnings: CpuWarning[]): HostCpu {
  const vendor = vendorOf(h);
  const modelEvc = evcFromCpuModel(h.cpuModel);
  const avx512 = modelEvc?.avx512;
  for (const [col, key] of [['currentEvc', h.currentEvc], ['maxEvc', h.maxEvc]] as const) {
    if (!key || key.trim() === '') continue;
    const info = evcInfo(key);
    if (info) return { host: h.name, vendor: vendor ?? info.vendor, evc: info, from: col, avx512 };
    const fromModel = modelEvc ? evcInfo(modelEvc.key) : undefined;
    warnings.push({
      code: 'CPU_UNKNOWN_EVC',
      text: text(
        'Host {{host}}: khóa EVC "{{key}}" không có trong bảng; suy ra từ CPU model "{{model}}" → {{evc}} (cần kiểm tra lại).',
        'Host {{host}}: EVC key "{{key}}" is not in the table; resolved from CPU model "{{model}}" → {{evc}} (please verify).',
        { host: h.name, key, model: h.cpuModel ?? '?', evc: fromModel?.key ?? '?' },
      ),
    });
    if (fromModel) return { host: h.name, vendor: vendor ?? fromModel.vendor, evc: fromModel, from: 'cpuModel', avx512 };
    return { host: h.name, vendor, from: 'none', avx512 };
  }
  if (modelEvc) {
    const info = evcInfo(modelEvc.key);
    return { host: h.name, vendor: vendor ?? info?.vendor, evc: info, from: 'cpuModel', avx512 };
  }
  return { host: h.name, vendor, from: 'none', avx512 };
}

function genericFor(info: EvcInfo, avx512: boolean | undefined): GenericLevel {
  // A Skylake-generation EVC key on a client part (no AVX-512) can only run v3.
  if (info.generic === 'x86-64-v4' && avx512 === false) return 'x86-64-v3';
  return info.generic;
}

/** Override decisions: `decisions.clusterCpuType[cluster] = '<cpu type>'` (checked by `readDecisions`). */
export function clusterCpuOverride(decisions: Decisions, cluster: string): string | undefined {
  return resolveDecisions(decisions).clusterCpuType?.[cluster];
}

/** CPU baseline of one target cluster from its hosts. */
export function clusterCpuBaseline(cluster: string, hosts: Host[], a: Assumptions, decisions: Decisions = {}): ClusterCpu {
  const warnings: CpuWarning[] = [];
  const hc = hosts.map((h) => hostCpu(h, warnings));
  const vendors = [...new Set(hc.map((h) => h.vendor).filter((v): v is Vendor => v !== undefined))].sort();
  const known = hc.filter((h): h is HostCpu & { evc: EvcInfo } => h.evc !== undefined);
  for (const h of hc) {
    if (!h.evc) {
      warnings.push({
        code: 'CPU_HOST_UNKNOWN',
        text: text(
          'Host {{host}}: không xác định được thế hệ CPU (không có EVC và CPU model không nhận ra); baseline có thể cao hơn mức host này chạy được.',
          'Host {{host}}: CPU generation unknown (no EVC key and an unrecognised CPU model); the baseline may be higher than this host can run.',
          { host: h.host },
        ),
      });
    }
  }
  if (vendors.length > 1) {
    warnings.push({
      code: 'CPU_MIXED_VENDORS',
      text: {
        vi: 'Cluster có cả CPU Intel và AMD: dùng kiểu CPU chung x86-64-v*; di chuyển nóng (live migration) giữa Intel và AMD không được hỗ trợ.',
        en: 'The cluster mixes Intel and AMD CPUs: a generic x86-64-v* type is used; live migration between Intel and AMD is not supported.',
      },
    });
  }
  let generic: GenericLevel | undefined;
  for (const h of known) {
    const g = genericFor(h.evc, h.avx512);
    if (generic === undefined || genericRank(g) < genericRank(generic)) generic = g;
  }
  let baseline: EvcInfo | undefined;
  if (vendors.length <= 1) {
    for (const h of known) if (!baseline || h.evc.rank < baseline.rank) baseline = h.evc;
  }
  const override = clusterCpuOverride(decisions, cluster);
  let cpuType: string;
  let mode: ClusterCpu['mode'];
  if (override) {
    cpuType = override;
    mode = 'override';
  } else if (baseline && a.cpuTypeMode === 'named') {
    cpuType = baseline.named;
    mode = 'named';
  } else if (generic) {
    cpuType = generic;
    mode = 'generic';
  } else {
    cpuType = a.fallbackCpuType;
    mode = 'fallback';
    warnings.push({
      code: 'CPU_NO_BASELINE',
      text: text(
        'Không có dữ liệu EVC hay CPU model cho cluster này; tạm dùng {{cpu}} (giả định fallbackCpuType).',
        'No EVC or CPU model data for this cluster; {{cpu}} is used for now (assumption fallbackCpuType).',
        { cpu: a.fallbackCpuType },
      ),
    });
  }
  return { cluster, cpuType, mode, baseline, genericLevel: generic, vendors, hosts: hc, warnings };
}

/**
 * Is the VM's `min Required EVC Mode Key` above what the chosen CPU type offers? `undefined` when either
 * side is unknown.
 */
export function vmNeedsMoreThanBaseline(vm: Vm, c: ClusterCpu): boolean | undefined {
  const need = evcInfo(vm.minRequiredEvc);
  if (!need) return undefined;
  if (c.mode === 'named' && c.baseline) {
    if (need.vendor !== c.baseline.vendor) return true;
    return need.rank > c.baseline.rank;
  }
  if (c.mode === 'generic' && c.genericLevel) return genericRank(need.generic) > genericRank(c.genericLevel);
  return undefined;
}

/** Target clusters = vSphere clusters (hosts without a cluster form one group per host). */
export function targetClusterOfHost(h: Host): string {
  return h.cluster && h.cluster.trim() !== '' ? h.cluster : `standalone:${h.name}`;
}

export function cpuBaselines(inv: Inventory, a: Assumptions, decisions: Decisions = {}): ClusterCpu[] {
  const by = new Map<string, Host[]>();
  for (const h of inv.hosts) {
    const c = targetClusterOfHost(h);
    const list = by.get(c);
    if (list) list.push(h);
    else by.set(c, [h]);
  }
  for (const c of inv.clusters) if (!by.has(c.name)) by.set(c.name, []);
  return [...by.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([c, hs]) => clusterCpuBaseline(c, hs, a, decisions));
}
