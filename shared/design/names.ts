/**
 * Proxmox naming. A node name is the host name (a DNS label: letters, digits, '-', not starting or ending
 * with '-'); we use the first label of the ESXi host's FQDN, lower-cased. A cluster name (`pvecm create`)
 * is limited to 15 characters of the same alphabet.
 */

export const CLUSTER_NAME_MAX = 15;
export const NODE_NAME_MAX = 63;

function label(raw: string, max: number, fallback: string): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || fallback;
}

/** `ESX-01.corp.example.com` → `esx-01`. An IP address keeps all its octets (`10-0-0-5`). */
export function nodeNameFromHost(host: string): string {
  const trimmed = host.trim();
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(trimmed);
  const first = isIp ? trimmed : (trimmed.split('.')[0] ?? trimmed);
  const n = label(first, NODE_NAME_MAX, 'node');
  return /^[0-9]/.test(n) && isIp ? `pve-${n}` : n;
}

/**
 * `Munich_Cluster1` → `munich-cluster1`; names longer than 15 characters drop the word "cluster" and then
 * keep their numeric suffix (`AH-Ent-Portal-Cluster01` → `ah-ent-porta-01`), which is what tells them apart.
 */
export function clusterNameFrom(raw: string): string {
  const full = label(raw.replace(/_/g, '-'), 200, 'pve-cluster');
  if (full.length <= CLUSTER_NAME_MAX) return full;
  const short = full.replace(/-?cluster-?/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || full;
  if (short.length <= CLUSTER_NAME_MAX) return short;
  const suffix = /-?\d+$/.exec(short)?.[0] ?? '';
  const head = short.slice(0, CLUSTER_NAME_MAX - suffix.length).replace(/-+$/, '');
  return label(`${head}${suffix}`, CLUSTER_NAME_MAX, 'pve-cluster');
}

/** Make `name` unique against `taken` by appending -2, -3, … (keeping within `max`). */
export function uniqueName(name: string, taken: Set<string>, max: number): string {
  if (!taken.has(name)) {
    taken.add(name);
    return name;
  }
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = `${name.slice(0, max - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
