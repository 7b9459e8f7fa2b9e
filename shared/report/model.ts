import type { Text } from '../i18n/text';

/**
 * A report is data: sections of blocks. It is built once from the plan (bilingual: every sentence is a
 * Text) and rendered by each renderer in the language chosen for that export (`vi`, `en`, `vi+en`).
 */

/** A table cell: plain values (names, numbers) need no translation; sentences are Text. */
export type Cell = string | number | boolean | null | undefined | Text;

export type Column = {
  key: string;
  label: Text;
  /** Relative width hint (1 = normal). */
  width?: number;
  align?: 'left' | 'right' | 'center';
};

export type ChecklistItem = {
  id: string;
  text: Text;
  detail?: Text;
  /** A command to run, shown verbatim (Proxmox commands stay in English). */
  command?: string;
  /** Expected result. */
  expected?: Text;
};

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: Text }
  | { kind: 'paragraph'; text: Text }
  | { kind: 'note'; tone: 'info' | 'warning' | 'correction'; text: Text }
  | { kind: 'kv'; rows: { label: Text; value: Cell }[] }
  | { kind: 'table'; id: string; title?: Text; columns: Column[]; rows: Cell[][] }
  | { kind: 'checklist'; id: string; items: ChecklistItem[] }
  | { kind: 'code'; language: 'sh' | 'ini' | 'text'; title?: Text; code: string }
  /** A chart: vector graphics in the PDF, its data as a table in DOCX, XLSX and Markdown. */
  | { kind: 'chart'; id: string; title: Text; chart: BarChart };

export type Section = {
  /** Stable id, also the XLSX sheet name base and the anchor. */
  id: string;
  title: Text;
  blocks: Block[];
  appendix?: boolean;
};

export type ReportMeta = {
  project: string;
  customer?: string;
  generatedAt: string;
  calculatorVersion: string;
};

export type ReportModel = {
  title: Text;
  subtitle?: Text;
  meta: ReportMeta;
  sections: Section[];
};

export function isText(c: unknown): c is Text {
  return typeof c === 'object' && c !== null && 'vi' in c && 'en' in c;
}

/** Chart data (drawn by chart.ts: vector graphics in the PDF, a table elsewhere). */
export type ChartSeries = { name: Text; values: (number | null)[]; color: string };

/** Grouped bars: one group per category (e.g. year 1, 2, 3), one bar per series. */
export type BarChart = {
  kind: 'bar';
  categories: Text[];
  /** What the categories are ("Year"), the first column when the chart is printed as a table. */
  categoryLabel: Text;
  series: ChartSeries[];
  /** Unit of the values (a currency code, "cores" …), shown on the axis. */
  unit: string;
};
