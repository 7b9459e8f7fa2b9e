/** Bilingual content: every user-visible sentence exists in Vietnamese and English. */
export type Lang = 'vi' | 'en';
/** Report language: one language, or both side by side / stacked. */
export type ReportLang = 'vi' | 'en' | 'vi+en';
export type Text = { readonly vi: string; readonly en: string };

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const REPORT_LANGS: readonly ReportLang[] = ['vi', 'en', 'vi+en'];

export type Params = Record<string, string | number>;

// ---- Numbers by language (issue #10 item 5): the one formatter every number in a bilingual text goes through ----

const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

/**
 * A number in one language: Vietnamese decimal comma and dot grouping (`23.262,8`) for `vi` and `vi+en`,
 * English (`23,262.8`) for `en`; at most `maxFractionDigits` decimals (2 by default).
 */
export function formatNumber(n: number, lang: ReportLang, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const l: Lang = lang === 'en' ? 'en' : 'vi';
  const key = `${l}:${maxFractionDigits}`;
  let f = FORMATTERS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[l], { maximumFractionDigits: maxFractionDigits });
    FORMATTERS.set(key, f);
  }
  return f.format(n);
}
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * Placeholders whose numbers are identifiers, not quantities: they are printed as-is (VMID 10432, VLAN 1234,
 * a year, a line or row number, a port, a simulator time stamp `t` as the log prints it), never grouped or given a
 * decimal comma.
 */
const VERBATIM_PARAMS = new Set(['vmid', 'id', 'ids', 'sid', 'sids', 'vlan', 'vlans', 'year', 'version', 'line', 'row', 'col', 'column', 'slot', 'lun', 'bus', 'code', 'port', 'key', 'uuid', 'mac', 'pos', 'cidr', 'prefix', 'prio', 'order', 'i', 't']);

/** One parameter as text: numbers in the language when the language is known (identifiers as-is). */
function paramText(name: string, v: string | number, lang?: Lang): string {
  if (typeof v !== 'number' || !lang || VERBATIM_PARAMS.has(name)) return String(v);
  return formatNumber(v, lang);
}

/**
 * Replace `{{name}}` placeholders. Unknown placeholders are left visible so tests catch them. With `lang`,
 * number parameters are formatted for that language (see `formatNumber`); without it they print as-is.
 */
export function fill(template: string, params?: Params, lang?: Lang): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const v = params[name];
    return v === undefined ? whole : paramText(name, v, lang);
  });
}

/** Build a Text from two templates and shared params (numbers formatted per language). */
export function text(vi: string, en: string, params?: Params): Text {
  return { vi: fill(vi, params, 'vi'), en: fill(en, params, 'en') };
}

/** Fill the placeholders of a bilingual template (numbers formatted per language). */
export function fillText(t: Text, params?: Params): Text {
  return { vi: fill(t.vi, params, 'vi'), en: fill(t.en, params, 'en') };
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
