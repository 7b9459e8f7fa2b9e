import type { RuleCount } from '../../../shared/readiness';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { activeRules } from './readinessRows';
import { SeverityPill } from './SeverityPill';

type Props = { rules: readonly RuleCount[]; onPick(ruleId: string): void };

/** Rules with findings or unknowns: label, severity, VMs affected, acknowledged and unknown counts. */
export function RuleSummary({ rules, onPick }: Props) {
  const t = useT();
  const active = activeRules(rules);
  const quiet = rules.length - active.length;
  return (
    <>
      <div className="table-wrap rd-rules">
        <table className="table" data-testid="rd-rules">
          <thead>
            <tr>
              <th>{t('readiness.col.rule')}</th>
              <th>{t('readiness.col.severity')}</th>
              <th className="num">{t('readiness.col.vms')}</th>
              <th className="num">{t('readiness.col.acknowledged')}</th>
              <th className="num">{t('readiness.col.unknown')}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((r) => (
              <tr key={r.ruleId} data-rule={r.ruleId}>
                <td>
                  <button type="button" className="rd-link" onClick={() => onPick(r.ruleId)} title={t('ui.readiness.filterRule')}>
                    {t.text(r.label)}
                  </button>
                </td>
                <td>
                  <SeverityPill severity={r.severity} />
                </td>
                <td className="num" data-testid={`rd-rule-vms-${r.ruleId}`}>
                  {formatInt(t.lang, r.vms)}
                </td>
                <td className="num">{r.acknowledged > 0 ? formatInt(t.lang, r.acknowledged) : ''}</td>
                <td className="num">{r.unknown > 0 ? formatInt(t.lang, r.unknown) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {quiet > 0 ? <p className="muted rd-quiet">{t('ui.readiness.rulesQuiet', { n: quiet })}</p> : null}
    </>
  );
}
