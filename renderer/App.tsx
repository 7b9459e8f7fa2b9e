import { useEffect } from 'react';
import { AVAILABLE, NavBar, STEP_KEY } from './components/NavBar';
import { Banner } from './components/Banner';
import { LangSwitch } from './components/LangSwitch';
import { NotYetAvailable } from './components/NotYetAvailable';
import { platform } from './platform';
import { boot, loadDemo, openAndImport, openProject, saveProject } from './state/actions';
import { redo, undo } from './state/decisions';
import { useDialogStore } from './state/dialogStore';
import { ProjectBar } from './views/project/ProjectBar';
import { ProjectDialogs } from './views/project/ProjectDialogs';
import { useLangStore, useT } from './state/langStore';
import { STEPS, useNavStore, type Step } from './state/navStore';
import { useProjectStore } from './state/projectStore';
import { followProject } from './state/planStore';
import { ExportView } from './views/export/ExportView';
import { ImportView } from './views/import/ImportView';
import { InventoryView } from './views/inventory/InventoryView';
import { MappingView } from './views/mapping/MappingView';
import { DesignView } from './views/design/DesignView';
import { HaView } from './views/ha/HaView';
import { ReadinessView } from './views/readiness/ReadinessView';
import { SimulateView } from './views/simulate/SimulateView';
import { ChecklistsView } from './views/checklists/ChecklistsView';
import { CostView } from './views/cost/CostView';
import { WavesView } from './views/waves/WavesView';

function View({ step }: { step: Step }) {
  const t = useT();
  if (step === 'import') return <ImportView />;
  if (step === 'inventory') return <InventoryView />;
  if (step === 'mapping') return <MappingView />;
  if (step === 'readiness') return <ReadinessView />;
  if (step === 'simulate') return <SimulateView />;
  if (step === 'checklists') return <ChecklistsView />;
  if (step === 'design') return <DesignView />;
  if (step === 'ha') return <HaView />;
  if (step === 'cost') return <CostView />;
  if (step === 'waves') return <WavesView />;
  if (step === 'export') return <ExportView />;
  return (
    <section className="view">
      <NotYetAvailable step={t(STEP_KEY[step])} />
    </section>
  );
}

/** Keys typed here belong to the field (its own undo), not to the app. */
function isEditable(el: EventTarget | Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(el.type);
  return false;
}

/** The app shell: header (project, language), workflow navigation, the current step, banners. */
export function App() {
  const t = useT();
  const step = useNavStore((s) => s.step);
  const go = useNavStore((s) => s.go);
  const project = useProjectStore((s) => s.project);
  const booted = useProjectStore((s) => s.booted);
  const banners = useProjectStore((s) => s.banners);
  const dismiss = useProjectStore((s) => s.dismissBanner);

  useEffect(() => {
    followProject();
    void boot();
  }, []);

  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = project ? `${project.meta.name} — vm2pve` : 'vm2pve';
  }, [t.lang, project]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      // A dialog open: only its own keys.
      if (useDialogStore.getState().dialog) return;
      // Undo / redo the project's decisions; inside a text field the field's own undo applies.
      if (mod && !e.altKey && (key === 'z' || key === 'y') && !isEditable(e.target)) {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) redo();
        else undo();
        return;
      }
      if (mod && !e.altKey && key === 's') {
        e.preventDefault();
        void saveProject(e.shiftKey);
        return;
      }
      if (mod && e.shiftKey && !e.altKey && key === 'o') {
        e.preventDefault();
        void openProject();
        return;
      }
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        void openAndImport();
      } else if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        go('export');
      } else if (e.altKey && !mod && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        const i = STEPS.indexOf(useNavStore.getState().step);
        const next = STEPS[(i + (e.key === 'ArrowDown' ? 1 : STEPS.length - 1)) % STEPS.length];
        if (next) go(next);
      }
    };
    // A file dropped outside the drop zone must not make the page navigate to it.
    const stopDrop = (e: DragEvent): void => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('dragover', stopDrop);
    window.addEventListener('drop', stopDrop);
    const offMenu = platform().onMenu((cmd) => {
      if (cmd === 'open') void openAndImport();
      else if (cmd === 'export') go('export');
      else if (cmd === 'loadDemo') {
        go('import');
        void loadDemo();
      } else if (cmd === 'projectOpen') void openProject();
      else if (cmd === 'projectSave') void saveProject(false);
      else if (cmd === 'projectSaveAs') void saveProject(true);
      else if (cmd === 'undo' || cmd === 'redo') {
        // From the Edit menu: a focused text field gets the browser's own undo; else the project's.
        if (isEditable(document.activeElement)) document.execCommand(cmd);
        else if (cmd === 'undo') undo();
        else redo();
      } else if (cmd === 'langVi') useLangStore.getState().setLang('vi');
      else if (cmd === 'langEn') useLangStore.getState().setLang('en');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', stopDrop);
      window.removeEventListener('drop', stopDrop);
      offMenu();
    };
  }, [go]);

  return (
    <div className="app">
      <a className="skip" href="#content">
        {t('ui.shell.skipToContent')}
      </a>
      <header className="header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            v→p
          </span>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tag">{t('app.tagline')}</span>
        </div>
        <div className="header-right">
          <span className="project-name" data-testid="project-name">
            {project ? t('ui.shell.project', { name: project.meta.name }) : t('ui.shell.noProject')}
          </span>
          <span className="mode">{platform().kind === 'electron' ? t('ui.shell.desktopMode') : t('ui.shell.webMode')}</span>
          <LangSwitch />
        </div>
      </header>
      <NavBar />
      <main id="content" className="content" tabIndex={-1} data-step={step} data-available={AVAILABLE.has(step)}>
        <ProjectBar />
        {banners.map((b) => (
          <Banner key={b.id} tone={b.tone} code={b.code} message={b.message} onDismiss={() => dismiss(b.id)} />
        ))}
        {booted ? <View step={step} /> : <div className="loading">{t('ui.shell.loading')}</div>}
      </main>
      <ProjectDialogs />
    </div>
  );
}
