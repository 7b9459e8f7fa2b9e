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

/**
 * Report profiles. `summary` (the default) is what a customer reads: its length grows with the clusters,
 * not with the VMs. `full` adds the per-VM appendices. A block or section marked `detail: 'full'` is only in
 * the `full` documents (PDF, DOCX, Markdown); the XLSX workbook always holds every table.
 */
export const REPORT_PROFILES = ['summary', 'full'] as const;
export type ReportProfile = (typeof REPORT_PROFILES)[number];
export const DEFAULT_REPORT_PROFILE: ReportProfile = 'summary';

export function isReportProfile(s: string): s is ReportProfile {
  return (REPORT_PROFILES as readonly string[]).includes(s);
}

/**
 * `full`: per-VM (or otherwise long) detail that only the `full` profile prints (the summary prints a one-line
 * pointer in its place). `summary`: a compact digest of such detail (one row per item) that only the `summary`
 * profile prints; the full documents and the XLSX workbook hold the detail itself, so they leave it out.
 */
export type Detail = {
  detail?: 'full' | 'summary';
  /**
   * With `detail: 'full'`: a summary digest (a block marked `detail: 'summary'` that names where the detail
   * is) stands for this block, so the summary prints no pointer of its own for it.
   */
  digested?: boolean;
};

/**
 * Where a table goes in the XLSX workbook: tables of one `kind` share one sheet (one row per item), with the
 * `cluster` (or another grouping value) as the first column.
 */
export type SheetPlacement = { kind: string; group?: string; groupLabel?: Text };
/** `sheet.kind` of a table the workbook leaves out (its rows are in another sheet). */
export const NO_SHEET = 'none';

export type Block = (
  | { kind: 'heading'; level: 2 | 3; text: Text }
  | { kind: 'paragraph'; text: Text }
  | { kind: 'note'; tone: 'info' | 'warning' | 'correction'; text: Text }
  | { kind: 'kv'; rows: { label: Text; value: Cell }[] }
  | { kind: 'table'; id: string; title?: Text; columns: Column[]; rows: Cell[][]; sheet?: SheetPlacement }
  | { kind: 'checklist'; id: string; items: ChecklistItem[]; sheet?: SheetPlacement }
  | { kind: 'code'; language: 'sh' | 'ini' | 'text'; title?: Text; code: string }
  /** A chart: vector graphics in the PDF, its data as a table in DOCX, XLSX and Markdown. */
  | { kind: 'chart'; id: string; title: Text; chart: BarChart; /** Drawing height in the PDF (points). */ height?: number; sheet?: SheetPlacement }
) &
  Detail;

export type Section = {
  /** Stable id, also the XLSX sheet name base and the anchor. */
  id: string;
  title: Text;
  blocks: Block[];
  appendix?: boolean;
  /**
   * `full`: the whole section is per-VM (or per-cluster) detail, printed in the `full` profile only.
   * `summary`: a digest of such sections (one row per cluster), printed in the summary only.
   */
  detail?: 'full' | 'summary';
  /** With `detail: 'full'`: a summary section stands for this one, so the summary does not list it as dropped. */
  digested?: boolean;
  /** Printed on landscape pages (wide per-VM tables). */
  landscape?: boolean;
  /**
   * Sections of one kind per cluster: the summary prints consecutive sections of one group as one section
   * (group title, then each section's title as a heading), so a short per-cluster section does not start a page.
   */
  group?: { id: string; title: Text };
};

export type ReportMeta = {
  project: string;
  customer?: string;
  author?: string;
  generatedAt: string;
  calculatorVersion: string;
};

export type ReportModel = {
  title: Text;
  subtitle?: Text;
  meta: ReportMeta;
  sections: Section[];
  /** The profile these sections are cut for (a model from `buildReport` holds everything: `full`). */
  profile?: ReportProfile;
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
