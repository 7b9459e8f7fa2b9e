import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

/** The plan.json JSON Schema of the repository, compiled with ajv (draft 2020-12). */
export const PLAN_SCHEMA_PATH = path.resolve(__dirname, '../../../schema/plan.schema.json');

export function planValidator() {
  const schema = JSON.parse(fs.readFileSync(PLAN_SCHEMA_PATH, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s));
  return ajv.compile(schema);
}
