import { confidenceLabel, costHeadline, editionLabel, entryTierLabel, formatQuantity, productLabel, roundMoney, tagLabel, tierLabel, unitLabel, type CostLine, type CostResult } from '../../cost';
import { ttLang } from '../../cost/labels';
import { dictionary, tt, type TKey } from '../../i18n';
import { fill, type Text } from '../../i18n/text';
import type { BarChart } from '../chart';
import type { Block, Cell, Column, Section } from '../model';
import { digestTable } from './digest';

/**
 * The cost and licensing section: headline and totals, the year-by-year chart, the licence count per ESXi
 * host with the rule that produced it, the Proxmox subscriptions per target cluster, every TCO line with
 * its tag, source and date, what the VMware edition of today gates against Proxmox, the licensing and
 * operations notes, the assumptions (with the calculator version) and the price book itself.
 */

const d = (key: TKey): Text => dictionary[key];

/** Colours of the two sides in every chart (the app uses the same). */
export const SIDE_COLOR = { vmware: '#6b7c93', proxmox: '#e57000' } as const;

const money = (r: CostResult, n: number | null): Cell => (n === null ? d('cost.tag.unpriced') : roundMoney(n, r.currency));

function yesNo(b: boolean | null): Cell {
  return b === null ? d('cost.edition.unknown') : d(b ? 'report.yes' : 'report.no');
}

/** The comparison chart: cumulative cost at the end of each year, VMware renewal against Proxmox. */
export function costChart(r: CostResult): BarChart {
  return {
    kind: 'bar',
    categories: r.yearly.map((p) => tt('cost.report.yearN', { n: p.year })),
    categoryLabel: d('cost.report.col.year'),
    series: [
      { name: d('cost.side.vmware'), values: r.yearly.map((p) => roundMoney(p.vmware, r.currency)), color: SIDE_COLOR.vmware },
      { name: d('cost.side.proxmox'), values: r.yearly.map((p) => roundMoney(p.proxmox, r.currency)), color: SIDE_COLOR.proxmox },
    ],
    unit: r.currency,
  };
}

/** A reference followed by its bilingual note. */
function withNote(source: string, note: Text | undefined): Cell {
  return note ? { vi: `${source} — ${note.vi}`, en: `${source} — ${note.en}` } : source;
}

function lineRow(r: CostResult, l: CostLine): Cell[] {
  const note = [l.note, l.discountPct ? tt('cost.report.discountNote', { pct: l.discountPct }) : undefined].filter((x): x is Text => x !== undefined);
  const label: Text = note.length === 0 ? l.label : { vi: `${l.label.vi} — ${note.map((n) => n.vi).join(' ')}`, en: `${l.label.en} — ${note.map((n) => n.en).join(' ')}` };
  const unit = unitLabel(l.unit);
  const source: Cell = l.source === '' ? '' : l.validFrom === '' ? l.source : ttLang('cost.report.sourceDated', () => ({ source: l.source, date: l.validFrom }));
  return [
    label,
    l.quantity ?? '?',
    l.unitPrice === null ? d('cost.tag.unpriced') : l.unitPrice,
    { vi: `${l.currency} / ${unit.vi}`, en: `${l.currency} / ${unit.en}` },
    tagLabel(l.tag),
    money(r, l.amount),
    money(r, l.total),
    source,
  ];
}

/** The TCO lines with a reference ([1], [2] …) in place of each source, and the sources once each (summary only). */
function costLinesDigest(r: CostResult, columns: Column[]): Block[] {
  const refs = new Map<string, { n: number; source: Cell }>();
  const rows = r.lines.map((l) => {
    const row = lineRow(r, l);
    const source = row[row.length - 1];
    if (source === '' || source === undefined || source === null) return [...row.slice(0, -1), ''];
    const k = JSON.stringify(source);
    const ref = refs.get(k) ?? { n: refs.size + 1, source };
    refs.set(k, ref);
    return [...row.slice(0, -1), `[${ref.n}]`];
  });
  return [
    ...digestTable('cost-lines', undefined, columns, rows),
    ...digestTable('cost-sources', undefined, [
      { key: 'ref', label: d('report.digest.cost.ref'), width: 0.4 },
      { key: 'source', label: d('cost.report.col.sourceDate'), width: 6 },
    ], [...refs.values()].map((x) => [`[${x.n}]`, x.source])),
  ];
}

