import type { ImportReport } from '../model/importReport';
import type { Inventory } from '../model/inventory';
import { csvField } from '../text/safeCell';
import { anonymise, type PseudonymEntry } from './anonymise';

/**
 * What becomes the project after an import, the same for the command line (`npm run plan -- --anonymise`)
 * and the app (anonymise on import): the inventory and report, anonymised or not, and the private map.
 */
export type PreparedImport = { inventory: Inventory; report: ImportReport; map: PseudonymEntry[] | null };

export type PrepareOptions = {
  /** Replace every identifying name by a stable pseudonym (the reversible map is returned apart). */
  anonymise: boolean;
  /** Pseudonym seed (the same seed gives the same pseudonyms). */
  seed?: string;
};

/** File name of the private pseudonym map, for both front ends: keep it, never send it with the plan. */
export const PSEUDONYM_MAP_FILE = 'anonymisation-map.private.csv';

const WORD = /[\p{L}\p{N}_]/u;

/**
 * A function that replaces every original name in a text by its pseudonym. Longest names first; a name only
 * matches as a whole word (not inside a longer word), and names shorter than 3 characters are left alone so
 * that ordinary words of the messages are never touched. At each word start it looks the next L characters
 * up in a hash map, for each distinct name length L: fast whatever the size of the map.
 */
export function textScrubber(pairs: readonly { original: string; pseudonym: string }[]): (s: string) => string {
  const exact = new Map<string, string>();
  for (const p of pairs) {
    if (p.original.length < 3 || p.original === p.pseudonym || exact.has(p.original)) continue;
    exact.set(p.original, p.pseudonym);
  }
  const lengths = [...new Set([...exact.keys()].map((k) => k.length))].sort((x, y) => y - x);
  return (s) => {
    let out = '';
    let i = 0;
    while (i < s.length) {
      let hit: string | undefined;
      let len = 0;
      if (i === 0 || !WORD.test(s.charAt(i - 1))) {
        for (const L of lengths) {
          if (i + L > s.length || WORD.test(s.charAt(i + L))) continue;
          hit = exact.get(s.slice(i, i + L));
          if (hit !== undefined) {
            len = L;
            break;
          }
        }
      }
      if (hit !== undefined) {
        out += hit;
        i += len;
      } else {
        out += s.charAt(i);
        i++;
      }
    }
    return out;
  };
}

/**
 * The import report with the original names replaced in every text it holds (file names, messages, excluded
 * names). Only text values are rewritten, field by field: never a key, never a code.
 */
export function scrubReport(report: ImportReport, scrub: (s: string) => string): ImportReport {
  const opt = (s: string | undefined): string | undefined => (s === undefined ? undefined : scrub(s));
  return {
    files: report.files.map((f) => ({ ...f, name: scrub(f.name) })),
    issues: report.issues.map((i) => ({ ...i, file: opt(i.file), message: { vi: scrub(i.message.vi), en: scrub(i.message.en) } })),
    excluded: report.excluded.map((x) => ({ ...x, names: x.names.map(scrub) })),
    unknown: report.unknown.map((u) => ({ ...u, why: { vi: scrub(u.why.vi), en: scrub(u.why.en) } })),
  };
}

/** Pseudonym of the n-th input file (1-based): `input-<n>` with the file's extension, e.g. `input-1.xlsx`. */
export function filePseudonym(name: string, n: number): string {
  const m = /\.[A-Za-z0-9]{1,5}$/.exec(name);
  return `input-${n}${m ? m[0].toLowerCase() : ''}`;
}

/**
 * Prepare an import result for the project. With `anonymise`, the inventory is pseudonymised (`anonymise`),
 * the input file names become `input-1.xlsx…`, and the report is scrubbed with the same map; the map (names
 * and files) is returned for the planner to keep apart. Without it, nothing changes.
 */
export function prepareImport(result: { inventory: Inventory; report: ImportReport }, fileNames: readonly string[], opts: PrepareOptions): PreparedImport {
  if (!opts.anonymise) return { inventory: result.inventory, report: result.report, map: null };
  const files: PseudonymEntry[] = fileNames.map((name, i) => ({ kind: 'file', original: name, pseudonym: filePseudonym(name, i + 1) }));
  const anon = anonymise(result.inventory, opts.seed, files);
  const map = anon.map;
  const scrub = textScrubber(map);
  return { inventory: anon.inventory, report: scrubReport(result.report, scrub), map };
}

/** The pseudonym map as CSV (UTF-8 with a BOM so Excel shows Vietnamese names right): kind, original, pseudonym. */
export function pseudonymMapCsv(map: readonly PseudonymEntry[]): Uint8Array {
  const lines = ['kind,original,pseudonym', ...map.map((m) => [m.kind, m.original, m.pseudonym].map(csvField).join(','))];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
