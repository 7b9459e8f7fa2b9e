/**
 * Regenerates the embedded demo estate in templates/demo/ (`npm run demo:generate`). The output is
 * deterministic: running it twice leaves the committed files unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { demoFiles } from './generate/demoFiles';
import { repoRoot } from './lib/repoRoot';

/** `npm run demo:generate` (dispatched by cli/main.ts): the exit code. */
export async function run(): Promise<number> {
  const outDir = path.join(repoRoot(), 'templates', 'demo');
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of demoFiles()) {
    const target = path.join(outDir, file.name);
    const previous = fs.existsSync(target) ? fs.readFileSync(target) : null;
    const same = previous !== null && Buffer.compare(previous, Buffer.from(file.data)) === 0;
    if (!same) fs.writeFileSync(target, file.data);
    process.stdout.write(`${same ? 'unchanged' : 'wrote    '} ${path.relative(process.cwd(), target)} (${file.data.length} bytes)\n`);
  }
  return 0;
}
