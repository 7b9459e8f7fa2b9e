/**
 * A small streaming xlsx (SpreadsheetML) writer for large generated workbooks. SheetJS builds every cell as
 * an object before writing (10k VMs took 76 s and 2.3 GB here), so big synthetic estates are written row by
 * row instead: worksheet XML is deflated as it is produced (fflate), strings go to one shared-string table
 * (as Excel and RVTools files do), dates are numbers with a date format. Output is deterministic: fixed zip
 * timestamps and document dates taken from the caller.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { Cell, TabData } from './rvtoolsTabs';

export type XlsxProps = { created: Date; author: string };

/** Receives the zip bytes in order; `final` is true on the last chunk. */
export type ChunkSink = (chunk: Uint8Array, final: boolean) => void;

const DAY_MS = 86_400_000;
const FLUSH_AT = 1 << 20;
/** Local-time 1980-01-01 so the DOS timestamp in the zip is the same in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '';
    }
  });
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return String(n);
}

type EntryWriter = { write: (text: string) => void; flush: (final: boolean) => void };

/** Buffers XML text and pushes it to the deflating zip entry about every megabyte. */
function entryWriter(entry: ZipDeflate): EntryWriter {
  let parts: string[] = [];
  let size = 0;
  const flush = (final: boolean): void => {
    const text = parts.join('');
    parts = [];
    size = 0;
    entry.push(strToU8(text), final);
  };
  const write = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= FLUSH_AT) flush(false);
  };
  return { write, flush };
}

/** Write a workbook of the given sheets to `sink`, streaming. */
export function writeXlsxStream(sheets: readonly TabData[], props: XlsxProps, sink: ChunkSink): void {
  let failure: Error | null = null;
  const zip = new Zip((err, data, final) => {
    if (err) {
      failure = err;
      return;
    }
    sink(data, final);
  });
  const open = (name: string): EntryWriter => {
    const entry = new ZipDeflate(name, { level: 1 });
    entry.mtime = ZIP_TIME;
    zip.add(entry);
    return entryWriter(entry);
  };
  const whole = (name: string, text: string): void => {
    const w = open(name);
    w.write(text);
    w.flush(true);
  };

  const strings = new Map<string, number>();
  let stringRefs = 0;
  const stringIndex = (s: string): number => {
    stringRefs++;
    let i = strings.get(s);
    if (i === undefined) {
      i = strings.size;
      strings.set(s, i);
    }
    return i;
  };

  whole('[Content_Types].xml', contentTypes(sheets.length));
  whole('_rels/.rels', ROOT_RELS);
  whole('docProps/core.xml', coreProps(props));
  whole('docProps/app.xml', appProps(sheets.map((s) => s.name)));
  whole('xl/workbook.xml', workbookXml(sheets.map((s) => s.name)));
  whole('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  whole('xl/styles.xml', STYLES);

  sheets.forEach((sheet, si) => {
    const w = open(`xl/worksheets/sheet${si + 1}.xml`);
    const width = sheet.headers.length;
    const cols = Array.from({ length: width }, (_, c) => columnName(c));
    const lastCol = cols[width - 1] ?? 'A';
    w.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<sheetViews><sheetView workbookViewId="0"${si === 0 ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
        '<sheetFormatPr defaultRowHeight="15"/><sheetData>',
    );
    const writeRow = (r: number, row: readonly Cell[]): void => {
      let xml = `<row r="${r}">`;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined) continue;
        const ref = `${cols[c] ?? columnName(c)}${r}`;
        if (typeof v === 'string') xml += `<c r="${ref}" t="s"><v>${stringIndex(v)}</v></c>`;
        else if (typeof v === 'number') xml += `<c r="${ref}"><v>${numberText(v)}</v></c>`;
        else xml += `<c r="${ref}" s="1"><v>${numberText(Math.round((v.getTime() / DAY_MS + 25569) * 1e10) / 1e10)}</v></c>`;
      }
      w.write(`${xml}</row>`);
    };
    writeRow(1, sheet.headers);
    let r = 1;
    for (const row of sheet.rows) writeRow(++r, row);
    w.write(`</sheetData><autoFilter ref="A1:${lastCol}${Math.max(1, r)}"/></worksheet>`);
    w.flush(true);
  });

  const ss = open('xl/sharedStrings.xml');
  ss.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringRefs}" uniqueCount="${strings.size}">`,
  );
  for (const s of strings.keys()) {
    const space = s !== s.trim() ? ' xml:space="preserve"' : '';
    ss.write(`<si><t${space}>${escapeXml(s)}</t></si>`);
  }
  ss.write('</sst>');
  ss.flush(true);
  zip.end();
  if (failure) throw failure;
}

/** Convenience: the whole workbook as one byte array. */
export function xlsxBytes(sheets: readonly TabData[], props: XlsxProps): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  writeXlsxStream(sheets, props, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function contentTypes(sheetCount: number): string {
  let sheets = '';
  for (let i = 1; i <= sheetCount; i++) {
    sheets += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

const ROOT_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

function coreProps(props: XlsxProps): string {
  const when = props.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(props.author)}</dc:creator><cp:lastModifiedBy>${escapeXml(props.author)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appProps(names: readonly string[]): string {
  const titles = names.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('');
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

function workbookXml(names: readonly string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return (
    XML_HEAD +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    '</workbook>'
  );
}

function workbookRels(sheetCount: number): string {
  let rels = '';
  for (let i = 1; i <= sheetCount; i++) {
    rels += `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  }
  rels += `<Relationship Id="rId${sheetCount + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  rels += `<Relationship Id="rId${sheetCount + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`;
  return XML_HEAD + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

const STYLES =
  XML_HEAD +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/mm/dd\\ hh:mm:ss"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
