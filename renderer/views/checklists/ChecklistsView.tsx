import { useState } from 'react';
import { NoProjectView } from '../../components/NoProjectView';
import { Banner } from '../../components/Banner';
import { useT } from '../../state/langStore';
import { usePlanStore } from '../../state/planStore';
import { useProjectStore } from '../../state/projectStore';
import { checklistKey } from '../../../shared/model/decisions';
import { commandBlock } from './checklistState';
import { CommandBlock } from './CommandBlock';
import { GeneratedChecklists } from './GeneratedChecklists';
import { RowFields } from './RowFields';
import { TickBox } from './TickBox';
import '../simulate/simulate.css';

/** Checklists step: the HA acceptance test plan of each target cluster, printable, with saved ticks. */
export function ChecklistsView() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const status = usePlanStore((s) => s.status);
  const project = useProjectStore((s) => s.project);
  const [copied, setCopied] = useState('');

  if (!plan || !project) {
    return <NoProjectView title={status === 'running' ? t('ui.shell.loading') : t('ui.shell.noProject')} body={t('ui.simulate.noPlan')} />;
  }
  const ticks = project.decisions.checklist ?? {};
  const copy = (key: string, txt: string): void => {
    void navigator.clipboard
      ?.writeText(txt)
      .then(() => setCopied(key))
      .catch(() => setCopied(''));
  };

  return (
    <section className="view" aria-labelledby="chk-title">
      <header className="view-head view-head-row">
        <div>
          <h1 id="chk-title">{t('ui.check.title')}</h1>
          <p className="lead">{t('ui.check.lead')}</p>
        </div>
        <button type="button" className="btn chk-noprint" onClick={() => window.print()} data-testid="chk-print">
          {t('ui.check.print')}
        </button>
      </header>
      {status === 'running' ? <Banner tone="info" message={{ vi: t('ui.simulate.computing'), en: t('ui.simulate.computing') }} /> : null}
      <GeneratedChecklists lists={plan.checklists} ticks={ticks} />
      <h2 className="chk-section-title">{t('ui.check.acceptanceTitle')}</h2>
      {plan.haChecks.map((h) => {
        const done = h.acceptance.filter((c) => ticks[checklistKey(h.cluster, c.id)]?.done).length;
        return (
          <div key={h.cluster} className="panel chk-cluster" data-testid={`chk-cluster-${h.cluster}`}>
            <div className="panel-head">
              <h2>{h.cluster}</h2>
              <span className="muted">{t('ui.check.progress', { done, n: h.acceptance.length })}</span>
            </div>
            {h.acceptance.length === 0 ? <p className="muted">{t('ui.check.none')}</p> : null}
            {h.acceptance.map((c) => {
              const key = checklistKey(h.cluster, c.id);
              const tick = ticks[key];
              const cmds = commandBlock(c.setupCommands, c.commands);
              return (
                <article key={c.id} className={`chk-case${tick?.done ? ' chk-case-done' : ''}`} data-testid={`chk-${h.cluster}-${c.id}`}>
                  <div className="chk-case-head">
                    <TickBox tickKey={key} done={tick?.done ?? false} id={c.id} testId={`chk-tick-${h.cluster}-${c.id}`} />
                    <h3>
                      {c.id}: {t.text(c.title)}
                    </h3>
                    {tick?.done ? <span className="muted sim-small">{t('ui.check.doneAt', { at: new Date(tick.at).toLocaleString(t.lang === 'vi' ? 'vi-VN' : 'en-GB') })}</span> : null}
                  </div>
                  <dl>
                    <dt>{t('ui.check.setup')}</dt>
                    <dd>
                      {t.text(c.setup)}
                      <CommandBlock lines={c.setupCommands} />
                    </dd>
                    <dt>{t('ui.check.action')}</dt>
                    <dd>
                      {t.text(c.action)}
                      <CommandBlock lines={c.commands} />
                      {cmds ? (
                        <button type="button" className="btn chk-noprint" onClick={() => copy(key, cmds)}>
                          {copied === key ? t('ui.check.copied') : t('ui.check.copy')}
                        </button>
                      ) : null}
                    </dd>
                    <dt>{t('ui.check.expected')}</dt>
                    <dd>{t.text(c.expected)}</dd>
                    {c.cleanupCommands.length ? (
                      <>
                        <dt>{t('ui.check.cleanup')}</dt>
                        <dd>
                          <CommandBlock lines={c.cleanupCommands} />
                        </dd>
                      </>
                    ) : null}
                    <dt>{t('ui.check.signOff')}</dt>
                    <dd>
                      <RowFields rowKey={key} tick={tick} actual testId={`chk-${h.cluster}-${c.id}`} />
                    </dd>
                    {c.correction ? (
                      <>
                        <dt>{t('ui.check.correction')}</dt>
                        <dd className="chk-seed">{t.text(c.correction)}</dd>
                      </>
                    ) : null}
                  </dl>
                </article>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
