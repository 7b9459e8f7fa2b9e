import { asText, type CellValue } from './cells';
import { issue, type IssueSink } from './issues';
import type { PowerCliTable } from './powercli';
import type { RvTab } from './columns';
import type { Table } from './table';
import { EXAMPLE_MARK, TEMPLATE_SHEETS, type TemplateSheet } from './templateSchema';
import type { RawSheet } from './xlsxReader';

/** A workbook is our template when it has a VMs sheet and no RVTools vInfo sheet. */
export function isTemplateWorkbook(sheetNames: string[]): boolean {
  const lower = sheetNames.map((n) => n.trim().toLowerCase());
  return lower.includes('vms') && !lower.some((n) => n === 'vinfo' || n === 'tabvinfo');
}

export function templateSheetTab(name: string): TemplateSheet | undefined {
  const l = name.trim().toLowerCase();
  return TEMPLATE_SHEETS.find((s) => s.name.toLowerCase() === l);
}

/** "Tiếng Việt / English" → "English" (the RVTools header the column feeds). */
function englishKey(h: CellValue): string {
  const s = asText(h) ?? '';
  const i = s.lastIndexOf(' / ');
  return i >= 0 ? s.slice(i + 3).trim() : s;
}

/**
 * Template sheets → RVTools-shaped tables (same importer path as an RVTools file) and PowerCLI-shaped rule
 * tables. Example rows are skipped; values outside a column's allowed list are reported and left empty.
 */
export function templateTables(file: string, sheets: RawSheet[], sink: IssueSink): { tables: Partial<Record<RvTab, Table>>; powercli: PowerCliTable[] } {
  const tables: Partial<Record<RvTab, Table>> = {};
  const powercli: PowerCliTable[] = [];
  let examples = 0;
  for (const raw of sheets) {
    const def = templateSheetTab(raw.name);
    if (!def) continue;
    const headers = (raw.rows[0] ?? []).map(englishKey);
    const rows: CellValue[][] = [];
    const rowNumbers: number[] = [];
    raw.rows.slice(1).forEach((r, i) => {
      const first = asText(r[0]) ?? '';
      const rowNo = raw.headerRow + 1 + i;
      if (first.startsWith(EXAMPLE_MARK)) { examples++; return; }
      if (r.every((c) => asText(c) === undefined)) return;
      const out = [...r];
      headers.forEach((h, c) => {
        const col = def.columns.find((x) => x.key.toLowerCase() === h.toLowerCase());
        const v = asText(out[c]);
        if (!col?.allowed || v === undefined) return;
        const hit = col.allowed.find((a) => a.toLowerCase() === v.toLowerCase());
        if (hit) out[c] = hit;
        else {
          sink.add(issue('TPL_BAD_ENUM', 'warning', { value: v, column: h, allowed: col.allowed.join(', ') }, { file, sheet: raw.name, row: rowNo, column: h }));
          out[c] = undefined;
        }
      });
      rows.push(out);
      rowNumbers.push(rowNo);
    });
    const idx = (k: string): number => headers.findIndex((h) => h.toLowerCase() === k.toLowerCase());
    const cell = (r: CellValue[], k: string): string => {
      const c = idx(k);
      return c < 0 ? '' : asText(r[c]) ?? '';
    };
    if (def.tab) {
      tables[def.tab] = { file, sheet: raw.name, tab: def.tab, headers, rows, firstRow: raw.headerRow + 1 };
      // keep spreadsheet row numbers exact even though example rows were dropped
      if (rowNumbers.length > 0 && rowNumbers[0] !== raw.headerRow + 1) {
        tables[def.tab] = { file, sheet: raw.name, tab: def.tab, headers, rows, firstRow: rowNumbers[0] ?? raw.headerRow + 1 };
      }
    } else if (def.name === 'Networks') {
      const std: CellValue[][] = [];
      const dv: CellValue[][] = [];
      for (const r of rows) {
        const kind = cell(r, 'Kind').toLowerCase();
        const row: CellValue[] = [cell(r, 'Port Group'), cell(r, 'Switch'), cell(r, 'VLAN'), cell(r, 'Host')];
        (kind === 'standard' ? std : dv).push(row);
      }
      const first = rowNumbers[0] ?? raw.headerRow + 1;
      tables.vPort = { file, sheet: raw.name, tab: 'vPort', headers: ['Port Group', 'Switch', 'VLAN', 'Host'], rows: std, firstRow: first };
      tables.dvPort = { file, sheet: raw.name, tab: 'dvPort', headers: ['Port', 'Switch', 'VLAN', 'Host'], rows: dv, firstRow: first };
    } else if (def.name === 'Rules') {
      const vmRules: PowerCliTable = { file, sheet: raw.name, kind: 'drs-vm-rules', headers: ['Cluster', 'Name', 'Enabled', 'Type', 'VMs'], rows: [], firstRow: 0, rowNumbers: [] };
      const groups: PowerCliTable = { file, sheet: raw.name, kind: 'drs-groups', headers: ['Cluster', 'Name', 'GroupType', 'Member'], rows: [], firstRow: 0, rowNumbers: [] };
      const hostRules: PowerCliTable = { file, sheet: raw.name, kind: 'drs-vmhost-rules', headers: ['Cluster', 'Name', 'Enabled', 'Type', 'VMGroup', 'VMHostGroup'], rows: [], firstRow: 0, rowNumbers: [] };
      rows.forEach((r, i) => {
        const type = cell(r, 'Type');
        const no = rowNumbers[i] ?? 0;
        const base = [cell(r, 'Cluster'), cell(r, 'Name')];
        if (type === 'VMGroup' || type === 'VMHostGroup') {
          groups.rows.push([...base, type, cell(r, 'Members')]);
          groups.rowNumbers?.push(no);
        } else if (type === 'VMAffinity' || type === 'VMAntiAffinity') {
          vmRules.rows.push([...base, cell(r, 'Enabled'), type, cell(r, 'Members')]);
          vmRules.rowNumbers?.push(no);
        } else {
          hostRules.rows.push([...base, cell(r, 'Enabled'), type, cell(r, 'VMGroup'), cell(r, 'VMHostGroup')]);
          hostRules.rowNumbers?.push(no);
        }
      });
      powercli.push(groups, vmRules, hostRules);
    } else if (def.name === 'HA') {
      powercli.push({
        file, sheet: raw.name, kind: 'ha-overrides', headers: ['Name', 'Cluster', 'RestartPriority', 'IsolationResponse'],
        rows: rows.map((r) => [cell(r, 'Name'), cell(r, 'Cluster'), cell(r, 'RestartPriority'), cell(r, 'IsolationResponse')]),
        firstRow: 0, rowNumbers,
      });
    }
  }
  if (examples > 0) sink.add(issue('TPL_EXAMPLE_ROWS', 'info', { count: examples }, { file }));
  return { tables, powercli };
}
