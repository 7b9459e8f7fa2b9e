import { useState, type DragEvent } from 'react';
import { tt } from '../../../shared/i18n';
import { Banner } from '../../components/Banner';
import { ProgressBar } from '../../components/ProgressBar';
import { hasDemo } from '../../demo';
import { readBrowserFiles } from '../../platform/webPlatform';
import { importFiles, loadDemo, openAndImport } from '../../state/actions';
import { useImportStore } from '../../state/jobStore';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';
import { ImportReportPanel } from './ImportReportPanel';
import { ImportTools } from './ImportTools';
import './import.css';

/**
 * Import step: open or drop inventory files, or load the demo estate; anonymise on import; shows progress,
 * the import report and the downloads (problem rows, template, pseudonym map).
 */
export function ImportView() {
  const t = useT();
  const { running, progress, outcome, cancel } = useImportStore();
  const report = useProjectStore((s) => s.project?.importReport);
  const createdAt = useProjectStore((s) => s.project?.meta.createdAt);
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    if (running || e.dataTransfer.files.length === 0) return;
    void readBrowserFiles(e.dataTransfer.files).then((files) => importFiles(files));
  };

  return (
    <section className="view" aria-labelledby="import-title">
      <header className="view-head">
        <h1 id="import-title">{t('ui.import.title')}</h1>
        <p className="lead">{t('ui.import.lead')}</p>
      </header>

      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <div className="dropzone-actions">
          <button type="button" className="btn btn-primary" onClick={() => void openAndImport()} disabled={running} data-testid="open-files">
            {t('ui.import.open')} <kbd>Ctrl+O</kbd>
          </button>
          <button type="button" className="btn" onClick={() => void loadDemo()} disabled={running || !hasDemo()} data-testid="load-demo">
            {t('ui.import.demo')}
          </button>
        </div>
        <div className="dropzone-hint">{over ? t('ui.import.dropActive') : t('ui.import.drop')}</div>
        <div className="dropzone-formats">RVTools .xlsx · .csv</div>
      </div>

      {!hasDemo() ? <Banner tone="info" code="APP_DEMO_MISSING" message={tt('ui.import.demoUnavailable')} /> : null}

      {running && progress ? (
        <ProgressBar
          pct={progress.pct}
          label={t(`ui.import.phase.${progress.phase}`, { file: progress.file ?? '', sheet: progress.sheet ?? '', pct: progress.pct })}
          onCancel={cancel ?? undefined}
          cancelLabel={t('common.cancel')}
        />
      ) : null}
      {outcome ? <Banner tone={outcome.tone} code={outcome.code} message={outcome.message} /> : null}

      <ImportTools report={report} projectCreatedAt={createdAt} disabled={running} />

      {report ? <ImportReportPanel report={report} /> : null}
    </section>
  );
}
