import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../../../shared/import/index';
import { derivePlan, type Plan } from '../../../shared/plan';
import { newProject, type PveTarget } from '../../../shared/model/project';

/** The real RVTools samples beside the repository (read-only). */
export const SAMPLES = path.resolve(__dirname, '../../..', '../shared/samples');
export const BIG_SAMPLE = path.join(SAMPLES, 'rvtools-4.6-339vms.xlsx');
export const SMALL_SAMPLE = path.join(SAMPLES, 'rvtools-small-complete.xlsx');
export const FIXED_NOW = '2026-03-02T09:30:00.000Z';

/** Import a real sample and derive its plan (deterministic time stamp). */
export async function planFromSample(file: string, target?: PveTarget): Promise<Plan> {
  const data = new Uint8Array(fs.readFileSync(file));
  const { inventory, report } = await importFiles([{ name: path.basename(file), data }]);
  const project = newProject(inventory, { name: 'Sample estate', customer: 'Công ty Cổ phần Ví Dụ', now: FIXED_NOW, importReport: report });
  if (target) project.assumptions.pveTarget = target;
  return derivePlan(project, { now: FIXED_NOW });
}
