import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { t, type TKey } from '../../shared/i18n';
import type { Lang, Params, Text } from '../../shared/i18n/text';

type LangState = { lang: Lang; setLang(lang: Lang): void };

function initialLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The UI language (vi/en), persisted across runs. The report language is chosen per export, separately. */
export const useLangStore = create<LangState>()(
  persist((set) => ({ lang: initialLang(), setLang: (lang) => set({ lang }) }), { name: 'vm2pve.uiLang' }),
);

export type Translate = {
  (key: TKey, params?: Params): string;
  /** Pick the UI language of bilingual content. */
  text(x: Text): string;
  lang: Lang;
};

/** Translation function bound to the current UI language. */
export function useT(): Translate {
  const lang = useLangStore((s) => s.lang);
  const fn = ((key: TKey, params?: Params) => t(lang, key, params)) as Translate;
  fn.text = (x: Text) => x[lang];
  fn.lang = lang;
  return fn;
}
