import { setChecklistTick } from '../../../shared/model/decisions';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';

type Props = { tickKey: string; done: boolean; id: string; testId: string };

/** The "done" box of one checklist row or acceptance test: ticking it is a decision (saved, undoable). */
export function TickBox({ tickKey, done, id, testId }: Props) {
  const t = useT();
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={done}
        onChange={(e) => updateDecisions((d) => setChecklistTick(d, tickKey, e.target.checked, new Date().toISOString()))}
        aria-label={t('ui.check.done', { id })}
        data-testid={testId}
      />
    </label>
  );
}
