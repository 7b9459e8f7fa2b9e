import { formatMoney, type CostResult } from '../../../shared/cost';
import { barChartLayout } from '../../../shared/report/chart';
import { costChart } from '../../../shared/report/sections/cost';
import { useT } from '../../state/langStore';

const WIDTH = 760;
const HEIGHT = 260;

/**
 * Year-by-year comparison: cumulative cost at the end of each year, VMware renewal against Proxmox. The
 * geometry is the same layout the PDF draws (shared/report/chart.ts), here as React SVG.
 */
export function CostChart({ result }: { result: CostResult }) {
  const t = useT();
  const chart = costChart(result);
  const l = barChartLayout(chart, t.lang, WIDTH, HEIGHT, { charWidth: 7 });
  return (
    <figure className="cost-chart" data-testid="cost-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('ui.cost.chartLabel', { years: result.years, currency: result.currency })}>
        {l.ticks.map((k) => (
          <g key={k.value}>
            <line x1={l.plot.x} x2={l.plot.x + l.plot.w} y1={k.y} y2={k.y} className="cost-chart-grid" />
            <text x={l.plot.x - 6} y={k.y + 4} textAnchor="end" className="cost-chart-tick">
              {k.label}
            </text>
          </g>
        ))}
        <text x={l.plot.x - 6} y={l.plot.y - 10} textAnchor="end" className="cost-chart-tick">
          {l.unit}
        </text>
        {l.bars.map((b) => (
          <g key={`${b.series}-${b.category}`}>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              fill={b.color}
              data-series={b.series === 0 ? 'vmware' : 'proxmox'}
              data-year={b.category + 1}
              data-value={b.value}
            >
              <title>{`${t.text(chart.series[b.series]?.name ?? { vi: '', en: '' })} · ${t.text(chart.categories[b.category] ?? { vi: '', en: '' })}: ${formatMoney(b.value, result.currency, t.lang)}`}</title>
            </rect>
            <text x={b.x + b.w / 2} y={b.y - 4} textAnchor="middle" className="cost-chart-value">
              {b.label}
            </text>
          </g>
        ))}
        <line x1={l.plot.x} x2={l.plot.x + l.plot.w} y1={l.plot.y + l.plot.h} y2={l.plot.y + l.plot.h} className="cost-chart-axis" />
        {l.categories.map((c) => (
          <text key={c.label} x={c.x} y={l.plot.y + l.plot.h + 16 + c.row * 12} textAnchor="middle" className="cost-chart-cat">
            {c.label}
          </text>
        ))}
        {l.legend.map((g) => (
          <g key={g.label}>
            <rect x={g.x} y={g.y - 8} width={10} height={10} fill={g.color} />
            <text x={g.x + 14} y={g.y + 1} className="cost-chart-cat">
              {g.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">{t('ui.cost.chartCaption')}</figcaption>
    </figure>
  );
}
