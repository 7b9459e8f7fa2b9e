import { visibleRange } from './virtualRange';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';

export type VColumn<R> = {
  key: string;
  label: string;
  /** CSS grid track, e.g. '2fr' or '90px'. */
  width: string;
  align?: 'left' | 'right' | 'center';
  /** Let the text wrap onto two lines (use with a taller rowHeight). */
  wrap?: boolean;
  render(row: R): ReactNode;
};

type Props<R> = {
  rows: readonly R[];
  columns: readonly VColumn<R>[];
  /** Stable row key; defaults to the row index. */
  rowKey?: (row: R, index: number) => string;
  label: string;
  /** Visible height of the body in pixels. */
  height?: number;
  rowHeight?: number;
  empty?: string;
};

/**
 * A virtualised table: only the rows in view (plus a few) are in the DOM, so 50k rows scroll smoothly.
 * ARIA grid semantics; arrow keys, Page Up/Down, Home/End scroll the body when it has focus.
 */
export function VirtualTable<R>({ rows, columns, rowKey, label, height = 420, rowHeight = 32, empty }: Props<R>) {
  const [scrollTop, setScrollTop] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const template = useMemo(() => columns.map((c) => c.width).join(' '), [columns]);
  const total = rows.length * rowHeight;
  const { first, last } = visibleRange(scrollTop, height, rowHeight, rows.length);

  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop), []);
  const onKey = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const el = body.current;
      if (!el) return;
      const page = height - rowHeight;
      const moves: Record<string, number> = { ArrowDown: rowHeight, ArrowUp: -rowHeight, PageDown: page, PageUp: -page };
      if (e.key in moves) el.scrollTop += moves[e.key] ?? 0;
      else if (e.key === 'Home') el.scrollTop = 0;
      else if (e.key === 'End') el.scrollTop = total;
      else return;
      e.preventDefault();
    },
    [height, rowHeight, total],
  );

  const visible = rows.slice(first, last);
  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className={`vcell align-${c.align ?? 'left'}`}>
            {c.label}
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <div className="vtable-empty">{empty}</div>
      ) : (
        <div className="vtable-body" ref={body} style={{ height: Math.min(height, total + 2) }} onScroll={onScroll} onKeyDown={onKey} tabIndex={0}>
          <div style={{ height: total, position: 'relative' }}>
            {visible.map((r, i) => {
              const index = first + i;
              return (
                <div
                  key={rowKey ? rowKey(r, index) : index}
                  role="row"
                  aria-rowindex={index + 2}
                  className={`vtable-row${index % 2 ? ' odd' : ''}`}
                  style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="cell" className={`vcell align-${c.align ?? 'left'}${c.wrap ? ' wrap' : ''}`}>
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
