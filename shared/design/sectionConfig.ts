import type { Text } from '../i18n/text';
import { dt } from './dt';

/**
 * Proxmox "section config" (ha-semantics §2): a header line `type: id`, then one tab- (or space-)
 * indented `key value` line per option; sections separated by blank lines; `#` starts a comment line.
 * Used for /etc/pve/ha/{resources,rules,groups}.cfg and storage.cfg.
 */
export type Section = { type: string; id: string; options: [string, string][] };

export type SectionConfigError = { code: 'SECTION_SYNTAX' | 'SECTION_OPTION_OUTSIDE' | 'SECTION_DUPLICATE'; line: number; message: Text };

export type SectionConfigParse = { sections: Section[]; errors: SectionConfigError[] };

const HEADER = /^([a-z][a-z0-9-]*):\s*(\S+)\s*$/;
const OPTION = /^[\t ]+([a-z][a-z0-9_-]*)(?:[\t ]+(.*?))?\s*$/;

export function parseSectionConfig(text: string): SectionConfigParse {
  const sections: Section[] = [];
  const errors: SectionConfigError[] = [];
  const seen = new Set<string>();
  let current: Section | undefined;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (/^\s*(#.*)?$/.test(raw)) {
      if (raw.trim() === '') current = undefined;
      return;
    }
    const h = HEADER.exec(raw);
    if (h && !/^\s/.test(raw)) {
      const type = h[1] as string, id = h[2] as string;
      const key = `${type}:${id}`;
      if (seen.has(key)) errors.push({ code: 'SECTION_DUPLICATE', line, message: dt('design.cfg.duplicate', { line, section: key }) });
      seen.add(key);
      current = { type, id, options: [] };
      sections.push(current);
      return;
    }
    const o = OPTION.exec(raw);
    if (o) {
      if (!current) {
        errors.push({ code: 'SECTION_OPTION_OUTSIDE', line, message: dt('design.cfg.outside', { line }) });
        return;
      }
      current.options.push([o[1] as string, o[2] ?? '']);
      return;
    }
    errors.push({ code: 'SECTION_SYNTAX', line, message: dt('design.cfg.syntax', { line }) });
  });
  return { sections, errors };
}

/** Write sections: header, tab-indented options, a blank line between sections, a final newline. */
export function writeSectionConfig(sections: Section[]): string {
  return sections
    .map((s) => [`${s.type}: ${s.id}`, ...s.options.map(([k, v]) => (v === '' ? `\t${k}` : `\t${k} ${v}`))].join('\n'))
    .join('\n\n')
    .concat(sections.length ? '\n' : '');
}

export function option(s: Section, key: string): string | undefined {
  return s.options.find(([k]) => k === key)?.[1];
}
