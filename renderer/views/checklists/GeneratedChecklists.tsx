import type { Checklist } from '../../../shared/checklists';
import type { ChecklistTick } from '../../../shared/model/decisions';
import { useT } from '../../state/langStore';
import { CommandBlock } from './CommandBlock';
import { RowFields } from './RowFields';
import { TickBox } from './TickBox';

/** The pre-production checklists and known issues of the plan: tick, owner and note per row, saved in the project. */
export function GeneratedChecklists({ lists, ticks }: { lists: readonly Checklist[]; ticks: Record<string, ChecklistTick> }) {
  const t = useT();
  return (
    <>
      {lists.map((c) => {
        const done = c.items.filter((i) => ticks[`checklist:${i.id}`]?.done).length;
        return (
          <div key={c.id} className="panel chk-cluster" data-testid={`chk-list-${c.id}`}>
            <div className="panel-head">
              <h2>{t.text(c.title)}</h2>
              <span className="muted">{t('ui.check.progress', { done, n: c.items.length })}</span>
            </div>
            {c.items.map((i) => {
              const key = `checklist:${i.id}`;
              const tick = ticks[key];
              return (
                <article key={i.id} className={`chk-case${tick?.done ? ' chk-case-done' : ''}`} data-testid={`chk-row-${i.id}`}>
                  <div className="chk-case-head">
                    <TickBox tickKey={key} done={tick?.done ?? false} id={i.id} testId={`chk-row-tick-${i.id}`} />
                    <span className={`chk-level chk-level-${i.level}`}>{t(i.level === 'mandatory' ? 'chk.report.mandatory' : 'chk.report.recommended')}</span>
                    <h3>{t.text(i.title)}</h3>
                  </div>
                  <CommandBlock lines={i.command.split('\n')} />
                  <p className="chk-expected">
                    <strong>{t('ui.check.expected')}:</strong> {t.text(i.expected)}
                  </p>
                  <RowFields rowKey={key} tick={tick} testId={`chk-row-${i.id}`} />
                </article>
              );
            })}
          </div>
        );
      })}
    </>
  );
}
