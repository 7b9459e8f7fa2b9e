import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import type { ReportLang } from '../../i18n/text';
import { concatChunks, throwIfCancelled, yieldToEventLoop } from '../pdf/appendix';
import { codeXml, rawUnits, tableXml, type RawBlock } from './rawXml';

/**
 * Puts the raw blocks into the document the `docx` package wrote: each placeholder paragraph of
 * word/document.xml is replaced with its block's XML, written a batch of rows at a time straight into a
 * streamed deflate of that zip entry (the document part of a 10,000-VM report is hundreds of megabytes and
 * is never one string). The other parts of the package are copied as they are.
 */

export const DOCUMENT_PART = 'word/document.xml';
const TABLE_BATCH = 250;
const CODE_BATCH = 500;

/** The placeholder text of raw block `i` (unique: a report never prints it). */
export function placeholder(nonce: string, i: number): string {
  return `VM2PVE-RAW-${nonce}-${i}-END`;
}

export type AssembleOptions = {
  /** Rows (and code lines) written so far out of all the raw blocks'. */
  onRows?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

/** The start and end offsets of the paragraph holding `marker` in `xml`. */
function paragraphAround(xml: string, marker: string, from: number): [number, number] {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Error(`DOCX: placeholder ${marker} not found in ${DOCUMENT_PART}`);
  // The placeholder paragraph is short: look back a little only (a search back to the document's start for
  // each of thousands of placeholders would be quadratic).
  const from0 = Math.max(from, at - 2000);
  const head = xml.slice(from0, at);
  const open = Math.max(head.lastIndexOf('<w:p>'), head.lastIndexOf('<w:p '));
  const start = open < 0 ? -1 : from0 + open;
  const end = xml.indexOf('</w:p>', at);
  if (start < 0 || end < 0 || xml.slice(start, at).includes('</w:p>')) throw new Error(`DOCX: placeholder ${marker} is not in a paragraph of its own`);
  return [start, end + '</w:p>'.length];
}

export async function assembleDocx(packed: Uint8Array, blocks: readonly RawBlock[], nonce: string, lang: ReportLang, opts: AssembleOptions = {}): Promise<Uint8Array> {
  const files = unzipSync(packed);
  const chunks: Uint8Array[] = [];
  let failed: Error | undefined;
  let done = false;
  const zip = new Zip((err, data, final) => {
    if (err) failed = err;
    else {
      chunks.push(data);
      if (final) done = true;
    }
  });
  const total = blocks.reduce((n, b) => n + rawUnits(b), 0);
  let written = 0;
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    if (name !== DOCUMENT_PART) {
      entry.push(data, true);
      continue;
    }
    const xml = strFromU8(data);
    let pos = 0;
    opts.onRows?.(0, total);
    for (let i = 0; i < blocks.length; i++) {
      throwIfCancelled(opts.signal);
      const b = blocks[i] as RawBlock;
      const [start, end] = paragraphAround(xml, placeholder(nonce, i), pos);
      entry.push(strToU8(xml.slice(pos, start)));
      pos = end;
      const parts = b.kind === 'table' ? tableXml(b, lang, TABLE_BATCH) : codeXml(b.code, CODE_BATCH);
      const units = rawUnits(b);
      const step = b.kind === 'table' ? TABLE_BATCH : CODE_BATCH;
      let inBlock = 0;
      let batches = 0;
      for (const part of parts) {
        entry.push(strToU8(part));
        inBlock = Math.min(units, inBlock + step);
        if (++batches % 8 === 0) {
          // Reports progress and lets a cancel message (or a Ctrl+C) in every couple of thousand rows.
          opts.onRows?.(written + inBlock, total);
          await yieldToEventLoop();
          throwIfCancelled(opts.signal);
        }
      }
      written += units;
      opts.onRows?.(written, total);
    }
    entry.push(strToU8(xml.slice(pos)), true);
  }
  zip.end();
  if (failed) throw failed;
  if (!done) throw new Error('DOCX: the zip stream did not finish');
  return concatChunks(chunks);
}
