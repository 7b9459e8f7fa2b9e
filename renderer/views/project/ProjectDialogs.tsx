import { useEffect, useRef, type ReactNode } from 'react';
import type { TKey } from '../../../shared/i18n';
import type { ReimportReport } from '../../../shared/model/reimport';
import { platform } from '../../platform';
import { openRecent } from '../../state/actions';
import { closeDialog, useDialogStore } from '../../state/dialogStore';
import { useT } from '../../state/langStore';

const LIST_MAX = 50;

function Modal({ title, children, actions, testId }: { title: string; children: ReactNode; actions: ReactNode; testId: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('button')?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') closeDialog();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" ref={box} data-testid={testId}>
        <header className="modal-head">
          <h2 id="modal-title">{title}</h2>
          <button type="button" className="btn-icon" aria-label={t('project.dialog.close')} onClick={closeDialog}>
            ×
          </button>
        </header>
        <div className="modal-body">{children}</div>
        <footer className="modal-actions">{actions}</footer>
      </div>
    </div>
  );
}

function Capped<T>({ items, render }: { items: readonly T[]; render: (x: T) => ReactNode }) {
  const t = useT();
  if (items.length === 0) return <p className="muted">{t('project.report.none')}</p>;
  return (
    <ul className="modal-list">
      {items.slice(0, LIST_MAX).map(render)}
      {items.length > LIST_MAX ? <li className="muted">{t('project.report.more', { n: items.length - LIST_MAX })}</li> : null}
    </ul>
  );
}

function ChangeReport({ report }: { report: ReimportReport }) {
  const t = useT();
  const field = (f: string): string => t(`project.field.${f}` as TKey);
  const area = (a: string): string => (`project.area.${a}` in AREA_KEYS ? t(`project.area.${a}` as TKey) : a);
  return (
    <>
      <p data-testid="change-summary">
        {t('project.report.summary', {
          matched: report.matched,
          byName: report.matchedByName,
          added: report.added.length,
          removed: report.removed.length,
          changed: report.changed.length,
          moved: report.rekeyed,
        })}
      </p>
      <h3>
        {t('project.report.added')} ({report.added.length})
      </h3>
      <Capped items={report.added} render={(v) => <li key={v.key}>{v.name}{v.cluster ? <span className="muted"> · {v.cluster}</span> : null}</li>} />
      <h3>
        {t('project.report.removed')} ({report.removed.length})
      </h3>
      <Capped items={report.removed} render={(v) => <li key={v.key}>{v.name}{v.cluster ? <span className="muted"> · {v.cluster}</span> : null}</li>} />
      <h3>
        {t('project.report.changed')} ({report.changed.length})
      </h3>
      <Capped
        items={report.changed}
        render={(c) => (
          <li key={c.key} data-testid="changed-vm">
            <strong>{c.name}</strong>
            {c.previousName ? <span className="muted"> ({t('project.report.renamed', { name: c.previousName })})</span> : null}
            {c.matchedBy === 'name' ? <span className="muted"> · {t('project.report.byName')}</span> : null}
            {c.fields.length > 0 ? (
              <ul>
                {c.fields.map((f) => (
                  <li key={f.field}>
                    {field(f.field)}: <del>{f.before}</del> → <ins>{f.after}</ins>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )}
      />
      <h3>
        {t('project.report.orphaned')} ({report.orphaned.length})
      </h3>
      <Capped items={report.orphaned} render={(o) => <li key={`${o.area}/${o.key}`}>{area(o.area)}: {o.subject}</li>} />
    </>
  );
}

const AREA_KEYS: Record<string, true> = Object.fromEntries(
  ['vmOverrides', 'acknowledged', 'design.pins', 'design.haTiers', 'design.nodePriorities', 'design.keepAppliances', 'waves.assign', 'waves.method', 'networkMap', 'storageMap', 'design.clusterTargets'].map((a) => [`project.area.${a}`, true]),
);

/** The modal dialogs of the project workflow (one at a time, from the dialog store). */
export function ProjectDialogs() {
  const t = useT();
  const dialog = useDialogStore((s) => s.dialog);
  if (!dialog) return null;
  const web = platform().kind === 'web';
  if (dialog.kind === 'importChoice') {
    return (
      <Modal
        title={t('project.importChoice.title')}
        testId="dialog-import-choice"
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={() => dialog.resolve('update')} data-testid="choice-update">
              {t('project.importChoice.update')}
            </button>
            <button type="button" className="btn" onClick={() => dialog.resolve('new')} data-testid="choice-new">
              {t('project.importChoice.new')}
            </button>
            <button type="button" className="btn" onClick={() => dialog.resolve('cancel')} data-testid="choice-cancel">
              {t('common.cancel')}
            </button>
          </>
        }
      >
        <p>{t('project.importChoice.body', { name: dialog.projectName, n: dialog.decisions })}</p>
        <ul className="modal-list">
          <li>
            <strong>{t('project.importChoice.update')}</strong> — {t('project.importChoice.updateHelp')}
          </li>
          <li>
            <strong>{t('project.importChoice.new')}</strong> — {web ? t('project.importChoice.newHelpWeb') : t('project.importChoice.newHelp')}
          </li>
        </ul>
      </Modal>
    );
  }
  if (dialog.kind === 'replace') {
    return (
      <Modal
        title={t('project.replace.title')}
        testId="dialog-replace"
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={() => dialog.resolve('replace')} data-testid="replace-go">
              {t('project.replace.go')}
            </button>
            <button type="button" className="btn" onClick={() => dialog.resolve('cancel')} data-testid="replace-cancel">
              {t('common.cancel')}
            </button>
          </>
        }
      >
        <p>{t('project.replace.body', { name: dialog.projectName, n: dialog.decisions })}</p>
        <p className="muted">{web ? t('project.importChoice.newHelpWeb') : t('project.importChoice.newHelp')}</p>
      </Modal>
    );
  }
  if (dialog.kind === 'changeReport') {
    return (
      <Modal
        title={t('project.report.title')}
        testId="dialog-change-report"
        actions={
          <button type="button" className="btn btn-primary" onClick={closeDialog} data-testid="report-close">
            {t('project.dialog.close')}
          </button>
        }
      >
        <ChangeReport report={dialog.report} />
      </Modal>
    );
  }
  return (
    <Modal
      title={web ? t('project.recent.titleWeb') : t('project.recent.title')}
      testId="dialog-recent"
      actions={
        <button type="button" className="btn" onClick={closeDialog}>
          {t('project.dialog.close')}
        </button>
      }
    >
      {dialog.items.length === 0 ? (
        <p className="muted">{t('project.recent.empty')}</p>
      ) : (
        <ul className="modal-list recent-list">
          {dialog.items.map((e) => (
            <li key={e.ref}>
              <button
                type="button"
                className="btn-link"
                onClick={() => {
                  closeDialog();
                  void openRecent(e.ref);
                }}
                data-testid="recent-item"
              >
                {e.name}
              </button>{' '}
              <span className="muted">{new Date(e.at).toLocaleString(t.lang === 'vi' ? 'vi-VN' : 'en-GB')}</span>
              {web ? null : <div className="muted small">{e.ref}</div>}
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
