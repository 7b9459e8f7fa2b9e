/** What kind of bytes a file holds, judged by content (never by extension alone). */
export type FileKind = 'zip' | 'cfb' | 'text' | 'binary' | 'empty';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(data: Uint8Array): FileKind {
  if (data.length === 0) return 'empty';
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5)) return 'zip';
  if (data.length >= 8 && CFB_MAGIC.every((b, i) => data[i] === b)) return 'cfb';
  // UTF-16 text starts with a BOM; otherwise text has no NUL byte in its first 8 KiB.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return 'text';
  const n = Math.min(data.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i] as number;
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl > n / 100 ? 'binary' : 'text';
}

/**
 * An OLE/CFB container that holds an `EncryptionInfo` stream is an encrypted Office file (Excel saves
 * password-protected xlsx that way). The directory entry names are UTF-16LE, so search for that spelling.
 */
export function isEncryptedCfb(data: Uint8Array): boolean {
  const needle = 'EncryptionInfo';
  const pat = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i++) pat[i * 2] = needle.charCodeAt(i);
  const first = pat[0] as number;
  outer: for (let i = 0; i + pat.length <= data.length; i++) {
    if (data[i] !== first) continue;
    for (let j = 1; j < pat.length; j++) if (data[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** A 64-bit content fingerprint (two FNV-1a variants), as hex; used to spot the same file given twice. */
export function fingerprint(data: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ data.length;
  for (let i = 0; i < data.length; i++) {
    const x = data[i] as number;
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}-${data.length}`;
}
