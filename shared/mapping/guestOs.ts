import type { Ostype } from '../model/decisions';

/**
 * Guest OS facts from the names RVTools prints (`OS according to the VMware Tools`, preferred, else
 * `OS according to the configuration file`). RVTools carries no guest id, so the Proxmox `ostype` is chosen
 * from the name (readiness-and-mapping §2.2, derived name table).
 */

export type { Ostype } from '../model/decisions';
export type OsFamily = 'windows' | 'linux' | 'solaris' | 'other';

export type GuestOs = {
  /** The name used (Tools name when present, else the configured one). */
  name: string;
  from: 'tools' | 'config';
  ostype: Ostype;
  family: OsFamily;
  /**
   * VirtIO support: `inbox` (Linux kernels), `driver` (Windows with current virtio-win drivers),
   * `legacy` (Windows versions that current virtio-win no longer supports), `none` (no VirtIO drivers).
   */
  virtio: 'inbox' | 'driver' | 'legacy' | 'none';
  /** Vendor support ended (as of 2026). */
  eol: boolean;
};

type Row = { re: RegExp; ostype: Ostype; family: OsFamily; virtio: GuestOs['virtio']; eol: boolean };

// Order matters: the first match wins ("Windows Server 2008 R2" before "Windows 7" etc.).
const TABLE: Row[] = [
  { re: /windows.*server\s*2025|windows.*server\s*2022|windows\s*11\b/i, ostype: 'win11', family: 'windows', virtio: 'driver', eol: false },
  { re: /windows.*server\s*2016|windows.*server\s*2019|windows\s*10\b/i, ostype: 'win10', family: 'windows', virtio: 'driver', eol: false },
  { re: /windows.*server\s*2012|windows\s*8(\.1)?\b/i, ostype: 'win8', family: 'windows', virtio: 'driver', eol: true },
  { re: /windows.*server\s*2008|windows.*longhorn/i, ostype: 'w2k8', family: 'windows', virtio: 'legacy', eol: true },
  { re: /windows\s*7\b/i, ostype: 'win7', family: 'windows', virtio: 'legacy', eol: true },
  { re: /windows\s*vista/i, ostype: 'wvista', family: 'windows', virtio: 'legacy', eol: true },
  { re: /windows.*server\s*2003|windows.*\.net/i, ostype: 'w2k3', family: 'windows', virtio: 'none', eol: true },
  { re: /windows\s*xp|windows\s*nt/i, ostype: 'wxp', family: 'windows', virtio: 'none', eol: true },
  { re: /windows\s*2000/i, ostype: 'w2k', family: 'windows', virtio: 'none', eol: true },
  { re: /windows\s*(3\.1|95|98|me)\b|\bms-?dos\b/i, ostype: 'other', family: 'windows', virtio: 'none', eol: true },
  { re: /solaris/i, ostype: 'solaris', family: 'solaris', virtio: 'none', eol: false },
  { re: /freebsd|netware|os\/2|sco|unixware|openserver|ecomstation|esxi|vmkernel|mac\s*os|darwin|\bdos\b/i, ostype: 'other', family: 'other', virtio: 'none', eol: false },
  { re: /^other\s*\((32|64)-bit\)$/i, ostype: 'other', family: 'other', virtio: 'none', eol: false },
  // Linux: EOL families first.
  { re: /centos|red hat enterprise linux\s*[2-7]\b|suse linux enterprise\s*(9|10|11|12)\b|debian gnu\/linux\s*([4-9]|10)\b|oracle linux\s*[4-7]\b|other\s*2\.[46]\.x\s*linux|\b2\.4\.x\b/i, ostype: 'l26', family: 'linux', virtio: 'inbox', eol: true },
  { re: /linux|ubuntu|debian|red hat|rhel|suse|sles|photon|fedora|oracle|rocky|alma|amazon/i, ostype: 'l26', family: 'linux', virtio: 'inbox', eol: false },
];

/** Classify one OS name; `undefined` when the text is empty or unrecognised. */
export function classifyOsName(name: string | undefined): Omit<GuestOs, 'name' | 'from'> | undefined {
  const s = name?.trim();
  if (!s) return undefined;
  for (const row of TABLE) {
    if (row.re.test(s)) {
      // Very old Linux 2.4 kernels get l24 and no VirtIO.
      if (row.family === 'linux' && /\b2\.4\.x\b/i.test(s)) return { ostype: 'l24', family: 'linux', virtio: 'none', eol: true };
      return { ostype: row.ostype, family: row.family, virtio: row.virtio, eol: row.eol };
    }
  }
  if (/windows|microsoft/i.test(s)) return { ostype: 'win11', family: 'windows', virtio: 'driver', eol: false };
  return undefined;
}

function computeGuestOs(osTools: string | undefined, osConfig: string | undefined): GuestOs | undefined {
  const fromTools = classifyOsName(osTools);
  if (fromTools && osTools) return { name: osTools.trim(), from: 'tools', ...fromTools };
  const fromConfig = classifyOsName(osConfig);
  if (fromConfig && osConfig) return { name: osConfig.trim(), from: 'config', ...fromConfig };
  const any = osTools?.trim() || osConfig?.trim();
  if (any) return { name: any, from: osTools?.trim() ? 'tools' : 'config', ostype: 'other', family: 'other', virtio: 'none', eol: false };
  return undefined;
}

// Estates repeat a few dozen OS names; results are immutable, so they are shared (bounded memo, keyed by
// Tools name then configured name — no key strings are built per call).
const NONE = '\u0000';
const memo = new Map<string, Map<string, GuestOs | undefined>>();
let memoSize = 0;

/** The guest OS of a VM: Tools name first (more precise when Tools run), else the configured name. */
export function guestOs(vm: { osTools?: string; osConfig?: string }): GuestOs | undefined {
  const k1 = vm.osTools ?? NONE;
  const k2 = vm.osConfig ?? NONE;
  let inner = memo.get(k1);
  if (inner !== undefined) {
    const hit = inner.get(k2);
    if (hit !== undefined || inner.has(k2)) return hit;
  }
  const g = computeGuestOs(vm.osTools, vm.osConfig);
  if (g) Object.freeze(g);
  if (memoSize > 5000) {
    memo.clear();
    memoSize = 0;
  }
  if (inner === undefined) {
    inner = new Map();
    memo.set(k1, inner);
  }
  inner.set(k2, g);
  memoSize++;
  return g;
}
