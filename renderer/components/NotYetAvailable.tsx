import { useT } from '../state/langStore';
import { EmptyState } from './EmptyState';

/** The plain message of a workflow step that a later version adds: no fake figures. */
export function NotYetAvailable({ step }: { step: string }) {
  const t = useT();
  return <EmptyState title={t('ui.later.title')} body={t('ui.later.body', { step })} />;
}
