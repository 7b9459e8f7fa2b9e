import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../../shared/import';
import { derivePlan, type Plan } from '../../shared/plan';
import { newProject } from '../../shared/model/project';

/** The plan of the demo estate shipped in templates/demo (the app opens it on a first run). */
export async function demoPlan(): Promise<Plan> {
  const dir = path.resolve(__dirname, '../..', 'templates/demo');
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(dir, f))) }));
  const { inventory, report } = await importFiles(files);
  return derivePlan(newProject(inventory, { name: 'demo', now: '2026-01-01T00:00:00Z', importReport: report }), { now: '2026-01-01T00:00:00Z' });
}
