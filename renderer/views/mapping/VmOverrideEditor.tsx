import type { VmTarget } from '../../../shared/mapping';
import { useT } from '../../state/langStore';
import { EDITABLE_FIELDS } from './mappingEdits';
import { OverrideField } from './OverrideField';

/** Override editor of one VM: cpu type, cores, memory, ostype, scsihw — each with "reset to derived". */
export function VmOverrideEditor({ target, onClose }: { target: VmTarget; onClose(): void }) {
  const t = useT();
  return (
    <>
      <div className="panel-head">
        <h2>{t('ui.mapping.editorTitle', { name: target.sourceName })}</h2>
        <button type="button" className="btn rd-btn-sm" onClick={onClose}>
          {t('ui.mapping.close')}
        </button>
      </div>
      <div className="mp-editor">
        {EDITABLE_FIELDS.map((f) => (
          <OverrideField key={`${f}|${String(target[f].value)}|${target[f].source}`} target={target} field={f} />
        ))}
      </div>
    </>
  );
}
