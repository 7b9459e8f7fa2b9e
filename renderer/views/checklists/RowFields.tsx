import { setChecklistText, type ChecklistTick } from '../../../shared/model/decisions';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';

/** Owner (or tester), actual result and note of one checklist row, saved in the project when a field is left. */
export function RowFields({ rowKey, tick, actual, testId }: { rowKey: string; tick?: ChecklistTick; actual?: boolean; testId: string }) {
  const t = useT();
  const field = (name: 'owner' | 'actual' | 'note', label: string) => (
    <label className="field chk-field">
      <span className="field-label">{label}</span>
      <input
        key={`${rowKey}-${name}-${tick?.[name] ?? ''}`}
        className="input"
        defaultValue={tick?.[name] ?? ''}
        maxLength={2000}
        data-testid={`${testId}-${name}`}
        onBlur={(e) => {
          if (e.target.value.trim() !== (tick?.[name] ?? '')) updateDecisions((d) => setChecklistText(d, rowKey, name, e.target.value));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </label>
  );
  return (
    <div className="chk-fields">
      {field('owner', actual ? t('ui.check.tester') : t('ui.check.owner'))}
      {actual ? field('actual', t('ui.check.actual')) : null}
      {field('note', t('ui.check.note'))}
    </div>
  );
}
