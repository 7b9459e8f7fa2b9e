import { useState } from 'react';
import { problemRowsXlsx } from '../../../shared/import';
import { buildTemplateXlsx } from '../../../shared/import/templateWorkbook';
import { tt } from '../../../shared/i18n';
import type { IpcResult } from '../../../shared/ipc';
import type { ImportReport } from '../../../shared/model/importReport';
import { Banner } from '../../components/Banner';
import { platform } from '../../platform';
import { useAnonymiseStore } from '../../state/anonymiseStore';
import type { Outcome } from '../../state/jobStore';
import { useT } from '../../state/langStore';
import { PSEUDONYM_MAP_FILE, pseudonymMapCsv } from '../../../shared/import/prepareImport';

type Props = { report: ImportReport | undefined; projectCreatedAt: string | undefined; disabled: boolean };

/**
 * Import helpers: the anonymise-on-import switch (with the private pseudonym map of the current project),
 * the problem rows of the last import as XLSX (in the UI language), and the blank inventory template.
 */
export function ImportTools({ report, projectCreatedAt, disabled }: Props) {
  const t = useT();
  const { on, map, projectCreatedAt: mapFor } = useAnonymiseStore();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const currentMap = map && projectCreatedAt !== undefined && mapFor === projectCreatedAt ? map : null;

  const save = async (run: () => Promise<IpcResult<string | string[] | null>>): Promise<void> => {
    let r: IpcResult<string | string[] | null>;
    try {
      r = await run();
    } catch {
      setOutcome({ tone: 'error', code: 'APP_SAVE_FAILED', message: tt('ui.import.failed') });
      return;
    }
    if (!r.ok) setOutcome({ tone: 'error', code: r.error.code, message: r.error.message });
    else if (r.value === null) setOutcome({ tone: 'info', message: tt('ui.import.saveCanceled') });
    else setOutcome({ tone: 'success', message: tt('ui.import.saved', { file: Array.isArray(r.value) ? r.value.join(', ') : r.value }) });
  };

  return (
    <div className="panel imp-tools">
      <div className="imp-tools-row">
        <label className="imp-switch">
          <input
            type="checkbox"
            checked={on}
            onChange={(e) => useAnonymiseStore.setState({ on: e.target.checked })}
            disabled={disabled}
            data-testid="anonymise-toggle"
          />
          <span className="strong">{t('ui.import.anonymise')}</span>
        </label>
        <span className="muted">{t('ui.import.anonymiseHint')}</span>
        {on && !currentMap ? <span className="muted">{t('ui.import.anonymiseNext')}</span> : null}
      </div>
      {currentMap ? (
        <div className="imp-private" data-testid="anonymised-note">
          <p>{t('ui.import.anonymised', { n: currentMap.length })}</p>
          <button
            type="button"
            className="btn"
            data-testid="download-map"
            onClick={() => void save(() => platform().saveFiles([{ name: PSEUDONYM_MAP_FILE, data: pseudonymMapCsv(currentMap) }]))}
          >
            {t('ui.import.downloadMap')}
          </button>
          <p className="muted">{t('ui.import.mapPrivate')}</p>
        </div>
      ) : null}
      <div className="imp-tools-row">
        <span className="strong">{t('ui.import.downloads')}</span>
        <button
          type="button"
          className="btn"
          disabled={!report}
          data-testid="download-problems"
          onClick={() => {
            if (report) void save(() => platform().saveFile('xlsx', `vm2pve-problem-rows-${t.lang}.xlsx`, problemRowsXlsx(report, t.lang)));
          }}
        >
          {t('ui.import.downloadProblems')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="download-template"
          title={t('ui.import.templateHint')}
          onClick={() => void save(() => platform().saveFile('xlsx', 'vm2pve-inventory-template.xlsx', buildTemplateXlsx()))}
        >
          {t('ui.import.downloadTemplate')}
        </button>
      </div>
      {outcome ? <Banner tone={outcome.tone} code={outcome.code} message={outcome.message} onDismiss={() => setOutcome(null)} /> : null}
    </div>
  );
}
