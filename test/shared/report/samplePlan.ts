import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../../../shared/import/index';
import { derivePlan, type Plan } from '../../../shared/plan';
import { newProject, type PveTarget } from '../../../shared/model/project';
import { writeSyntheticXlsx } from '../../../cli/generate/fixtures';
import { buildReport } from '../../../shared/report/build';
import type { Cell, ReportModel } from '../../../shared/report/model';

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

/**
 * A generated estate of about `vms` VMs, planned, with its report model and the per-VM target rows
 * (`mapping-targets`), for the full-profile tests of the PDF and DOCX writers.
 */
export async function syntheticFullReport(vms: number): Promise<{ plan: Plan; model: ReportModel; targets: Cell[][] }> {
  const xlsx = writeSyntheticXlsx(vms);
  const { inventory, report } = await importFiles([{ name: path.basename(xlsx), data: new Uint8Array(fs.readFileSync(xlsx)) }]);
  const plan = derivePlan(newProject(inventory, { name: 'Full test', customer: 'ACME', now: '2026-01-01T00:00:00Z', importReport: report }));
  const model = buildReport(plan);
  const table = model.sections.find((s) => s.id === 'mapping-targets')?.blocks.find((b) => b.kind === 'table');
  return { plan, model, targets: table?.kind === 'table' ? table.rows : [] };
}
