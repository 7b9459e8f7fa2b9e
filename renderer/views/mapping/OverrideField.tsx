import { useId, useState } from 'react';
import type { VmTarget } from '../../../shared/mapping';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { OSTYPES, SCSIHW, setVmOverride } from '../../../shared/model/decisions';
import { parseField, type EditableField } from './mappingEdits';

/** One overridable VM field: input (or choice), its provenance, Apply and "reset to derived". */
export function OverrideField({ target, field }: { target: VmTarget; field: EditableField }) {
  const t = useT();
  const id = useId();
  const current = target[field];
  const [draft, setDraft] = useState(current.value === undefined ? '' : String(current.value));
  const parsed = parseField(field, draft);
  const overridden = current.source === 'override';
  const dirty = draft.trim() !== (current.value === undefined ? '' : String(current.value));
  const choices = field === 'ostype' ? OSTYPES : field === 'scsihw' ? SCSIHW : null;
  const apply = (): void => {
    if (parsed === undefined) return;
    updateDecisions((d) => setVmOverride(d, target.vmKey, field, parsed));
  };
  const reset = (): void => updateDecisions((d) => setVmOverride(d, target.vmKey, field, undefined));
  const cls = `input mp-input${parsed === undefined && draft.trim() !== '' ? ' is-invalid' : ''}${overridden ? ' is-override' : ''}`;
  return (
    <div className="field" data-testid={`ovr-${field}`}>
      <label className="field-label" htmlFor={id}>
        {t(`ui.mapping.field.${field}`)}
      </label>
      {choices ? (
        <select id={id} className={cls} value={draft} onChange={(e) => setDraft(e.target.value)} data-testid={`ovr-input-${field}`}>
          {current.value === undefined ? <option value="">{t('ui.mapping.unknownValue')}</option> : null}
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className={cls}
          value={draft}
          inputMode={field === 'cpu' ? undefined : 'numeric'}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
          aria-invalid={parsed === undefined}
          data-testid={`ovr-input-${field}`}
        />
      )}
      <span className="muted rd-small">{t('ui.mapping.source', { source: t(`ui.mapping.prov.${current.source}`) })}</span>
      <div className="mp-actions">
        <button type="button" className="btn rd-btn-sm btn-primary" disabled={!dirty || parsed === undefined} onClick={apply} data-testid={`ovr-apply-${field}`}>
          {t('ui.mapping.apply')}
        </button>
        {overridden ? (
          <button type="button" className="btn rd-btn-sm" onClick={reset} data-testid={`ovr-reset-${field}`}>
            {t('ui.mapping.reset')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
