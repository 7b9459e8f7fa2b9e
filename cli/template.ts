/**
 * `npm run template` — writes templates/inventory-template.xlsx from the schema in
 * shared/import/templateSchema.ts (bilingual headers, instructions, examples, list validation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildTemplateXlsx } from '../shared/import/templateWorkbook';

export function writeTemplate(outFile: string): number {
  const bytes = buildTemplateXlsx();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return bytes.length;
}

const here = import.meta.dirname ?? '';
if (process.argv[1] && path.resolve(process.argv[1]).replace(/\.[cm]?[jt]s$/, '') === path.resolve(here, 'template')) {
  const out = process.argv[2] ?? path.resolve(here, '..', 'templates', 'inventory-template.xlsx');
  const n = writeTemplate(out);
  process.stdout.write(`${out} (${n} bytes)\n`);
}
