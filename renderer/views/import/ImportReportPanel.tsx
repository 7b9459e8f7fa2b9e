import { useDeferredValue, useMemo, useState } from 'react';
import { countBySeverity, type ImportIssue, type ImportReport } from '../../../shared/model/importReport';
import { formatBytes, formatInt } from '../../components/format';
import { Segmented } from '../../components/Segmented';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { useT } from '../../state/langStore';
import { filterIssues, reportCounts, type SeverityFilter } from './issueFilter';

const FILTERS: readonly SeverityFilter[] = ['all', 'error', 'warning', 'info'];

/** Sheet, row and column of a finding (the file is shown on its own line). */
function place(i: ImportIssue): string {
  return [i.sheet, i.row !== undefined ? `#${i.row}` : undefined, i.column].filter(Boolean).join(' · ');
}

/**
 * The import report: files read, rows left out on purpose, fields no source provided, and the findings with
 * a severity filter and a search over code, file, sheet and message.
 */
export function ImportReportPanel({ report }: { report: ImportReport }) {
  const t = useT();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query);
  const counts = countBySeverity(report);
  const totals = reportCounts(report);
  const shown = useMemo(() => filterIssues(report.issues, filter, q, t.lang), [report, filter, q, t.lang]);
  const filterLabel = (f: SeverityFilter): string => {
    if (f === 'all') return t('ui.import.filterAll', { n: report.issues.length });
    if (f === 'error') return t('ui.import.filterError', { n: counts.error });
    if (f === 'warning') return t('ui.import.filterWarning', { n: counts.warning });
    return t('ui.import.filterInfo', { n: counts.info });
  };
  const reasonLabel = (r: string): string =>
    r === 'template' ? t('ui.import.reason.template') : r === 'srmPlaceholder' ? t('ui.import.reason.srmPlaceholder') : r;
  const columns: VColumn<ImportIssue>[] = [
    {
      key: 'sev',
      label: t('ui.import.colSeverity'),
      width: '110px',
      render: (i) => <span className={`pill pill-${i.severity}`}>{t(i.severity === 'error' ? 'common.error' : i.severity === 'warning' ? 'common.warning' : 'common.info')}</span>,
    },
    { key: 'code', label: t('ui.import.colCode'), width: '190px', render: (i) => <code>{i.code}</code> },
    {
      key: 'where',
      label: t('ui.import.colWhere'),
      width: '1.2fr',
      render: (i) => (
        <div className="where" title={[i.file, place(i)].filter(Boolean).join(' · ')}>
          <div>{place(i) || '—'}</div>
          {i.file ? <div className="muted where-file">{i.file}</div> : null}
        </div>
      ),
    },
    { key: 'msg', label: t('ui.import.colMessage'), width: '3fr', wrap: true, render: (i) => <span title={t.text(i.message)}>{t.text(i.message)}</span> },
  ];

  return (
    <div className="panel-grid">
      <div className="panel">
        <h2>{t('ui.import.files')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th>{t('ui.import.fileName')}</th>
              <th>{t('ui.import.fileKind')}</th>
              <th className="num">{t('ui.import.fileSize')}</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f) => (
              <tr key={f.name}>
                <td>{f.name}</td>
                <td>
                  <code>{f.kind}</code>
                </td>
                <td className="num">{formatBytes(t.lang, f.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted imp-counts" data-testid="import-counts" data-excluded={totals.excluded} data-unknown={totals.unknown}>
          {t('ui.import.countsLine', { excluded: formatInt(t.lang, totals.excluded), unknown: formatInt(t.lang, totals.unknown) })}
        </p>
        <h3>{t('ui.import.excluded')}</h3>
        {report.excluded.length > 0 ? (
          <ul className="plain" data-testid="import-excluded">
            {report.excluded.map((x) => (
              <li key={x.reason} title={x.names.slice(0, 50).join(', ')}>
                {t('ui.import.excludedRow', { reason: reasonLabel(x.reason), count: formatInt(t.lang, x.count) })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('ui.import.excludedNone')}</p>
        )}
        <h3>{t('ui.import.unknown')}</h3>
        {report.unknown.length > 0 ? (
          <ul className="plain" data-testid="import-unknown">
            {report.unknown.map((u) => (
              <li key={u.field} title={t.text(u.why)}>
                {t('ui.import.unknownRow', { field: u.field, count: formatInt(t.lang, u.count) })}
                <div className="muted imp-why">{t.text(u.why)}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('ui.import.unknownNone')}</p>
        )}
      </div>
      <div className="panel panel-wide">
        <div className="panel-head">
          <h2>{t('ui.import.issues')}</h2>
          <Segmented<SeverityFilter> options={FILTERS.map((f) => ({ value: f, label: filterLabel(f), testId: `issues-filter-${f}` }))} value={filter} onChange={setFilter} label={t('ui.import.filter')} />
        </div>
        <div className="imp-toolbar">
          <input
            className="input search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('ui.import.search')}
            aria-label={t('ui.import.search')}
            data-testid="issues-search"
          />
          <span className="muted" data-testid="issues-shown" data-count={shown.length}>
            {t('ui.import.shown', { shown: formatInt(t.lang, shown.length), total: formatInt(t.lang, report.issues.length) })}
          </span>
        </div>
        <VirtualTable
          rows={shown}
          columns={columns}
          label={t('ui.import.issues')}
          height={360}
          rowHeight={48}
          empty={report.issues.length === 0 ? t('ui.import.noIssues') : t('ui.import.noMatch')}
        />
      </div>
    </div>
  );
}
