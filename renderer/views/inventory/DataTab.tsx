import { useDeferredValue, useMemo, useState } from 'react';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { SortableTable, type SortColumn } from './SortableTable';
import { searchIndex, searchRows } from '../../components/tableModel';

/** A drop-down filter of a tab: its options and which rows each keeps. */
export type TabFilter<R> = {
  label: string;
  options: readonly { value: string; label: string }[];
  keep(row: R, value: string): boolean;
};

type Props<R> = {
  id: string;
  rows: readonly R[];
  columns: readonly SortColumn<R>[];
  rowKey: (row: R) => string;
  /** The texts the search box looks in. */
  searchFields: (row: R) => readonly (string | number | undefined)[];
  filter?: TabFilter<R>;
  label: string;
};

/** One Inventory tab: a search box, an optional filter, a row count and the sortable virtualised table. */
export function DataTab<R>({ id, rows, columns, rowKey, searchFields, filter, label }: Props<R>) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState('');
  const q = useDeferredValue(query);
  const index = useMemo(() => searchIndex(rows, searchFields), [rows, searchFields]);
  const searched = useMemo(() => searchRows(rows, index, q), [rows, index, q]);
  const shown = useMemo(() => (filter && choice !== '' ? searched.filter((r) => filter.keep(r, choice)) : searched), [searched, filter, choice]);
  return (
    <>
      <div className="inv-toolbar">
        <input
          className="input search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('ui.inv.search')}
          aria-label={`${label}: ${t('ui.inv.search')}`}
          data-testid={`${id}-search`}
        />
        {filter ? (
          <label className="inv-filter">
            <span>{filter.label}</span>
            <select className="input" value={choice} onChange={(e) => setChoice(e.target.value)} data-testid={`${id}-filter`}>
              <option value="">{t('ui.inv.filterAll')}</option>
              {filter.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <span className="muted inv-count" data-testid={`${id}-count`} data-count={shown.length}>
          {t('ui.inv.rows', { shown: formatInt(t.lang, shown.length), total: formatInt(t.lang, rows.length) })}
        </span>
      </div>
      <SortableTable rows={shown} columns={columns} rowKey={rowKey} label={label} empty={t('ui.inv.noRows')} testId={`${id}-table`} />
    </>
  );
}
