/**
 * `npm run template` — writes templates/inventory-template.xlsx from the schema in
 * shared/import/templateSchema.ts (bilingual headers, instructions, examples, list validation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildTemplateXlsx } from '../shared/import/templateWorkbook';
import { repoRoot } from './lib/repoRoot';

export function writeTemplate(outFile: string): number {
  const bytes = buildTemplateXlsx();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return bytes.length;
}

/** `npm run template [-- out.xlsx]` (dispatched by cli/main.ts): the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const out = argv[0] ?? path.join(repoRoot(), 'templates', 'inventory-template.xlsx');
  const n = writeTemplate(out);
  process.stdout.write(`${out} (${n} bytes)\n`);
  return 0;
}
