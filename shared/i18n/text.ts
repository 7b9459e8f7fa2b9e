/** Bilingual content: every user-visible sentence exists in Vietnamese and English. */
export type Lang = 'vi' | 'en';
/** Report language: one language, or both side by side / stacked. */
export type ReportLang = 'vi' | 'en' | 'vi+en';
export type Text = { readonly vi: string; readonly en: string };

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const REPORT_LANGS: readonly ReportLang[] = ['vi', 'en', 'vi+en'];

export type Params = Record<string, string | number>;

/** Replace `{{name}}` placeholders. Unknown placeholders are left visible so tests catch them. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Build a Text from two templates and shared params. */
export function text(vi: string, en: string, params?: Params): Text {
  return { vi: fill(vi, params), en: fill(en, params) };
}

/** Fill the placeholders of a bilingual template. */
export function fillText(t: Text, params?: Params): Text {
  return { vi: fill(t.vi, params), en: fill(t.en, params) };
}

/** Pick one language of a Text; for 'vi+en' the two are joined with " / ". */
export function pick(t: Text, lang: ReportLang): string {
  if (lang === 'vi') return t.vi;
  if (lang === 'en') return t.en;
  return t.vi === t.en ? t.vi : `${t.vi} / ${t.en}`;
}

export function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}
