/**
 * Proxmox VM names follow the `dns-name` format. The ESXi importer turns spaces into `-`, drops every
 * character but `[A-Za-z0-9.-]` and trims leading/trailing `.`/`-`; we do the same and also repair what
 * the format still refuses (empty labels, labels starting or ending with `-`).
 */

const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

export function isValidPveName(name: string): boolean {
  return name.length > 0 && name.split('.').every((l) => LABEL.test(l));
}

/** The importer's rule plus a repair pass; '' when nothing usable is left. */
export function sanitizePveName(name: string): string {
  if (isValidPveName(name)) return name;
  const basic = name.replace(/ /g, '-').replace(/[^A-Za-z0-9.-]/g, '').replace(/^[.-]+|[.-]+$/g, '');
  return basic
    .split('.')
    .map((l) => l.replace(/^-+|-+$/g, ''))
    .filter((l) => l !== '')
    .join('.');
}

/** Unique Proxmox names for a list of VM names (same order); duplicates get `-2`, `-3`, … */
export function uniquePveNames(items: { name: string; vmid?: number }[]): string[] {
  const used = new Set<string>();
  return items.map(({ name, vmid }) => {
    let base = sanitizePveName(name);
    if (base === '') base = vmid !== undefined ? `vm-${vmid}` : 'vm';
    let candidate = base;
    let n = 2;
    while (used.has(candidate.toLowerCase())) candidate = `${base}-${n++}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
