import { useState } from 'react';
import { REPORT_LANGS, type ReportLang } from '../../../shared/i18n/text';
import { NoProjectView } from '../../components/NoProjectView';
import type { TKey } from '../../../shared/i18n';
import { Banner } from '../../components/Banner';
import { ProgressBar } from '../../components/ProgressBar';
import { exportPlan } from '../../state/actions';
import { useExportStore } from '../../state/jobStore';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';
import { CONFIG_ZIP_NAME, EXPORT_FORMATS, type ExportFormat } from '../../../shared/report/export';

const LANG_KEY: Record<ReportLang, TKey> = { vi: 'lang.vi', en: 'lang.en', 'vi+en': 'lang.both' };
const FORMAT_KEY: Record<ExportFormat, TKey> = {
  pdf: 'ui.export.pdf',
  docx: 'ui.simulate.export.docx',
  xlsx: 'ui.export.xlsx',
  md: 'ui.export.md',
  json: 'ui.export.json',
  config: 'ui.simulate.export.config',
};
const FORMAT_NAME: Record<ExportFormat, string> = { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX', md: 'Markdown', json: 'JSON', config: CONFIG_ZIP_NAME };

/** Export step: report language (independent of the UI language), formats, export with progress and cancel. */
export function ExportView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const { running, format, pct, outcome, cancel } = useExportStore();
  const [lang, setLang] = useState<ReportLang>(project?.meta.reportLang ?? 'vi+en');
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);

  if (!project) {
    return <NoProjectView body={t('ui.export.noProject')} />;
  }

  const toggle = (f: ExportFormat): void => setFormats((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : EXPORT_FORMATS.filter((x) => x === f || cur.includes(x))));

  return (
    <section className="view" aria-labelledby="export-title">
      <header className="view-head">
        <h1 id="export-title">{t('ui.export.title')}</h1>
        <p className="lead">{t('ui.export.lead')}</p>
      </header>
      <form
        className="panel form"
        onSubmit={(e) => {
          e.preventDefault();
          void exportPlan(lang, formats);
        }}
      >
        <fieldset>
          <legend>{t('ui.export.lang')}</legend>
          {REPORT_LANGS.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="report-lang" value={l} checked={lang === l} onChange={() => setLang(l)} data-testid={`report-lang-${l}`} />
              {t(LANG_KEY[l])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('ui.export.formats')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="choice">
              <input type="checkbox" checked={formats.includes(f)} onChange={() => toggle(f)} data-testid={`format-${f}`} />
              {t(FORMAT_KEY[f])}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={running || formats.length === 0} data-testid="export-run">
            {t('ui.export.run')} <kbd>Ctrl+E</kbd>
          </button>
          {formats.length === 0 ? <span className="muted">{t('ui.export.noFormat')}</span> : null}
        </div>
      </form>
      {running ? (
        <ProgressBar pct={pct} label={t('ui.export.progress', { format: format ? FORMAT_NAME[format] : '', pct })} onCancel={cancel ?? undefined} cancelLabel={t('common.cancel')} />
      ) : null}
      {outcome ? <Banner tone={outcome.tone} code={outcome.code} message={outcome.message} /> : null}
    </section>
  );
}
