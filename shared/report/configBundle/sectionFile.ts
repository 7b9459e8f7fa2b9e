import { isSectionValue, oneLine, quoted } from './escape';
import type { FindingSink } from './findings';

/**
 * A section of a Proxmox section-config file (pve-common `PVE/SectionConfig.pm`): header `type: id`, then
 * tab-indented `key value` lines; sections are separated by one blank line (a blank line ends a section).
 * `comments` become `# …` lines above the header (SectionConfig skips lines matching `^\s*#`).
 * An option whose value is `undefined` is simply left out.
 */
export type CfgSection = { type: string; id: string; options: [string, string | undefined][]; comments?: string[] };

const TYPE_RE = /^[a-z][a-z0-9-]*$/;
const KEY_RE = /^[a-z][a-z0-9_-]*$/;

/**
 * Write sections with every id and value checked: a section whose id fails `idOk` (or is not one
 * non-blank token) is left out with BUNDLE_ID_REJECTED; an option value that a parser would not read back
 * unchanged (line break, control character, leading/trailing white space, empty) is left out with
 * BUNDLE_VALUE_REJECTED; a second section with the same id is left out too. Returns the file text and the
 * sections actually written.
 */
export function checkedSectionConfig(
  file: string,
  sections: CfgSection[],
  idOk: (type: string, id: string) => boolean,
  sink: FindingSink,
  header: string[] = [],
  uniqueBy: 'id' | 'type-id' = 'id',
): { text: string; written: CfgSection[] } {
  const blocks: string[] = [];
  const written: CfgSection[] = [];
  const seen = new Set<string>();
  for (const s of sections) {
    if (!TYPE_RE.test(s.type)) throw new Error(`internal: bad section type ${s.type}`);
    if (!/^\S+$/.test(s.id) || !isSectionValue(s.id) || !idOk(s.type, s.id)) {
      sink.add('BUNDLE_ID_REJECTED', file, { id: quoted(s.id) });
      continue;
    }
    // SectionConfig keys sections by id (HA resources by `type:id`): a second section with the same key
    // would overwrite the first, so it is never written.
    const key = uniqueBy === 'id' ? s.id : `${s.type}:${s.id}`;
    if (seen.has(key)) {
      sink.add('BUNDLE_ID_REJECTED', file, { id: quoted(s.id) });
      continue;
    }
    seen.add(key);
    const options: [string, string][] = [];
    for (const [k, v] of s.options) {
      if (!KEY_RE.test(k)) throw new Error(`internal: bad option key ${k}`);
      if (v === undefined) continue;
      if (!isSectionValue(v)) {
        sink.add('BUNDLE_VALUE_REJECTED', file, { section: `${s.type}: ${s.id}`, key: k, value: quoted(v) });
        continue;
      }
      if (options.some(([x]) => x === k)) throw new Error(`internal: duplicate option ${k} in ${s.type}: ${s.id}`);
      options.push([k, v]);
    }
    written.push({ ...s, options });
    blocks.push([...(s.comments ?? []).map((c) => `# ${oneLine(c)}`), `${s.type}: ${s.id}`, ...options.map(([k, v]) => `\t${k} ${v}`)].join('\n'));
  }
  const head = header.map((h) => `# ${oneLine(h, 400)}`);
  const body = blocks.join('\n\n');
  const text = [...head, ...(head.length && body ? [''] : []), body].join('\n');
  return { text: text.endsWith('\n') || text === '' ? text : `${text}\n`, written };
}
