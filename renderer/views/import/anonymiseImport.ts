import { anonymise, type PseudonymEntry } from '../../../shared/import';
import type { ImportReport } from '../../../shared/model/importReport';
import type { Inventory } from '../../../shared/model/inventory';

/** What becomes the project after an import: the inventory and report, anonymised or not, and the private map. */
export type PreparedImport = { inventory: Inventory; report: ImportReport; map: PseudonymEntry[] | null };

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

/** The import report with the original names replaced in every text it holds (file names, messages, excluded names). */
export function scrubReport(report: ImportReport, scrub: (s: string) => string): ImportReport {
  const opt = (s: string | undefined): string | undefined => (s === undefined ? undefined : scrub(s));
  return {
    files: report.files.map((f) => ({ ...f, name: scrub(f.name) })),
    issues: report.issues.map((i) => ({ ...i, file: opt(i.file), message: { vi: scrub(i.message.vi), en: scrub(i.message.en) } })),
    excluded: report.excluded.map((x) => ({ ...x, names: x.names.map(scrub) })),
    unknown: report.unknown.map((u) => ({ ...u, why: { vi: scrub(u.why.vi), en: scrub(u.why.en) } })),
  };
}

/**
 * Prepare an import result for the project. With `anonymiseOn`, the inventory is pseudonymised
 * (shared `anonymise`), the input file names become `input-1…`, and the report is scrubbed with the same
 * map; the map (names and files) is returned for the planner to keep apart. Without it, nothing changes.
 */
export function prepareImport(result: { inventory: Inventory; report: ImportReport }, fileNames: readonly string[], anonymiseOn: boolean): PreparedImport {
  if (!anonymiseOn) return { inventory: result.inventory, report: result.report, map: null };
  const anon = anonymise(result.inventory);
  const files: PseudonymEntry[] = fileNames.map((name, i) => ({ kind: 'file', original: name, pseudonym: `input-${i + 1}${extension(name)}` }));
  const map = [...anon.map, ...files];
  const scrub = textScrubber(map);
  return { inventory: anon.inventory, report: scrubReport(result.report, scrub), map };
}

function extension(name: string): string {
  const m = /\.[A-Za-z0-9]{1,5}$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** One CSV field: quoted when needed, and a leading = + - @ tab or CR neutralised so no spreadsheet runs it as a formula. */
function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The pseudonym map as CSV (UTF-8 with a BOM so Excel shows Vietnamese names right): kind, original, pseudonym. */
export function pseudonymMapCsv(map: readonly PseudonymEntry[]): Uint8Array {
  const lines = ['kind,original,pseudonym', ...map.map((m) => [m.kind, m.original, m.pseudonym].map(csvField).join(','))];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
