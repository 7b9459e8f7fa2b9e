import type { ClusterHaCheck } from '../../../shared/plan';
import type { TKey } from '../../../shared/i18n';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { sweepNodes, sweepRows } from './sweepRows';

/** The N-1 sweep of one cluster from the plan: one row per failed node, with a heat map of node memory use. */
export function SweepTable({ check }: { check: ClusterHaCheck }) {
  const t = useT();
  const s = check.sweep;
  return (
    <div className="panel" data-testid="sim-sweep">
      <div className="panel-head">
        <h2>{t('ui.simulate.sweep')}</h2>
      </div>
      {!s ? (
        <p className="muted">{t(`ui.simulate.sweepSkipped.${check.skipped ?? 'no-ha-resources'}` as TKey)}</p>
      ) : (
        <>
          <p className="muted">{t('ui.simulate.sweepLead')}</p>
          <div className="table-wrap">
            <table className="table sim-sweep-table" data-testid="sim-sweep-table">
              <thead>
                <tr>
                  <th>{t('ui.simulate.colFailed')}</th>
                  <th className="num">{t('ui.simulate.colMoved')}</th>
                  <th className="num">{t('ui.simulate.colUnrecovered')}</th>
                  <th>{t('ui.simulate.colOver')}</th>
                  <th className="num">{t('ui.simulate.colRecovery')}</th>
                  {sweepNodes(s).map((n) => (
                    <th key={n} className="sim-heat-head">
                      {n}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sweepRows(s).map((r) => (
                  <tr key={r.failed.join('+')}>
                    <td className="strong">
                      {r.failed.join(', ')}
                      {r.quorate ? null : <span className="pill pill-error sim-gap">{t('ui.simulate.noQuorum')}</span>}
                    </td>
                    <td className="num">{formatInt(t.lang, r.moved)}</td>
                    <td className="num">{r.unrecovered > 0 ? <span className="pill pill-error">{formatInt(t.lang, r.unrecovered)}</span> : '0'}</td>
                    <td>{r.overcommitted.length > 0 ? r.overcommitted.join(', ') : t('ui.simulate.none')}</td>
                    <td className="num">{r.recoverySeconds === null ? t('ui.simulate.none') : t('ui.simulate.seconds', { n: r.recoverySeconds })}</td>
                    {r.cells.map((c) => (
                      <td key={c.node} className={`sim-heat sim-heat-${c.heat}`}>
                        {c.heat === 'failed' ? t('ui.simulate.failedCell') : c.pct === null ? t('ui.simulate.unknown') : `${formatInt(t.lang, Math.round(c.pct))} %`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted sim-small">{t('ui.simulate.heatLegend')}</p>
          <p className="muted sim-small">{t.text(s.capacityNote)}</p>
        </>
      )}
    </div>
  );
}
