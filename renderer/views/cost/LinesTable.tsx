import { formatMoney, formatQuantity, tagLabel, unitLabel, type CostResult } from '../../../shared/cost';
import { useT } from '../../state/langStore';

const TAG_CLASS = { estimated: 'pill-info', quoted: 'pill-on', unpriced: 'pill-warning' } as const;

/** Every TCO line: quantity, unit price in its own currency, tag, amount in the plan's currency, source and date. */
export function LinesTable({ result }: { result: CostResult }) {
  const t = useT();
  const money = (n: number | null): string => (n === null ? '—' : formatMoney(n, result.currency, t.lang));
  return (
    <div className="cost-stack" data-testid="cost-lines">
      <p className="muted">{t('ui.cost.linesLead')}</p>
      <div className="table-wrap">
        <table className="table cost-table">
          <thead>
            <tr>
              <th>{t('ui.cost.colItem')}</th>
              <th className="num">{t('ui.cost.colQty')}</th>
              <th className="num">{t('ui.cost.colUnitPrice')}</th>
              <th>{t('ui.cost.colTag')}</th>
              <th className="num">{t('ui.cost.colAmount')}</th>
              <th className="num">{t('ui.cost.colTotal', { years: result.years })}</th>
              <th>{t('ui.cost.colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((l) => (
              <tr key={l.item} data-item={l.item} data-tag={l.tag}>
                <td>
                  <div className="strong">{t.text(l.label)}</div>
                  {l.note ? <div className="muted small">{t.text(l.note)}</div> : null}
                  {l.discountPct ? <div className="muted small">{t('ui.cost.discountApplied', { pct: l.discountPct })}</div> : null}
                </td>
                <td className="num">{l.quantity === null ? <span className="muted">{t('ui.cost.unknown')}</span> : formatQuantity(l.quantity, t.lang)}</td>
                <td className="num">
                  {l.unitPrice === null ? '—' : formatMoney(l.unitPrice, l.currency, t.lang)}
                  <div className="muted small">{t.text(unitLabel(l.unit))}</div>
                </td>
                <td>
                  <span className={`pill ${TAG_CLASS[l.tag]}`}>{t.text(tagLabel(l.tag))}</span>
                  {l.unpricedReason ? <div className="muted small">{t(`ui.cost.reason.${l.unpricedReason}`)}</div> : null}
                </td>
                <td className="num">
                  {money(l.amount)}
                  <div className="muted small">{l.recurring ? t('ui.cost.perYear') : t('ui.cost.once')}</div>
                </td>
                <td className="num strong">{money(l.total)}</td>
                <td className="cost-source">
                  {l.source || '—'}
                  {l.validFrom ? <div className="muted small">{t('ui.cost.validFrom', { date: l.validFrom })}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
