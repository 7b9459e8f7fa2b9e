import { PVE_STORAGE_ID_RE } from '../../mapping/storageMap';

/**
 * The one escaping and validation layer of the Proxmox configuration bundle. Every value that reaches a
 * generated file from the inventory, the mapping or the project file (all untrusted) passes through one of
 * these checks; a value that fails is never written: the caller leaves it out (or writes a marked
 * placeholder) and records a coded finding (see findings.ts).
 *
 * The formats are Proxmox's own (pve-common `PVE/JSONSchema.pm`, `PVE/Tools.pm`, `PVE/SectionConfig.pm`,
 * qemu-server `PVE/QemuServer.pm` property strings); the shell side lives in shell.ts (`shq`).
 */


/** `pve-storage-id`: `^[a-z][a-z0-9\-_.]*[a-z0-9]$`, case-insensitive (at least two characters). */
export const STORAGE_ID_RE = PVE_STORAGE_ID_RE;
/** `pve-configid` (HA rule and group ids): `^[a-z][a-z0-9_-]+$`, case-insensitive. */
export const CONFIG_ID_RE = /^[a-z][a-z0-9_-]+$/i;
/** `pve-node`: one DNS label. */
export const NODE_NAME_RE = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
/** `mac-addr`: six hex pairs, unicast (the I/G bit of the first octet clear). */
export const MAC_RE = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;
/** A Linux bridge name Proxmox accepts for `bridge=` (`pve-bridge-id`, within IFNAMSIZ). */
export const BRIDGE_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,14}$/;
/** qemu-server `smbios1` `uuid=`. */
export const SMBIOS_UUID_RE = /^[a-f0-9]{8}(?:-[a-f0-9]{4}){3}-[a-f0-9]{12}$/i;
/** A CPU model name for `--cpu` (no comma, so no extra property can ride along). */
export const CPU_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9_.+-]*$/;
/** An HA resource id the plan writes: `vm:<vmid>` / `ct:<vmid>` (`pve-vmid`: 100 … 999999999). */
export const HA_SID_RE = /^(vm|ct):[1-9][0-9]{2,8}$/;
/** Disk slots (`scsi0`, `sata3`, `efidisk0`, …). */
export const DISK_SLOT_RE = /^(scsi|sata|ide|virtio|efidisk|tpmstate)[0-9]{1,2}$/;

const IPV4_OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
const IPV4 = `(?:(?:${IPV4_OCTET}\\.){3}${IPV4_OCTET})`;
const H16 = '(?:[0-9a-fA-F]{1,4})';
const LS32 = `(?:(?:${IPV4}|${H16}:${H16}))`;
/** PVE::Tools $IPV6RE, transcribed. */
const IPV6 =
  '(?:' +
  `(?:(?:(?:${H16}:){6})${LS32})|` +
  `(?:(?:::(?:${H16}:){5})${LS32})|` +
  `(?:(?:(?:${H16})?::(?:${H16}:){4})${LS32})|` +
  `(?:(?:(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3})${LS32})|` +
  `(?:(?:(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2})${LS32})|` +
  `(?:(?:(?:(?:${H16}:){0,3}${H16})?::(?:${H16}:){1})${LS32})|` +
  `(?:(?:(?:(?:${H16}:){0,4}${H16})?::)${LS32})|` +
  `(?:(?:(?:(?:${H16}:){0,5}${H16})?::)${H16})|` +
  `(?:(?:(?:(?:${H16}:){0,6}${H16})?::))` +
  ')';
