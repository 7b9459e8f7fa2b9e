import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';
import { visibleRange } from '../../components/virtualRange';
import { useT } from '../../state/langStore';
import { nextSort, sortRows, type SortState, type SortValue } from '../../components/tableModel';

export type SortColumn<R> = {
  key: string;
  label: string;
  /** CSS grid track, e.g. '2fr' or '90px'. */
  width: string;
  align?: 'left' | 'right';
  render(row: R): ReactNode;
  /** The value the column sorts by; without it the header is not sortable. */
  sortValue?: (row: R) => SortValue;
};

type Props<R> = {
  rows: readonly R[];
  columns: readonly SortColumn<R>[];
  rowKey: (row: R) => string;
  label: string;
  height?: number;
  rowHeight?: number;
  empty: string;
  testId?: string;
};

/**
 * A virtualised table whose headers sort (click, or Enter/Space on the focused header button: ascending,
 * descending, source order). Only the rows in view are in the DOM; the sorted list is memoised per rows
 * and sort, so 50k rows scroll and re-sort without rebuilding on every render.
 */
export function SortableTable<R>({ rows, columns, rowKey, label, height = 460, rowHeight = 32, empty, testId }: Props<R>) {
  const t = useT();
  const [sort, setSort] = useState<SortState>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const template = useMemo(() => columns.map((c) => c.width).join(' '), [columns]);
  const sortCol = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const sortFn = sortCol?.sortValue;
  const sorted = useMemo(() => (sort && sortFn ? sortRows(rows, sortFn, sort.dir) : rows), [rows, sortFn, sort]);
  const total = sorted.length * rowHeight;
  const { first, last } = visibleRange(scrollTop, height, rowHeight, sorted.length);

  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop), []);
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const el = body.current;
    if (!el) return;
    const page = height - rowHeight;
    const moves: Record<string, number> = { ArrowDown: rowHeight, ArrowUp: -rowHeight, PageDown: page, PageUp: -page };
    if (e.key in moves) el.scrollTop += moves[e.key] ?? 0;
    else if (e.key === 'Home') el.scrollTop = 0;
    else if (e.key === 'End') el.scrollTop = total;
    else return;
    e.preventDefault();
  };

  return (
    <div className="vtable inv-table" role="table" aria-label={label} aria-rowcount={sorted.length + 1} data-testid={testId}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => {
          const dir = sort?.key === c.key ? sort.dir : undefined;
          return (
            <div
              key={c.key}
              role="columnheader"
              className={`vcell align-${c.align ?? 'left'}`}
              aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : c.sortValue ? 'none' : undefined}
            >
              {c.sortValue ? (
                <button
                  type="button"
                  className="inv-sort"
                  onClick={() => setSort((s) => nextSort(s, c.key))}
                  title={t('ui.inv.sortBy', { col: c.label })}
                  data-testid={testId ? `${testId}-sort-${c.key}` : undefined}
                >
                  <span className="inv-sort-label">{c.label}</span>
                  <span className="inv-sort-mark" aria-hidden="true">
                    {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              ) : (
                c.label
              )}
            </div>
          );
        })}
      </div>
      {sorted.length === 0 ? (
        <div className="vtable-empty">{empty}</div>
      ) : (
        <div className="vtable-body" ref={body} style={{ height: Math.min(height, total + 2) }} onScroll={onScroll} onKeyDown={onKey} tabIndex={0}>
          <div style={{ height: total, position: 'relative' }}>
            {sorted.slice(first, last).map((r, i) => {
              const index = first + i;
              return (
                <div
                  key={rowKey(r)}
                  role="row"
                  aria-rowindex={index + 2}
                  className={`vtable-row${index % 2 ? ' odd' : ''}`}
                  style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="cell" className={`vcell align-${c.align ?? 'left'}`}>
                      {c.render(r)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
