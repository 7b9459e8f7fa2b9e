import type { Lang } from '../../shared/i18n/text';
import { useLangStore, useT } from '../state/langStore';
import { Segmented, type SegmentedOption } from './Segmented';

/** Each option is written in its own language, so it can be found whatever the current one is. */
const OPTIONS: readonly SegmentedOption<Lang>[] = [
  { value: 'vi', label: 'Tiếng Việt', lang: 'vi', testId: 'ui-lang-vi' },
  { value: 'en', label: 'English', lang: 'en', testId: 'ui-lang-en' },
];

/** Header switch of the interface language (persisted). */
export function LangSwitch() {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  return <Segmented options={OPTIONS} value={lang} onChange={setLang} label={t('ui.shell.language')} dark />;
}
