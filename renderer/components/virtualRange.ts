/** Extra rows rendered above and below the viewport so fast scrolling shows no blank band. */
export const OVERSCAN = 8;

/** The slice [first, last) of rows a virtual list renders for a scroll position. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = OVERSCAN): { first: number; last: number } {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, Math.min(scrollTop, count * rowHeight));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewport)) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
