import { common } from './dict/common';
import { report } from './dict/report';
import { ui } from './dict/ui';
import { importDict } from './dict/import';
import { readiness } from './dict/readiness';
import { design } from './dict/design';
import { simulateView } from './dict/simulateView';
import { readinessView } from './dict/readinessView';
import { designView } from './dict/designView';
import { importView } from './dict/importView';
import { cost } from './dict/cost';
import { costView } from './dict/costView';
import { bundle } from './dict/bundle';
import { model } from './dict/model';
import { project } from './dict/project';
import { waves } from './dict/waves';
import { wavesView } from './dict/wavesView';
import { checklists } from './dict/checklists';
import { reportDocs } from './dict/reportDocs';
import { cli } from './dict/cli';
import { reportDigest } from './dict/reportDigest';
import { reportPdf } from './dict/reportPdf';
import { fill, type Lang, type Params, type Text } from './text';

export * from './text';

/**
 * All UI dictionaries. Each area keeps its strings in its own file under dict/ (so areas never edit
 * the same file); they are merged here. Keys must be unique across areas (a test checks it).
 */
export const dictionaryParts = { common, ui, importDict, report, readiness, design, readinessView, simulateView, designView, importView, cost, costView, bundle, model, project, waves, wavesView, reportDocs, checklists, cli, reportDigest, reportPdf } as const;

type Parts = typeof dictionaryParts;
type Merge<P> = { [K in keyof P]: P[K] }[keyof P];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Dictionary = UnionToIntersection<Merge<Parts>>;
export type TKey = keyof Dictionary & string;

export const dictionary: Record<TKey, Text> = Object.assign({}, ...Object.values(dictionaryParts));

/** The Vietnamese and English dictionaries, derived from the bilingual entries. */
export const dictionaries: Record<Lang, Record<TKey, string>> = {
  vi: Object.fromEntries(Object.entries(dictionary).map(([k, v]) => [k, v.vi])) as Record<TKey, string>,
  en: Object.fromEntries(Object.entries(dictionary).map(([k, v]) => [k, v.en])) as Record<TKey, string>,
};

export function t(lang: Lang, key: TKey, params?: Params): string {
  return fill(dictionaries[lang][key], params, lang);
}

export function tt(key: TKey, params?: Params): Text {
  const e = dictionary[key];
  return { vi: fill(e.vi, params, 'vi'), en: fill(e.en, params, 'en') };
}
