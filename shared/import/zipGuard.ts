import { fatal } from './issues';
import type { ImportLimits } from './limits';

/** One entry of a zip's central directory, with its declared sizes. */
export type ZipEntry = {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  encrypted: boolean;
  /** Offset of the entry's local header. */
  offset: number;
};

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000);
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5) && (data[3] === 4 || data[3] === 6);
}

/**
 * Read the central directory of a zip WITHOUT inflating anything. Throws IMP_CORRUPT when it is malformed.
 */
export function readZipDirectory(data: Uint8Array, file: string): ZipEntry[] {
  const n = data.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 5 && data[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw fatal('IMP_CORRUPT', file, { detail: 'zip end-of-directory record not found' });
  let total = u16(data, eocd + 10);
  let cdOffset = u32(data, eocd + 16);
  if (total === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(data, loc) === 0x07064b50) {
      const z64 = u64(data, loc + 8);
      if (z64 + 56 <= n && u32(data, z64) === 0x06064b50) {
        total = u64(data, z64 + 32);
        cdOffset = u64(data, z64 + 48);
      }
    }
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < total; k++) {
    if (p + 46 > n || u32(data, p) !== 0x02014b50) {
      throw fatal('IMP_CORRUPT', file, { detail: 'zip central directory is damaged' });
    }
    const flags = u16(data, p + 8);
    const method = u16(data, p + 10);
    let comp = u32(data, p + 20);
    let uncomp = u32(data, p + 24);
    let offset = u32(data, p + 42);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    const commentLen = u16(data, p + 32);
    const nameBytes = data.subarray(p + 46, p + 46 + nameLen);
    let name = '';
    for (const c of nameBytes) name += String.fromCharCode(c);
    // zip64 extended sizes
    if (uncomp === 0xffffffff || comp === 0xffffffff || offset === 0xffffffff) {
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(data, e);
        const len = u16(data, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (uncomp === 0xffffffff) { uncomp = u64(data, q); q += 8; }
          if (comp === 0xffffffff) { comp = u64(data, q); q += 8; }
          if (offset === 0xffffffff) { offset = u64(data, q); }
          break;
        }
        e += 4 + len;
      }
    }
    entries.push({ name, compressedSize: comp, uncompressedSize: uncomp, method, encrypted: (flags & 1) === 1, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuse zips whose declared uncompressed size or compression ratio is beyond the limits (IMP_ZIP_BOMB). */
export function guardZip(data: Uint8Array, file: string, limits: ImportLimits): ZipEntry[] {
  const entries = readZipDirectory(data, file);
  if (entries.length > limits.maxZipEntries) {
    throw fatal('IMP_ZIP_BOMB', file, { size: 0, ratio: 0 });
  }
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  const ratio = total / Math.max(1, data.length);
  const mib = (x: number): string => (x / 1048576).toFixed(0);
  if (total > limits.maxUncompressedBytes || (total > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio)) {
    throw fatal('IMP_ZIP_BOMB', file, { size: mib(total), ratio: ratio.toFixed(0) });
  }
  // A single entry may also be a bomb hidden in a small total (a nested zip is not inflated, so only ratio).
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxCompressionRatio * 5) {
      throw fatal('IMP_ZIP_BOMB', file, { size: mib(e.uncompressedSize), ratio: (e.uncompressedSize / Math.max(1, e.compressedSize)).toFixed(0) });
    }
  }
  return entries;
}
