import { pick, type ReportLang } from '../i18n/text';
import type { BarChart, Cell, Column } from './model';

export type { BarChart, ChartSeries } from './model';

/**
 * Charts as data (a report block kind) and their vector drawing: one layout function gives the geometry,
 * `barChartSvg` turns it into an SVG document (embedded as vector graphics in the PDF); the app draws the
 * same layout with React. Renderers without graphics (DOCX, XLSX, Markdown) print the chart's data as a
 * table (`chartTable`).
 */

export type ChartBar = { x: number; y: number; w: number; h: number; series: number; category: number; value: number; color: string; label: string };
export type ChartTick = { y: number; value: number; label: string };

export type BarChartLayout = {
  width: number;
  height: number;
  plot: { x: number; y: number; w: number; h: number };
  bars: ChartBar[];
  ticks: ChartTick[];
  /** `row` 1: the label sits on a second line (labels alternate when they would overlap). */
  categories: { x: number; label: string; row: number }[];
  legend: { x: number; y: number; color: string; label: string }[];
  unit: string;
};

const LOCALE = (lang: ReportLang): string => (lang === 'en' ? 'en-US' : 'vi-VN');

/** Short axis and bar labels: 1.2M / 1,2 Tr. */
export function compactNumber(n: number, lang: ReportLang): string {
  return new Intl.NumberFormat(LOCALE(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A "nice" step for about `count` ticks up to `max` (1, 2, 2.5, 5 × 10^k). */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

/** Where every bar, tick and label goes, for a drawing `width` × `height` (same units as the output). */
export function barChartLayout(chart: BarChart, lang: ReportLang, width: number, height: number, opts: { charWidth?: number } = {}): BarChartLayout {
  const charWidth = opts.charWidth ?? 5.2;
  const left = 58;
  const right = 12;
  const top = 30;
  const bottom = 28;
  const plot = { x: left, y: top, w: Math.max(10, width - left - right), h: Math.max(10, height - top - bottom) };
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const maxValue = Math.max(0, ...values);
  const step = maxValue > 0 ? niceStep(maxValue, 4) : 1;
  const top0 = maxValue > 0 ? Math.ceil(maxValue / step) * step : 4;
  const yOf = (v: number): number => plot.y + plot.h - (v / top0) * plot.h;
  const ticks: ChartTick[] = [];
  for (let v = 0; v <= top0 + step / 2; v += step) ticks.push({ y: yOf(v), value: v, label: compactNumber(v, lang) });

  const groups = Math.max(1, chart.categories.length);
  const groupW = plot.w / groups;
  const nSeries = Math.max(1, chart.series.length);
  const inner = groupW * 0.72;
  const barW = inner / nSeries;
  const bars: ChartBar[] = [];
  chart.categories.forEach((_, ci) => {
    chart.series.forEach((s, si) => {
      const v = s.values[ci];
      if (v === null || v === undefined || !Number.isFinite(v)) return;
      const x = plot.x + ci * groupW + (groupW - inner) / 2 + si * barW;
      const y = yOf(Math.max(0, v));
      bars.push({ x, y, w: Math.max(1, barW - 2), h: plot.y + plot.h - y, series: si, category: ci, value: v, color: s.color, label: compactNumber(v, lang) });
    });
  });
  // Labels wider than their group alternate between two lines (and are shortened to two groups' width), so
  // many categories (e.g. one per cluster) never overlap.
  const widest = Math.max(0, ...chart.categories.map((c) => pick(c, lang).length * charWidth));
  const stagger = widest > groupW - 4;
  const maxChars = Math.max(3, Math.floor(((stagger ? 2 : 1) * groupW - 6) / charWidth));
  const fit = (s: string): string => ([...s].length <= maxChars ? s : `${[...s].slice(0, maxChars - 1).join('')}…`);
  const categories = chart.categories.map((c, i) => ({ x: plot.x + i * groupW + groupW / 2, label: fit(pick(c, lang)), row: stagger ? i % 2 : 0 }));
  let lx = plot.x;
  const legend = chart.series.map((s) => {
    const label = pick(s.name, lang);
    const item = { x: lx, y: 10, color: s.color, label };
    lx += 22 + label.length * charWidth;
    return item;
  });
  return { width, height, plot, bars, ticks, categories, legend, unit: chart.unit };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n2 = (n: number): string => (Math.round(n * 100) / 100).toString();

/** The chart as a standalone SVG document (fonts: Roboto, which the PDF embeds). */
export function barChartSvg(chart: BarChart, lang: ReportLang, width: number, height: number): string {
  const l = barChartLayout(chart, lang, width, height);
  const font = 'font-family="Roboto" ';
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${n2(width)}" height="${n2(height)}" viewBox="0 0 ${n2(width)} ${n2(height)}">`];
  for (const t of l.ticks) {
    out.push(`<line x1="${n2(l.plot.x)}" y1="${n2(t.y)}" x2="${n2(l.plot.x + l.plot.w)}" y2="${n2(t.y)}" stroke="#d3dae4" stroke-width="0.5"/>`);
    out.push(`<text x="${n2(l.plot.x - 4)}" y="${n2(t.y + 3)}" ${font}font-size="7.5" fill="#5f6b7a" text-anchor="end">${esc(t.label)}</text>`);
  }
  out.push(`<text x="${n2(l.plot.x - 4)}" y="${n2(l.plot.y - 8)}" ${font}font-size="7.5" fill="#5f6b7a" text-anchor="end">${esc(l.unit)}</text>`);
  for (const b of l.bars) {
    out.push(`<rect x="${n2(b.x)}" y="${n2(b.y)}" width="${n2(b.w)}" height="${n2(b.h)}" fill="${esc(b.color)}"/>`);
    out.push(`<text x="${n2(b.x + b.w / 2)}" y="${n2(b.y - 2.5)}" ${font}font-size="7" fill="#1f2933" text-anchor="middle">${esc(b.label)}</text>`);
  }
  out.push(`<line x1="${n2(l.plot.x)}" y1="${n2(l.plot.y + l.plot.h)}" x2="${n2(l.plot.x + l.plot.w)}" y2="${n2(l.plot.y + l.plot.h)}" stroke="#1f3a5f" stroke-width="0.8"/>`);
  for (const c of l.categories) out.push(`<text x="${n2(c.x)}" y="${n2(l.plot.y + l.plot.h + 12 + c.row * 10)}" ${font}font-size="8" fill="#1f2933" text-anchor="middle">${esc(c.label)}</text>`);
  for (const g of l.legend) {
    out.push(`<rect x="${n2(g.x)}" y="${n2(g.y - 7)}" width="9" height="9" fill="${esc(g.color)}"/>`);
    out.push(`<text x="${n2(g.x + 13)}" y="${n2(g.y + 1)}" ${font}font-size="8" fill="#1f2933">${esc(g.label)}</text>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** The chart's data as table columns and rows (category first, one column per series). */
export function chartTable(chart: BarChart): { columns: Column[]; rows: Cell[][] } {
  return {
    columns: [
      { key: 'category', label: chart.categoryLabel, width: 1 },
      ...chart.series.map((s, i) => ({ key: `s${i}`, label: chart.unit ? { vi: `${s.name.vi} (${chart.unit})`, en: `${s.name.en} (${chart.unit})` } : s.name, width: 1.5, align: 'right' as const })),
    ],
    rows: chart.categories.map((c, i) => [c, ...chart.series.map((s) => s.values[i] ?? null)]),
  };
}
