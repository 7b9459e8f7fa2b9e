/** The files of the embedded demo (templates/demo/): the RVTools workbook and the three DRS rule CSVs. */
import { DEMO_DRS, demoEstate } from './demoEstate';
import { DRS_GROUP_COLUMNS, DRS_VM_RULE_COLUMNS, DRS_VMHOST_RULE_COLUMNS, powerCliCsv } from './drsCsv';
import { writeRvtoolsWorkbook } from './rvtoolsWriter';

export type DemoFile = { name: string; data: Uint8Array };

export const DEMO_WORKBOOK = 'rvtools-demo.xlsx';
export const DEMO_VM_RULES = 'drs-vm-rules.csv';
export const DEMO_VMHOST_RULES = 'drs-vmhost-rules.csv';
export const DEMO_GROUPS = 'drs-groups.csv';

export function demoFiles(): DemoFile[] {
  const encoder = new TextEncoder();
  return [
    { name: DEMO_WORKBOOK, data: writeRvtoolsWorkbook(demoEstate()) },
    { name: DEMO_VM_RULES, data: encoder.encode(powerCliCsv(DRS_VM_RULE_COLUMNS, DEMO_DRS.vmRules)) },
    { name: DEMO_VMHOST_RULES, data: encoder.encode(powerCliCsv(DRS_VMHOST_RULE_COLUMNS, DEMO_DRS.vmHostRules)) },
    { name: DEMO_GROUPS, data: encoder.encode(powerCliCsv(DRS_GROUP_COLUMNS, DEMO_DRS.groups)) },
  ];
}
