import * as XLSX from 'xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { EXAMPLE_MARK, TEMPLATE_SHEETS, templateHeader, type TemplateSheet } from './templateSchema';

/** Rows of the data-validation lists (enumerations) are checked down to this row. */
const VALIDATION_ROWS = 5000;
/** Fixed zip timestamp so the generated file is byte-for-byte reproducible. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function instructionsRows(): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['Mẫu kiểm kê vm2pve (song ngữ) / vm2pve inventory template (bilingual)'],
    [],
    ['Cách dùng', 'How to use'],
    [
      'Điền mỗi trang một đối tượng mỗi dòng: cluster, host, VM, đĩa, card mạng, mạng, datastore, quy tắc DRS và ghi đè HA. Dòng tiêu đề ghi "Tiếng Việt / English"; không đổi tên tiêu đề.',
      'Fill one object per row on each sheet: clusters, hosts, VMs, disks, NICs, networks, datastores, DRS rules and HA overrides. Headers read "Vietnamese / English"; do not rename them.',
    ],
    [
      `Các dòng có ô đầu tiên bắt đầu bằng "${EXAMPLE_MARK}" là ví dụ và bị bỏ qua khi nhập; có thể xóa hoặc ghi đè.`,
      `Rows whose first cell starts with "${EXAMPLE_MARK}" are examples and are skipped on import; delete or overwrite them.`,
    ],
    [
      'Ô để trống nghĩa là "chưa rõ" (không phải 0 hay False). Dung lượng tính bằng MiB. Cột có danh sách giá trị cho phép được kiểm tra trong Excel và khi nhập.',
      'An empty cell means "unknown" (not 0 or False). Sizes are in MiB. Columns with a list of allowed values are checked in Excel and on import.',
    ],
    [
      'Đĩa, card mạng và ghi đè HA tham chiếu VM theo tên; host và quy tắc tham chiếu cluster theo tên. Tên không tìm thấy sẽ được báo lại.',
      'Disks, NICs and HA overrides refer to VMs by name; hosts and rules refer to clusters by name. Names that are not found are reported.',
    ],
    [],
    ['Trang / Sheet', 'Cột / Column', 'Bắt buộc / Required', 'Giá trị cho phép / Allowed values', 'Giải thích', 'Explanation'],
  ];
  for (const s of TEMPLATE_SHEETS) {
    for (const c of s.columns) {
      rows.push([s.name, templateHeader(c), c.required ? 'Có / Yes' : '', c.allowed?.join(', ') ?? '', c.help.vi, c.help.en]);
    }
  }
  return rows;
}

function dataSheet(s: TemplateSheet): XLSX.WorkSheet {
  const header = s.columns.map(templateHeader);
  const nExamples = Math.max(...s.columns.map((c) => c.examples.length));
  const rows: (string | number | boolean)[][] = [header];
  for (let i = 0; i < nExamples; i++) rows.push(s.columns.map((c) => c.examples[i] ?? ''));
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = s.columns.map((c) => ({ wch: Math.min(48, Math.max(14, templateHeader(c).length + 2)) }));
  s.columns.forEach((c, i) => {
    const cell = ws[XLSX.utils.encode_cell({ r: 0, c: i })] as XLSX.CellObject | undefined;
    if (!cell) return;
    const allowed = c.allowed ? `\n${c.allowed.join(' | ')}` : '';
    cell.c = [{ a: 'vm2pve', t: `${c.help.vi}\n${c.help.en}${allowed}` }];
    cell.c.hidden = true;
  });
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 0, c: s.columns.length - 1 } }) };
  return ws;
}

/** Insert <dataValidations> list rules for the enumerated columns into a worksheet's XML. */
function addValidations(xml: string, s: TemplateSheet): string {
  const rules = s.columns
    .map((c, i) => ({ c, col: XLSX.utils.encode_col(i) }))
    .filter(({ c }) => c.allowed && c.allowed.join(',').length < 250)
    .map(({ c, col }) => {
      const list = xmlEscape(`"${(c.allowed ?? []).join(',')}"`);
      const title = xmlEscape(templateHeader(c).slice(0, 32));
      const msg = xmlEscape((c.allowed ?? []).join(', ').slice(0, 250));
      return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${title}" error="${msg}" sqref="${col}2:${col}${VALIDATION_ROWS}"><formula1>${list}</formula1></dataValidation>`;
    });
  if (rules.length === 0) return xml;
  const block = `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
  // CT_Worksheet order: … conditionalFormatting, dataValidations, hyperlinks, printOptions, pageMargins, pageSetup, headerFooter, drawing, legacyDrawing …
  const anchor = /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(xml);
  if (!anchor) return xml;
  return `${xml.slice(0, anchor.index)}${block}${xml.slice(anchor.index)}`;
}

/**
 * The bilingual inventory template as xlsx bytes: an Instructions sheet and one sheet per object kind
 * (Clusters, Hosts, VMs, Disks, NICs, Networks, Datastores, Rules, HA) with "Tiếng Việt / English"
 * headers, help comments, example rows and list validation on enumerated columns. Reproducible byte for byte.
 */
export function buildTemplateXlsx(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ins = XLSX.utils.aoa_to_sheet(instructionsRows());
  ins['!cols'] = [{ wch: 14 }, { wch: 40 }, { wch: 12 }, { wch: 40 }, { wch: 60 }, { wch: 60 }];
  XLSX.utils.book_append_sheet(wb, ins, 'Instructions');
  for (const s of TEMPLATE_SHEETS) XLSX.utils.book_append_sheet(wb, dataSheet(s), s.name);
  const raw = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  const files = unzipSync(raw);
  TEMPLATE_SHEETS.forEach((s, i) => {
    const path = `xl/worksheets/sheet${i + 2}.xml`;
    const bytes = files[path];
    if (bytes) files[path] = strToU8(addValidations(strFromU8(bytes), s));
  });
  const ordered: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)))) {
    ordered[name] = [files[name] as Uint8Array, { mtime: FIXED_DATE }];
  }
  return zipSync(ordered, { level: 6 });
}
