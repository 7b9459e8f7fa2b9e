import { dictionary, tt, type TKey } from '../../i18n';
import { fill, type Text } from '../../i18n/text';
import { formatNumber } from '../cellText';
import { NO_SHEET, type Block, type Cell, type Column } from '../model';

/**
 * Building blocks of the summary profile's digests: the per-cluster blocks go to the full report (marked
 * `digested`: the digest names where they are), the summary prints one table for all clusters, each distinct
 * note once with the clusters it applies to, and one pointer per digest.
 */

/** The blocks, printed in the full report only; the summary's digest stands for them (no pointer each). */
export function fullOnly(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => (b.detail === 'summary' ? b : { ...b, detail: 'full', digested: true }));
}

/**
 * A summary-only table under its own heading (the table's title; the workbook holds the per-cluster tables it
 * digests, so it gets no sheet).
 */
export function digestTable(id: string, title: Text | undefined, columns: Column[], rows: Cell[][]): Block[] {
  return [
    ...(title ? [summaryOnly({ kind: 'heading', level: 3, text: title })] : []),
    { kind: 'table', id: `digest-${id}`, detail: 'summary', sheet: { kind: NO_SHEET }, columns, rows },
  ];
}

/** A number as each language writes it (1.234,5 / 1,234.5). */
export function num(n: number): Text {
  return { vi: formatNumber(n, 'vi'), en: formatNumber(n, 'en') };
}

/** A dictionary text filled per language: numbers in the language's format, Text values in their language. */
export function ttl(key: TKey, params: Record<string, string | number | Text>): Text {
  const e = dictionary[key];
  const p = (lang: 'vi' | 'en'): Record<string, string> =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, lang) : typeof v === 'string' ? v : v[lang]]));
  return { vi: fill(e.vi, p('vi')), en: fill(e.en, p('en')) };
}

/** A summary-only block. */
export function summaryOnly(b: Block): Block {
  return { ...b, detail: 'summary' };
}

const join = (a: Text, b: Text): Text => ({ vi: `${a.vi} ${b.vi}`, en: `${a.en} ${b.en}` });

/** "Applies to clusters: a, b." (or "every cluster" when `all` is given and every one of them is listed). */
export function appliesTo(names: readonly string[], all?: number, key: TKey = 'report.digest.appliesTo'): Text {
  if (all !== undefined && all > 1 && names.length === all && key === 'report.digest.appliesTo') return dictionary['report.digest.appliesToAll'];
  return tt(key, { list: names.join(', ') });
}

export type Tagged = { owner: string; text: Text; tone?: 'info' | 'warning' | 'correction' };

/**
 * Each distinct text once (first-seen order), followed by the owners (clusters, datastores) it applies to.
 * `kind: 'note'` keeps each text's tone; `paragraph` prints plain paragraphs. With one owner in all, the text
 * is printed as it is.
 */
export function grouped(items: readonly Tagged[], opts: { kind: 'note' | 'paragraph'; all?: number; key?: TKey }): Block[] {
  const order: string[] = [];
  const byKey = new Map<string, { text: Text; tone: Tagged['tone']; owners: string[] }>();
  for (const it of items) {
    const k = `${it.text.vi}\u0000${it.text.en}`;
    let g = byKey.get(k);
    if (!g) {
      g = { text: it.text, tone: it.tone, owners: [] };
      byKey.set(k, g);
      order.push(k);
    }
    if (!g.owners.includes(it.owner)) g.owners.push(it.owner);
    if (it.tone === 'warning') g.tone = 'warning';
  }
  const single = opts.all === 1;
  return order.map((k): Block => {
    const g = byKey.get(k) as { text: Text; tone: Tagged['tone']; owners: string[] };
    const t = single ? g.text : join(g.text, appliesTo(g.owners, opts.all, opts.key));
    return summaryOnly(opts.kind === 'note' ? { kind: 'note', tone: g.tone ?? 'info', text: t } : { kind: 'paragraph', text: t });
  });
}

/** Sheet names of the workbook (a sheet kind, or a table title for a table without one), quoted, in both languages. */
function sheetList(kinds: readonly (string | Text)[]): Text {
  const names = kinds.map((k) => (typeof k === 'string' ? (dictionary as Record<string, Text | undefined>)[`report.sheet.${k}`] : k)).filter((t): t is Text => t !== undefined);
  return { vi: names.map((n) => `“${n.vi}”`).join(', '), en: names.map((n) => `“${n.en}”`).join(', ') };
}

/** "<what>: in the XLSX workbook (sheet “…”) and in the full report." as an info note, summary only. */
export function digestPointer(what: Text, sheets: readonly (string | Text)[]): Block {
  const e = dictionary['report.digest.pointer'];
  const s = sheetList(sheets);
  const fill = (tpl: string, w: string, sh: string): string => tpl.replace('{{what}}', w).replace('{{sheets}}', sh);
  return summaryOnly({ kind: 'note', tone: 'info', text: { vi: fill(e.vi, what.vi, s.vi), en: fill(e.en, what.en, s.en) } });
}

/**
 * The expected result of a check or test that runs on several clusters: the text when it is the same on every
 * cluster, otherwise the shortest cluster's text (an example), prefixed with that cluster's name. `entry` is the
 * cluster entry the cell shows (its title goes with it: a title may name a VM of that cluster).
 */
export function example<T extends { cluster: string; text: Text }>(expected: readonly T[]): { cell: Cell; entry: T | undefined } {
  const first = expected[0];
  if (!first) return { cell: '', entry: undefined };
  if (expected.every((e) => e.text.vi === first.text.vi && e.text.en === first.text.en)) return { cell: first.text, entry: first };
  const shortest = expected.reduce((a, e) => (e.text.en.length < a.text.en.length ? e : a), first);
  return { cell: { vi: `${shortest.cluster}: ${shortest.text.vi}`, en: `${shortest.cluster}: ${shortest.text.en}` }, entry: shortest };
}
