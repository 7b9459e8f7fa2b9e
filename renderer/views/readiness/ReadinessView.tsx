import { useCallback, useMemo, useState } from 'react';
import { Banner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { useNavStore } from '../../state/navStore';
import { usePlanStore } from '../../state/planStore';
import { useProjectStore } from '../../state/projectStore';
import { ClassChart } from './ClassChart';
import { FindingPanel } from './FindingPanel';
import { NO_FILTER, type ReadinessFilter } from './readinessRows';
import { ReadinessVmTable } from './ReadinessVmTable';
import { RuleSummary } from './RuleSummary';
import './readiness.css';

/** Readiness step: counts by class (bar chart) and by rule, the filterable VM table, and finding details. */
export function ReadinessView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const plan = usePlanStore((s) => s.plan);
  const status = usePlanStore((s) => s.status);
  const error = usePlanStore((s) => s.error);
  const go = useNavStore((s) => s.go);
  const [filter, setFilter] = useState<ReadinessFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string | null>(null);
  const readiness = plan?.readiness;
  const labels = useMemo(() => new Map((readiness?.rules ?? []).map((r) => [r.ruleId, r.label])), [readiness]);
  const ruleLabel = useCallback((id: string) => {
    const l = labels.get(id);
    return l ? t.text(l) : id;
  }, [labels, t]);

  if (!project) {
    return (
      <section className="view">
        <EmptyState title={t('ui.shell.noProject')} body={t('ui.readiness.empty')}>
          <button type="button" className="btn btn-primary" onClick={() => go('import')}>
            {t('ui.readiness.goImport')}
          </button>
        </EmptyState>
      </section>
    );
  }
  if (!readiness) {
    return (
      <section className="view">
        {status === 'error' && error ? (
          <Banner tone="error" code={error.code} message={error.message} />
        ) : (
          <div className="loading" role="status">{t('ui.readiness.computing')}</div>
        )}
      </section>
    );
  }
  const stale = status === 'running';
  const pickRule = (ruleId: string): void => setFilter({ ...NO_FILTER, rule: ruleId });
  return (
    <section className="view" aria-labelledby="rd-title" aria-busy={stale}>
      <header className="view-head">
        <h1 id="rd-title">{t('ui.readiness.title')}</h1>
        <p className="lead">{t('ui.readiness.lead')}</p>
      </header>
      {stale ? (
        <div className="rd-stale" role="status" data-testid="rd-stale">
          {t('ui.readiness.stale')}
        </div>
      ) : null}
      {status === 'error' && error ? <Banner tone="error" code={error.code} message={error.message} /> : null}
      <div className={`rd-top${stale ? ' is-stale' : ''}`}>
        <div className="panel">
          <div className="panel-head">
            <h2>{t('ui.readiness.byClass')}</h2>
            <span className="muted" data-testid="rd-total" data-n={readiness.summary.total}>
              {t('ui.readiness.total', { n: formatInt(t.lang, readiness.summary.total) })}
            </span>
          </div>
          <ClassChart summary={readiness.summary} onPick={(cls) => setFilter({ ...NO_FILTER, cls })} />
        </div>
        <div className="panel">
          <div className="panel-head">
            <h2>{t('ui.readiness.byRule')}</h2>
          </div>
          <RuleSummary rules={readiness.rules} onPick={pickRule} />
        </div>
      </div>
      <div className={`rd-main${stale ? ' is-stale' : ''}`}>
        <div className="panel">
          <ReadinessVmTable vms={readiness.vms} rules={readiness.rules} filter={filter} onFilter={setFilter} selected={selected} onSelect={setSelected} />
        </div>
        <aside className="panel rd-side" aria-label={t('ui.readiness.detail')}>
          <h2>{t('ui.readiness.detail')}</h2>
          <FindingPanel vm={selected ? readiness.byKey[selected] : undefined} ruleLabel={ruleLabel} />
        </aside>
      </div>
    </section>
  );
}
