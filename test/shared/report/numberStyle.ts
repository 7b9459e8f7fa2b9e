/**
 * Numbers written in the other language's style: an English decimal point in a Vietnamese text (`1019.9 GiB`
 * where Vietnamese writes `1.019,9 GiB`), or a decimal comma in an English text (`8,5 GiB`).
 *
 * What is not a number in that sense, and is skipped: a dotted run of three or more parts (IP addresses
 * `10.0.0.1`, versions `9.0.3`, Vietnamese grouping `1.234.567`), a CIDR (`10.0.0.0/24`), a ratio or time
 * (`4:1`, `12:30`), a part of a name or key (`pve-01.2`, `net0.1`, `v1.2`), a version after a product name or
 * "version" / "phiên bản" (`Proxmox VE 9.2`, `ESXi 8.0 U3`, `9.0–9.1`), dates (`2026-03-02`, no dot or comma),
 * and the other language's thousands grouping: exactly three digits after the separator (`1.234` in
 * Vietnamese, `1,234` in English) is a grouping, so a lone `9.2` or `12,5` is what the check flags. Lists of
 * identifiers (`100, 101`) have a space after the comma and are not a number.
 */
const PATTERN: Record<'vi' | 'en', RegExp> = {
  // digits '.' digits, not inside a longer run of digits, dots, commas or a word, and not before ':' '/' '-'.
  vi: /(?<![\d.,\p{L}_:/-])(\d+)\.(\d+)(?![\d,]*\d)(?!\.[\p{L}\d])(?![\p{L}\d_/:-])/gu,
  en: /(?<![\d.,\p{L}_:/-])(\d+),(\d+)(?![\d.]*\d)(?!,[\p{L}\d])(?![\p{L}\d_/:-])/gu,
};

const VERSION_BEFORE = /(Proxmox VE|PVE|pve-manager|pve-ha-manager|ESXi|vSphere|vCenter|VMware Tools|version|phiên bản|bản|kernel|QEMU|Ceph|Debian|Ubuntu|Windows|RHEL|CentOS|SLES|\d\.\d+\s*[–-])\s*$/iu;

export type ForeignNumber = { found: string; context: string };

/** The numbers of `lines` written in the other language's decimal style (see above). */
export function foreignDecimals(lines: readonly string[], lang: 'vi' | 'en'): ForeignNumber[] {
  const out: ForeignNumber[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(PATTERN[lang])) {
      if ((m[2] ?? '').length === 3) continue;
      const i = m.index ?? 0;
      if (VERSION_BEFORE.test(line.slice(Math.max(0, i - 40), i))) continue;
      out.push({ found: m[0], context: line.slice(Math.max(0, i - 50), i + m[0].length + 30) });
    }
  }
  return out;
}
