import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../../../shared/import';
import type { Inventory } from '../../../shared/model/inventory';
import { inputFile, SAMPLE_339 } from '../../fixtures/import/samples';

/** The demo estate (RVTools workbook + DRS rule CSVs) committed under templates/demo. */
export const DEMO_DIR = path.resolve(__dirname, '../../..', 'templates/demo');

let sample: Promise<Inventory> | undefined;
let demo: Promise<Inventory> | undefined;

export function loadSample339(): Promise<Inventory> {
  sample ??= importFiles([inputFile(SAMPLE_339)]).then((r) => r.inventory);
  return sample;
}

export function loadDemo(): Promise<Inventory> {
  demo ??= importFiles(fs.readdirSync(DEMO_DIR).sort().map((f) => inputFile(path.join(DEMO_DIR, f)))).then((r) => r.inventory);
  return demo;
}
