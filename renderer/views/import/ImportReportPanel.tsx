import { useMemo, useState } from 'react';
import { countBySeverity, type ImportIssue, type ImportReport, type Severity } from '../../../shared/model/importReport';
import { formatBytes, formatInt } from '../../components/format';
import { Segmented } from '../../components/Segmented';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { useT } from '../../state/langStore';

type Filter = Severity | 'all';
const FILTERS: readonly Filter[] = ['all', 'error', 'warning', 'info'];

/** Sheet, row and column of a finding (the file is shown on its own line). */
function place(i: ImportIssue): string {
  return [i.sheet, i.row !== undefined ? `#${i.row}` : undefined, i.column].filter(Boolean).join(' · ');
}

/** The import report: files read, rows left out on purpose, and the findings with a severity filter. */
export function ImportReportPanel({ report }: { report: ImportReport }) {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('all');
  const counts = countBySeverity(report);
  const shown = useMemo(() => (filter === 'all' ? report.issues : report.issues.filter((i) => i.severity === filter)), [report, filter]);
  const filterLabel = (f: Filter): string => {
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
        {report.excluded.length > 0 ? (
          <>
            <h3>{t('ui.import.excluded')}</h3>
            <ul className="plain">
              {report.excluded.map((x) => (
                <li key={x.reason} title={x.names.slice(0, 50).join(', ')}>
                  {t('ui.import.excludedRow', { reason: reasonLabel(x.reason), count: formatInt(t.lang, x.count) })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div className="panel panel-wide">
        <div className="panel-head">
          <h2>{t('ui.import.issues')}</h2>
          <Segmented<Filter> options={FILTERS.map((f) => ({ value: f, label: filterLabel(f) }))} value={filter} onChange={setFilter} label={t('ui.import.filter')} />
        </div>
        <VirtualTable rows={shown} columns={columns} label={t('ui.import.issues')} height={360} rowHeight={48} empty={t('ui.import.noIssues')} />
      </div>
    </div>
  );
}
