import { useT } from '../state/langStore';
import { useNavStore } from '../state/navStore';
import { EmptyState } from './EmptyState';

/** The page a workflow step shows while no project is open: a short reason and the way to the Import step. */
export function NoProjectView({ title, body }: { title?: string; body?: string }) {
  const t = useT();
  const go = useNavStore((s) => s.go);
  return (
    <section className="view">
      <EmptyState title={title ?? t('ui.shell.noProject')} body={body ?? t('ui.inv.empty')}>
        <button type="button" className="btn btn-primary" onClick={() => go('import')}>
          {t('ui.inv.goImport')}
        </button>
      </EmptyState>
    </section>
  );
}