const IPV4_RE = new RegExp(`^${IPV4}$`);
const IPV6_RE = new RegExp(`^${IPV6}$`);
const DNS_LABEL = '([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)';
const DNS_NAME_RE = new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`);

export function isIpv4(s: string): boolean {
  return IPV4_RE.test(s);
}
export function isIpv6(s: string): boolean {
  return IPV6_RE.test(s);
}
/** pve-common `ip` format (what `pvecm qdevice setup` accepts). */
export function isIp(s: string): boolean {
  return isIpv4(s) || isIpv6(s);
}
/** pve-common `address` format: an IP or a DNS name (e.g. the `server` of an ESXi storage). */
export function isAddress(s: string): boolean {
  return isIp(s) || (s.length <= 253 && DNS_NAME_RE.test(s));
}
/** An interface address `ip/prefix` (IPv4 prefix 0–32, IPv6 0–128). */
export function isIpWithPrefix(ip: string, prefix: number): boolean {
  if (!Number.isInteger(prefix) || prefix < 0) return false;
  if (isIpv4(ip)) return prefix <= 32;
  if (isIpv6(ip)) return prefix <= 128;
  return false;
}
/** pve-common `CIDR` (datacenter.cfg `migration: …,network=`): IPv4 prefix 8–32, IPv6 8–128. */
export function isCidr(s: string): boolean {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m || !m[1] || !m[2]) return false;
  const p = Number(m[2]);
  return p > 7 && ((isIpv4(m[1]) && p <= 32) || (isIpv6(m[1]) && p <= 128));
}

export function isStorageId(s: string): boolean {
  return STORAGE_ID_RE.test(s);
}
export function isConfigId(s: string): boolean {
  return CONFIG_ID_RE.test(s);
}
export function isNodeName(s: string): boolean {
  return NODE_NAME_RE.test(s);
}
export function isMac(s: string): boolean {
  return MAC_RE.test(s);
}

/** Characters that must never reach a generated file: C0/C1 controls (newline, CR, tab, NUL, ESC, …). */
const CONTROL = /\p{Cc}/u;
/** Invisible characters that change how a reviewer reads a line: bidi controls, line/paragraph separators. */
const DECEPTIVE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

export function hasControl(s: string): boolean {
  return CONTROL.test(s) || DECEPTIVE.test(s);
}

/**
 * A value a section-config parser reads back unchanged (pve-common `PVE/SectionConfig.pm`): an option line
 * is `^\s+(\S+)(\s+(.*\S))?\s*$` and `check_value` dies on `[\n\r]`, so the value must be non-empty, have no
 * control character and no leading or trailing white space.
 */
export function isSectionValue(s: string): boolean {
  return s !== '' && !hasControl(s) && s === s.trim();
}

/**
 * PVE::Tools::encode_text, used by Proxmox for the `comment` of HA rules (`PVE/HA/Rules.pm` encode_value /
 * decode_value): UTF-8 bytes outside `\x20-\x39\x3b-\x7e` (controls, non-ASCII and `:`) become `%XX`. We
 * also encode `%`, so that `decode_text` (uri_unescape) gives back exactly the text we meant.
 */
export function encodeText(s: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(s)) {
    const safe = b >= 0x20 && b <= 0x7e && b !== 0x3a && b !== 0x25;
    out += safe ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** PVE::Tools::decode_text: `%XX` → byte, then UTF-8. */
export function decodeText(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(s[i] ?? ''));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * A free text cut to one safe line: controls and deceptive characters become spaces, runs of white space
 * collapse, and the text is cut at `max` characters (with "…"). Used for comments in scripts and configs.
 */
export function oneLine(s: string, max = 200): string {
  const flat = s.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]+/gu, ' ').replace(/\s{2,}/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : flat;
}

/** A value quoted for a finding message: JSON-style (controls visible as `\n`, `\u001b`), cut to `max`. */
export function quoted(s: string, max = 80): string {
  const j = JSON.stringify(s);
  const chars = [...j];
  return chars.length > max ? `${chars.slice(0, max - 2).join('')}…"` : j;
}

/** Proxmox storage id from any name: lower case, starts with a letter, ends with a letter or digit. */
export function safeStorageId(raw: string, fallback = 'storage'): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 60)
    .replace(/[^a-z0-9]+$/, '');
  return isStorageId(s) ? s : fallback;
}

export type VmdkSource = { datastore: string; path: string };

export type VmdkCheck =
  | { ok: true; source: VmdkSource; comma: boolean }
  | { ok: false; reason: 'unparsed' | 'control' | 'traversal' | 'datastore' };

/**
 * `[datastore] folder/file.vmdk` → datastore and a normalised relative path confined to the datastore:
 * `.` and empty segments are dropped, a leading `/` is removed, any `..` segment or control character rejects
 * the path, and the datastore name must be one path segment. `comma` marks paths that a property string
 * (`import-from=`) cannot carry: parse_property_string splits on every comma, there is no quoting.
 */
export function checkVmdkPath(p: string | undefined): VmdkCheck {
  const m = /^\[([^\]]+)\]\s*(.+)$/s.exec((p ?? '').trim());
  if (!m || !m[1] || !m[2]) return { ok: false, reason: 'unparsed' };
  const datastore = m[1].trim();
  if (hasControl(datastore) || hasControl(m[2])) return { ok: false, reason: 'control' };
  if (datastore === '' || datastore === '.' || datastore === '..' || datastore.includes('/') || datastore.includes('\\')) return { ok: false, reason: 'datastore' };
  const segments = m[2].trim().split('/');
  if (segments.some((s) => s === '..')) return { ok: false, reason: 'traversal' };
  const kept = segments.filter((s) => s !== '' && s !== '.');
  if (kept.length === 0) return { ok: false, reason: 'unparsed' };
  const path = kept.join('/');
  return { ok: true, source: { datastore, path }, comma: datastore.includes(',') || path.includes(',') };
}
