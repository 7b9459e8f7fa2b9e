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
import { pdfPhaseText } from '../../workers/exportProgress';
import { DEFAULT_REPORT_PROFILE, REPORT_PROFILES, type ReportProfile } from '../../../shared/report/model';
import { updateProjectMeta } from '../../state/decisions';

const LANG_KEY: Record<ReportLang, TKey> = { vi: 'lang.vi', en: 'lang.en', 'vi+en': 'lang.both' };
const FORMAT_KEY: Record<ExportFormat, TKey> = {
  pdf: 'ui.export.pdf',
  docx: 'ui.simulate.export.docx',
  xlsx: 'ui.export.xlsx',
  md: 'ui.export.md',
  json: 'ui.export.json',
  config: 'ui.simulate.export.config',
};
const PROFILE_KEY: Record<ReportProfile, { label: TKey; hint: TKey }> = {
  summary: { label: 'report.profile.summary', hint: 'ui.export.profile.summaryHint' },
  full: { label: 'report.profile.full', hint: 'ui.export.profile.fullHint' },
};
type MetaField = 'name' | 'customer' | 'author';
const META_FIELDS: { field: MetaField; label: TKey }[] = [
  { field: 'name', label: 'ui.export.meta.name' },
  { field: 'customer', label: 'ui.export.meta.customer' },
  { field: 'author', label: 'ui.export.meta.author' },
];
const FORMAT_NAME: Record<ExportFormat, string> = { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX', md: 'Markdown', json: 'JSON', config: CONFIG_ZIP_NAME };

/** Export step: report language (independent of the UI language), formats, export with progress and cancel. */
export function ExportView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const { running, format, pct, detail, outcome, cancel } = useExportStore();
  const [lang, setLang] = useState<ReportLang>(project?.meta.reportLang ?? 'vi+en');
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);
  const [profile, setProfile] = useState<ReportProfile>(DEFAULT_REPORT_PROFILE);
  // The document fields are edited here and saved into the project when a field loses focus (or on export).
  const [meta, setMeta] = useState<Record<MetaField, string>>({ name: project?.meta.name ?? '', customer: project?.meta.customer ?? '', author: project?.meta.author ?? '' });

  if (!project) {
    return <NoProjectView body={t('ui.export.noProject')} />;
  }

  const saveMeta = (): void => {
    const name = meta.name.trim();
    const patch = { customer: meta.customer.trim() || undefined, author: meta.author.trim() || undefined, ...(name ? { name } : {}) };
    if (patch.customer !== project.meta.customer || patch.author !== project.meta.author || (name && name !== project.meta.name)) updateProjectMeta(patch);
  };
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
          saveMeta();
          void exportPlan(lang, formats, profile);
        }}
      >
        <fieldset>
          <legend>{t('ui.export.meta')}</legend>
          {META_FIELDS.map(({ field, label }) => (
            <label key={field} className="field">
              <span className="field-label">{t(label)}</span>
              <input
                type="text"
                value={meta[field]}
                onChange={(e) => setMeta((m) => ({ ...m, [field]: e.target.value }))}
                onBlur={saveMeta}
                data-testid={`export-meta-${field}`}
                required={field === 'name'}
              />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('ui.export.profile')}</legend>
          {REPORT_PROFILES.map((p) => (
            <label key={p} className="choice">
              <input type="radio" name="report-profile" value={p} checked={profile === p} onChange={() => setProfile(p)} data-testid={`report-profile-${p}`} />
              {t(PROFILE_KEY[p].label)} <span className="muted">— {t(PROFILE_KEY[p].hint)}</span>
            </label>
          ))}
        </fieldset>
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
        <ProgressBar
          pct={pct}
          label={`${t('ui.export.progress', { format: format ? FORMAT_NAME[format] : '', pct })}${detail ? ` — ${pdfPhaseText(t.lang, detail)}` : ''}`}
          onCancel={cancel ?? undefined}
          cancelLabel={t('common.cancel')}
        />
      ) : null}
      {outcome ? <Banner tone={outcome.tone} code={outcome.code} message={outcome.message} /> : null}
    </section>
  );
}
