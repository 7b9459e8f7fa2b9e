import { platform } from '../../platform';
import { listRecent, openProject, saveProject } from '../../state/actions';
import { redo, undo } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';

/** Header tools of the open project: open, save, save as, recent, undo, redo. */
export function ProjectBar() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const canUndo = useProjectStore((s) => s.past.length > 0);
  const canRedo = useProjectStore((s) => s.future.length > 0);
  const ref = useProjectStore((s) => s.ref);
  const web = platform().kind === 'web';
  return (
    <div className="project-bar" role="toolbar" aria-label={t('project.bar.label')}>
      <button type="button" className="btn btn-small" onClick={() => void openProject()} data-testid="project-open" title="Ctrl+Shift+O">
        {t('project.bar.open')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => void saveProject(false)} disabled={!project} data-testid="project-save" title={ref ? t('project.bar.savedAt', { where: ref.name }) : 'Ctrl+S'}>
        {web ? t('project.bar.saveBrowser') : t('project.bar.save')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => void saveProject(true)} disabled={!project} data-testid="project-save-as" title="Ctrl+Shift+S">
        {t('project.bar.saveAs')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => void listRecent()} data-testid="project-recent">
        {t('project.bar.recent')}
      </button>
      <span className="project-bar-sep" aria-hidden="true" />
      <button type="button" className="btn btn-small" onClick={() => undo()} disabled={!canUndo} data-testid="undo" title="Ctrl+Z" aria-keyshortcuts="Control+Z">
        ↶ {t('project.bar.undo')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => redo()} disabled={!canRedo} data-testid="redo" title="Ctrl+Shift+Z" aria-keyshortcuts="Control+Shift+Z">
        ↷ {t('project.bar.redo')}
      </button>
    </div>
  );
}
