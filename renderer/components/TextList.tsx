import type { Text } from '../../shared/i18n/text';
import { useT } from '../state/langStore';
import { RichText } from './RichText';

/** A titled list of bilingual sentences in the UI language; renders nothing when there are none. */
export function TextList({ title, items }: { title?: string; items: readonly Text[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <>
      {title ? <h3>{title}</h3> : null}
      <ul className="dz-explain">
        {items.map((x, i) => (
          <li key={i}>
            <RichText text={t.text(x)} />
          </li>
        ))}
      </ul>
    </>
  );
}
