import { useState } from 'react';
import { costHeadline, formatMoney, roundMoney } from '../../../shared/cost';
import { NoProjectView } from '../../components/NoProjectView';
import { StatCard } from '../../components/StatCard';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';
import { CostChart } from './CostChart';
import { CostTabs, type CostTab } from './CostTabs';
import { InputsPanel } from './InputsPanel';
import { ClusterTierTable, HostCountTable } from './LicenceTables';
import { LinesTable } from './LinesTable';
import { AssumptionsPanel, FeaturesPanel, NotesPanel } from './NotesPanel';
import { PlanStatusNote } from '../design/PlanStatusNote';
import { PriceBookEditor } from './PriceBookEditor';
import { useCost } from './useCost';
import { WhatIfBar } from './WhatIfBar';
import './cost.css';

const TABS: readonly CostTab[] = ['lines', 'hosts', 'clusters', 'prices', 'inputs', 'features', 'notes', 'assumptions'];

/**
 * Cost step (a workshop tool): the headline and totals, what-if switches that change them as you click, the
 * year-by-year chart, the licence count per host with its rule, Proxmox levels per cluster, the TCO lines,
 * the price book editor, what the edition of today gates, the licensing and operations notes and the
 * assumptions with the calculator version.
 */
export function CostView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const cost = useCost();
  const [tab, setTab] = useState<CostTab>('lines');
  if (!project) return <NoProjectView />;
  if (!cost) {
    return (
      <section className="view">
        <div className="loading">{t('ui.cost.computing')}</div>
      </section>
    );
  }
  const { result: r, inputs, book } = cost;
  const v = r.totals.vmware;
  const p = r.totals.proxmox;
  const diff = v.total - p.total;
  const money = (n: number): string => formatMoney(n, r.currency, t.lang);
  return (
    <section className="view cost-view" aria-labelledby="cost-title" data-testid="cost-view">
      <header className="view-head">
        <h1 id="cost-title">{t('ui.cost.title')}</h1>
        <p className="lead">{t('ui.cost.lead')}</p>
      </header>
      <PlanStatusNote />
      <div
        className={`panel cost-headline${r.unpriced > 0 ? ' incomplete' : ''}`}
        data-testid="cost-totals"
        data-currency={r.currency}
        data-years={r.years}
        data-vmware={roundMoney(v.total, r.currency)}
        data-proxmox={roundMoney(p.total, r.currency)}
        data-unpriced={r.unpriced}
      >
        <p className="cost-headline-text" data-testid="cost-headline">
          {t.text(costHeadline(r))}
        </p>
        <p className="muted small">{t('ui.cost.version', { version: r.calculatorVersion })}</p>
      </div>
      <div className="stats">
        <StatCard label={t('ui.cost.totalVmware', { years: r.years })} value={money(v.total)} hint={t('ui.cost.perYearHint', { amount: money(v.annual) })} testId="cost-total-vmware" />
        <StatCard
          label={t('ui.cost.totalProxmox', { years: r.years })}
          value={money(p.total)}
          hint={t('ui.cost.perYearOneOff', { amount: money(p.annual), oneOff: money(p.oneOff) })}
          testId="cost-total-proxmox"
        />
        <StatCard label={t(diff >= 0 ? 'ui.cost.saving' : 'ui.cost.extra')} value={money(Math.abs(diff))} hint={r.unpriced > 0 ? t('ui.cost.diffIncomplete') : undefined} testId="cost-diff" />
        <StatCard label={t('ui.cost.unpricedLines')} value={String(r.unpriced)} hint={r.unpriced > 0 ? t('ui.cost.unpricedHint') : t('ui.cost.allPriced')} testId="cost-unpriced" />
      </div>
      {r.issues.length > 0 ? (
        <ul className="cost-issues panel" data-testid="cost-issues">
          {r.issues.map((i, n) => (
            <li key={n} className={i.severity === 'error' ? 'cost-error' : 'cost-warning'}>
              <code>{i.code}</code> {t.text(i.message)}
            </li>
          ))}
        </ul>
      ) : null}
      <WhatIfBar inputs={inputs} result={r} />
      <div className="panel">
        <h2>{t('ui.cost.chartTitle')}</h2>
        <CostChart result={r} />
      </div>
      <div className="panel">
        <CostTabs
          tabs={TABS.map((id) => ({ id, label: t(`ui.cost.tab.${id}`) }))}
          value={tab}
          onChange={setTab}
          label={t('ui.cost.tabs')}
        />
        <div role="tabpanel" id={`cost-panel-${tab}`} aria-labelledby={`cost-tab-${tab}`} className="cost-panel">
          {tab === 'lines' ? <LinesTable result={r} /> : null}
          {tab === 'hosts' ? <HostCountTable result={r} /> : null}
          {tab === 'clusters' ? <ClusterTierTable result={r} inputs={inputs} /> : null}
          {tab === 'prices' ? <PriceBookEditor inputs={inputs} book={book} result={r} /> : null}
          {tab === 'inputs' ? <InputsPanel inputs={inputs} result={r} /> : null}
          {tab === 'features' ? <FeaturesPanel result={r} /> : null}
          {tab === 'notes' ? <NotesPanel result={r} /> : null}
          {tab === 'assumptions' ? <AssumptionsPanel result={r} /> : null}
        </div>
      </div>
    </section>
  );
}
