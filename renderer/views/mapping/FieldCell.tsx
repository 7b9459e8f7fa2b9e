import type { Field } from '../../../shared/mapping';
import { useT } from '../../state/langStore';

/** One planned value with its provenance: overrides are highlighted, unknown shows "?", assumed is italic. */
export function FieldCell({ field, text }: { field: Field<unknown>; text?: string }) {
  const t = useT();
  const shown = field.value === undefined ? t('ui.mapping.unknownValue') : (text ?? String(field.value));
  const note = field.note ? t.text(field.note) : undefined;
  return (
    <span className={`prov-${field.source}`} title={[t('ui.mapping.source', { source: t(`ui.mapping.prov.${field.source}`) }), note].filter(Boolean).join(' — ')} data-source={field.source}>
      {shown}
    </span>
  );
}
