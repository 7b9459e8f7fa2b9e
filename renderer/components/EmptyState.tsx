import type { ReactNode } from 'react';

type Props = { title: string; body?: string; children?: ReactNode };

/** A centred message for views with nothing to show yet. */
export function EmptyState({ title, body, children }: Props) {
  return (
    <div className="empty">
      <div className="empty-mark" aria-hidden="true" />
      <h2 className="empty-title">{title}</h2>
      {body ? <p className="empty-body">{body}</p> : null}
      {children ? <div className="empty-actions">{children}</div> : null}
    </div>
  );
}
