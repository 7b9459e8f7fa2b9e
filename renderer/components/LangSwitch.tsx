import type { Lang } from '../../shared/i18n/text';
import { useLangStore, useT } from '../state/langStore';

const LANGS: readonly { lang: Lang; label: string }[] = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

/** Header switch of the interface language; each option is shown in its own language. */
export function LangSwitch() {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  return (
    <div className="segmented segmented-dark" role="radiogroup" aria-label={t('ui.shell.language')}>
      {LANGS.map((l) => (
        <button
          key={l.lang}
          type="button"
          role="radio"
          lang={l.lang}
          aria-checked={lang === l.lang}
          className={lang === l.lang ? 'on' : ''}
          onClick={() => setLang(l.lang)}
          data-testid={`ui-lang-${l.lang}`}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
