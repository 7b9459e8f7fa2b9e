import { useDeferredValue, useMemo } from 'react';
import type { ReadinessClass, RuleCount, Severity, VmReadiness } from '../../../shared/readiness';
import { formatInt } from '../../components/format';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { useT } from '../../state/langStore';
import { CLASS_KEY } from './ClassChart';
import { CLASSES, filterReadiness, SEVERITIES, type ReadinessFilter } from './readinessRows';
import { SEVERITY_KEY, SeverityPill } from './SeverityPill';

type Props = {
  vms: readonly VmReadiness[];
  rules: readonly RuleCount[];
  filter: ReadinessFilter;
  onFilter(f: ReadinessFilter): void;
  selected: string | null;
  onSelect(vmKey: string): void;
};

/** The VM list with class, complexity and findings; filters by class, severity, rule and text. */
export function ReadinessVmTable({ vms, rules, filter, onFilter, selected, onSelect }: Props) {
  const t = useT();
  const query = useDeferredValue(filter.query);
  const lang = t.lang;
  const rows = useMemo(() => filterReadiness(vms, { ...filter, query }, lang), [vms, filter, query, lang]);
  const ruleOptions = useMemo(() => rules.filter((r) => r.vms > 0 || r.unknown > 0), [rules]);
  const columns: VColumn<VmReadiness>[] = [
    {
      key: 'name',
      label: t('readiness.col.vm'),
      width: 'minmax(140px,1.3fr)',
      render: (v) => (
        <button
          type="button"
          className={`rd-link rd-vm${selected === v.vmKey ? ' is-selected' : ''}`}
          onClick={() => onSelect(v.vmKey)}
          title={t('ui.readiness.select', { name: v.name })}
          aria-pressed={selected === v.vmKey}
          data-testid={`rd-vm-${v.name}`}
        >
          {v.name}
        </button>
      ),
    },
    { key: 'cluster', label: t('readiness.col.cluster'), width: 'minmax(120px,1fr)', render: (v) => v.cluster ?? '—' },
    { key: 'class', label: t('readiness.col.class'), width: '170px', render: (v) => <span className={`pill rd-pill-${v.class}`}>{t(CLASS_KEY[v.class])}</span> },
    { key: 'cx', label: t('readiness.col.complexity'), width: '136px', align: 'center', render: (v) => <span className={`rd-cx rd-cx-${v.complexity}`}>{v.complexity}</span> },
    {
      key: 'findings',
      label: t('readiness.col.findings'),
      width: 'minmax(200px,2.2fr)',
      render: (v) =>
        v.findings.length === 0 ? (
          <span className="muted">{t('ui.readiness.noFindings')}</span>
        ) : (
          <span className="rd-inline-findings" title={v.findings.map((f) => t.text(f.label)).join(' · ')}>
            {v.findings.slice(0, 2).map((f, i) => (
              <SeverityPill key={i} severity={f.severity} acknowledged={f.acknowledged !== undefined}>
                {t.text(f.label)}
              </SeverityPill>
            ))}
            {v.findings.length > 2 ? <span className="muted">{t('ui.readiness.more', { n: v.findings.length - 2 })}</span> : null}
          </span>
        ),
    },
  ];
  const filtered = filter.cls !== 'all' || filter.severity !== 'all' || filter.rule !== 'all' || filter.query !== '';
  return (
    <>
      <div className="panel-head">
        <h2 data-testid="rd-vm-count" data-n={rows.length}>
          {t('ui.readiness.vmTable', { n: formatInt(t.lang, rows.length) })}
        </h2>
      </div>
      <div className="rd-filters">
        <label className="field">
          <span className="field-label">{t('ui.readiness.fClass')}</span>
          <select className="input select" value={filter.cls} onChange={(e) => onFilter({ ...filter, cls: e.target.value as ReadinessClass | 'all' })} data-testid="rd-f-class">
            <option value="all">{t('ui.readiness.all')}</option>
            {CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(CLASS_KEY[c])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.readiness.fSeverity')}</span>
          <select className="input select" value={filter.severity} onChange={(e) => onFilter({ ...filter, severity: e.target.value as Severity | 'all' })} data-testid="rd-f-severity">
            <option value="all">{t('ui.readiness.all')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(SEVERITY_KEY[s])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.readiness.fRule')}</span>
          <select className="input select rd-rule-select" value={filter.rule} onChange={(e) => onFilter({ ...filter, rule: e.target.value })} data-testid="rd-f-rule">
            <option value="all">{t('ui.readiness.all')}</option>
            {ruleOptions.map((r) => (
              <option key={r.ruleId} value={r.ruleId}>
                {t.text(r.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="field rd-search">
          <span className="field-label">{t('ui.readiness.search')}</span>
          <input className="input" type="search" value={filter.query} onChange={(e) => onFilter({ ...filter, query: e.target.value })} data-testid="rd-f-query" />
        </label>
        {filtered ? (
          <button type="button" className="btn rd-btn-sm rd-clear" onClick={() => onFilter({ cls: 'all', severity: 'all', rule: 'all', query: '' })}>
            {t('ui.readiness.clearFilters')}
          </button>
        ) : null}
      </div>
      <VirtualTable rows={rows} columns={columns} rowKey={(v) => v.vmKey} label={t('ui.readiness.vmTable', { n: rows.length })} height={420} rowHeight={34} empty={t('ui.readiness.noMatch')} />
    </>
  );
}
