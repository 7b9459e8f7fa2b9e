import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Read a PDF back with poppler's pdftotext; pages are separated by form feeds. */
export function pdfPages(pdf: Uint8Array | string): string[] {
  let file = typeof pdf === 'string' ? pdf : '';
  let dir: string | undefined;
  if (typeof pdf !== 'string') {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-pdf-'));
    file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
  }
  try {
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error) throw new Error(`pdftotext is not available (apt-get install -y poppler-utils): ${r.error.message}`);
    if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
    const pages = r.stdout.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext output with line breaks folded to spaces (a heading may wrap). */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}