export function costSections(r: CostResult): Section[] {
  const blocks: Block[] = [];
  blocks.push({ kind: 'paragraph', text: tt('cost.report.intro', { years: r.years, currency: r.currency }) });
  blocks.push({ kind: 'paragraph', text: costHeadline(r) });
  blocks.push({
    kind: 'kv',
    rows: [
      { label: tt('cost.report.totalVmware', { years: r.years }), value: money(r, r.totals.vmware.total) },
      { label: tt('cost.report.totalProxmox', { years: r.years }), value: money(r, r.totals.proxmox.total) },
      { label: d('cost.report.annualVmware'), value: money(r, r.totals.vmware.annual) },
      { label: d('cost.report.annualProxmox'), value: money(r, r.totals.proxmox.annual) },
      { label: d('cost.report.oneOffProxmox'), value: money(r, r.totals.proxmox.oneOff) },
      { label: d('cost.report.licensedCores'), value: r.vmware.licensedCores },
      { label: d('cost.report.orderCores'), value: r.vmware.orderCores },
      { label: d('cost.report.sockets'), value: r.proxmox.sockets },
      { label: d('cost.report.currency'), value: r.currency },
      { label: d('cost.report.unpriced'), value: r.unpriced },
      { label: d('cost.assumption.calculatorVersion'), value: r.calculatorVersion },
    ],
  });
  if (r.unpriced > 0) {
    const items = r.lines.filter((l) => l.amount === null);
    blocks.push({
      kind: 'note',
      tone: 'warning',
      text: ttLang('cost.report.unpricedNote', (lang) => ({ count: r.unpriced, list: items.map((l) => l.label[lang]).join('; ') })),
    });
  }
  for (const i of r.issues) blocks.push({ kind: 'note', tone: 'warning', text: { vi: `${i.code}: ${i.message.vi}`, en: `${i.code}: ${i.message.en}` } });
  blocks.push({ kind: 'chart', id: 'cost-chart', title: tt('cost.report.chartTitle', { currency: r.currency }), chart: costChart(r) });

  // VMware: licence count per host.
  blocks.push({ kind: 'heading', level: 2, text: d('cost.report.vmwareCount') });
  blocks.push({ kind: 'paragraph', text: tt('cost.report.vmwareRule', { min: 16 }) });
  blocks.push({
    kind: 'table',
    id: 'cost-hosts',
    // Reference data (and one row per ESXi host): in the full report and the workbook.
    detail: 'full',
    title: d('cost.report.hostsTable'),
    columns: [
      { key: 'host', label: d('cost.report.col.host'), width: 1.8 },
      { key: 'cluster', label: d('cost.report.col.cluster'), width: 1.2 },
      { key: 'today', label: d('cost.report.col.editionToday'), width: 1.6 },
      { key: 'cpus', label: d('cost.report.col.cpus'), width: 0.55, align: 'right' },
      { key: 'cores', label: d('cost.report.col.coresPerCpu'), width: 0.7, align: 'right' },
      { key: 'licensed', label: d('cost.report.col.licensedCores'), width: 1, align: 'right' },
      { key: 'quote', label: d('cost.report.col.quoteEdition'), width: 1.3 },
      { key: 'rule', label: d('cost.report.col.rule'), width: 2.6 },
    ],
    rows: r.vmware.hosts.map((h) => [
      h.host,
      h.cluster ?? '',
      h.licence ? { vi: `${editionLabel(h.editionToday).vi} (${h.licence})`, en: `${editionLabel(h.editionToday).en} (${h.licence})` } : editionLabel(h.editionToday),
      h.cpus ?? null,
      h.coresPerCpu ?? null,
      h.licensedCores ?? d('cost.assumption.unknown'),
      h.quoteEdition ? (h.quoteEditionAssumed ? ttLang('cost.report.assumedEdition', (lang) => ({ edition: editionLabel(h.quoteEdition ?? 'unknown')[lang] })) : editionLabel(h.quoteEdition)) : '—',
      h.rule,
    ]),
  });
  blocks.push({
    kind: 'table',
    id: 'cost-orders',
    title: d('cost.report.ordersTable'),
    columns: [
      { key: 'edition', label: d('cost.report.col.edition'), width: 2 },
      { key: 'hosts', label: d('cost.report.col.hosts'), align: 'right' },
      { key: 'licensed', label: d('cost.report.col.licensedCores'), align: 'right' },
      { key: 'minimum', label: d('cost.report.col.minimumApplied') },
      { key: 'order', label: d('cost.report.col.orderCores'), align: 'right' },
      { key: 'unknown', label: d('cost.report.col.unknownHosts'), align: 'right' },
    ],
    rows: r.vmware.orders.map((o) => [editionLabel(o.edition), o.hosts, o.licensedCores, yesNo(o.minimumApplied), o.orderCores, o.unknownHosts]),
  });
  blocks.push({ kind: 'note', tone: 'info', text: tt(r.vmware.orderMinimum ? 'cost.report.minimumOn' : 'cost.report.minimumOff', { min: 72 }) });

  // Proxmox: subscriptions per target cluster.
  blocks.push({ kind: 'heading', level: 2, text: d('cost.report.proxmoxCount') });
  blocks.push({ kind: 'paragraph', text: d('cost.assumption.pveRuleValue') });
  blocks.push({
    kind: 'table',
    id: 'cost-clusters',
    title: d('cost.report.clustersTable'),
    columns: [
      { key: 'cluster', label: d('cost.report.col.cluster'), width: 2 },
      { key: 'nodes', label: d('cost.report.col.nodes'), align: 'right' },
      { key: 'added', label: d('cost.report.col.addedNodes'), align: 'right' },
      { key: 'sockets', label: d('cost.report.col.sockets'), align: 'right' },
      { key: 'tier', label: d('cost.report.col.tier'), width: 1.4 },
      { key: 'unknown', label: d('cost.report.col.unknownSockets'), width: 1.6 },
    ],
    rows: r.proxmox.clusters.map((c) => [c.cluster, c.nodes, c.addedNodes, c.sockets, tierLabel(c.tier), c.unknownSocketNodes.join(', ')]),
  });

  // TCO lines.
  blocks.push({ kind: 'heading', level: 2, text: tt('cost.report.linesHeading', { years: r.years }) });
  blocks.push({ kind: 'paragraph', text: d('cost.report.tagsExplained') });
  const lineColumns = (sourceWidth: number): Column[] => [
    { key: 'item', label: d('cost.report.col.item'), width: 2 },
    { key: 'qty', label: d('cost.report.col.quantity'), width: 0.75, align: 'right' },
    { key: 'price', label: d('cost.report.col.unitPrice'), width: 0.85, align: 'right' },
    { key: 'unit', label: d('cost.report.col.unit'), width: 1.2 },
    { key: 'tag', label: d('cost.report.col.tag'), width: 1.05 },
    { key: 'amount', label: tt('cost.report.col.amount', { currency: r.currency }), width: 1.4, align: 'right' },
    { key: 'total', label: tt('cost.report.col.total', { currency: r.currency, years: r.years }), width: 1.4, align: 'right' },
    { key: 'source', label: d('cost.report.col.sourceDate'), width: sourceWidth },
  ];
  // The summary: the same lines, each source (the same for every cluster's subscription) printed once below.
  blocks.push(...costLinesDigest(r, lineColumns(0.6)));
  blocks.push({
    kind: 'table',
    id: 'cost-lines',
    detail: 'full',
    digested: true,
    title: d('cost.report.linesTable'),
    columns: lineColumns(2.2),
    rows: r.lines.map((l) => lineRow(r, l)),
  });

  // What the edition of today gates.
  const editions = r.vmware.editionsToday.map((e) => e.edition);
  blocks.push({ kind: 'heading', level: 2, text: d('cost.report.featuresHeading') });
  blocks.push({
    kind: 'paragraph',
    text: ttLang('cost.report.editionsToday', (lang) => ({
      list: r.vmware.editionsToday.map((e) => fill(dictionary['cost.report.editionHosts'][lang], { edition: editionLabel(e.edition)[lang], hosts: e.hosts }, lang)).join('; '),
    })),
  });
  blocks.push({
    kind: 'table',
    id: 'cost-features',
    // Reference data (and one row per ESXi host): in the full report and the workbook.
    detail: 'full',
    title: d('cost.report.featuresTable'),
    columns: [
      { key: 'feature', label: d('cost.report.col.feature'), width: 1.8 },
      ...editions.map((e) => ({ key: `today-${e}`, label: editionLabel(e), width: 0.9, align: 'center' as const })),
      { key: 'free', label: d('cost.report.col.proxmoxFree'), width: 2.6 },
      { key: 'sub', label: d('cost.report.col.proxmoxSubscription'), width: 1.6 },
    ],
    rows: r.features.map((f) => [f.feature, ...editions.map((e) => yesNo(f.today.find((t) => t.edition === e)?.has ?? null)), f.proxmoxFree, f.proxmoxSubscription]),
  });
  blocks.push({ kind: 'note', tone: 'info', text: d('cost.report.featuresBasis') });

  // Licensing and operations notes.
  blocks.push({ kind: 'heading', level: 2, text: d('cost.report.notesHeading') });
  blocks.push({
    kind: 'table',
    id: 'cost-notes',
    // Reference data (and one row per ESXi host): in the full report and the workbook.
    detail: 'full',
    title: d('cost.report.notesTable'),
    columns: [
      { key: 'topic', label: d('cost.report.col.topic'), width: 1.2 },
      { key: 'vmware', label: d('cost.report.col.vmware'), width: 2 },
      { key: 'proxmox', label: d('cost.report.col.proxmox'), width: 2.8 },
      { key: 'notes', label: d('cost.report.col.notes'), width: 1.8 },
    ],
    rows: r.notes.map((n) => [n.topic, n.vmware, n.proxmox, n.notes ?? '']),
  });

  // Assumptions and the price book.
  blocks.push({ kind: 'heading', level: 2, text: d('cost.report.assumptionsHeading') });
  blocks.push({
    kind: 'table',
    id: 'cost-assumptions',
    title: d('cost.report.assumptionsTable'),
    columns: [
      { key: 'what', label: d('cost.report.col.assumption'), width: 2.2 },
      { key: 'value', label: d('cost.report.col.value'), width: 2.4 },
      { key: 'source', label: d('cost.report.col.source'), width: 2 },
    ],
    rows: r.assumptions.map((a) => [a.label, typeof a.value === 'boolean' ? yesNo(a.value) : a.value, a.source ?? '']),
  });
  blocks.push({ kind: 'heading', level: 2, text: d('cost.report.priceBookHeading') });
  blocks.push({ kind: 'paragraph', text: tt('cost.report.priceBookIntro', { date: r.priceBook.updated }) });
  blocks.push({
    kind: 'table',
    id: 'cost-pricebook',
    // Reference data (and one row per ESXi host): in the full report and the workbook.
    detail: 'full',
    title: d('cost.report.priceBookTable'),
    columns: [
      { key: 'product', label: d('cost.report.col.product'), width: 1.2 },
      { key: 'tier', label: d('cost.report.col.tier'), width: 1.2 },
      { key: 'unit', label: d('cost.report.col.unit'), width: 0.9 },
      { key: 'price', label: d('cost.report.col.unitPrice'), width: 0.8, align: 'right' },
      { key: 'currency', label: d('cost.report.col.currency'), width: 0.8 },
      { key: 'date', label: d('cost.report.col.validFrom'), width: 0.9 },
      { key: 'confidence', label: d('cost.report.col.confidence'), width: 1.1 },
      { key: 'source', label: d('cost.report.col.source'), width: 2.8 },
    ],
    rows: r.priceBook.entries.map((e) => [
      productLabel(e.product),
      entryTierLabel(e),
      unitLabel(e.unit),
      e.price ?? d('cost.tag.unpriced'),
      e.currency,
      e.validFrom,
      confidenceLabel(e.confidence),
      withNote(e.source, e.note),
    ]),
  });
  blocks.push({
    kind: 'table',
    id: 'cost-rates',
    // Reference data (and one row per ESXi host): in the full report and the workbook.
    detail: 'full',
    title: d('cost.report.ratesTable'),
    columns: [
      { key: 'pair', label: d('cost.report.col.rate'), width: 1.6 },
      { key: 'date', label: d('cost.report.col.validFrom'), width: 0.9 },
      { key: 'confidence', label: d('cost.report.col.confidence'), width: 1 },
      { key: 'source', label: d('cost.report.col.source'), width: 3.5 },
    ],
    rows: r.priceBook.rates.map((x) => [ttLang('cost.report.rateCell', (lang) => ({ from: x.from, to: x.to, rate: formatQuantity(x.rate, lang, 6) })), x.date, confidenceLabel(x.confidence), withNote(x.source, x.note)]),
  });
  return [{ id: 'cost', title: d('cost.report.title'), blocks }];
}
