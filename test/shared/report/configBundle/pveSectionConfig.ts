/**
 * A section-config reader for tests, written from pve-common `PVE/SectionConfig.pm` parse_config and
 * parse_section_header (the reader Proxmox uses for storage.cfg and /etc/pve/ha/*.cfg):
 * - the text is split on "\n" only; lines matching `^\s*#` are skipped everywhere;
 * - a section starts with a header `^(\S+):\s*(\S+)\s*$`;
 * - inside a section an empty line ends it (Perl: '' is false); every other line must match
 *   `^\s+(\S+)(\s+(.*\S))?\s*$`, otherwise it is an "ignore config line" warning;
 * - a key given twice is "duplicate attribute"; a value containing [\n\r] is rejected by check_value;
 *   a key without a value is undefined (only booleans may do that — we never write one).
 * Plugins add id checks (storage id, configid, `vm:<vmid>`); the tests check those separately.
 */
export type PveSection = { type: string; id: string; options: Record<string, string> };

export function parsePveSectionConfig(text: string): { sections: PveSection[]; warnings: string[] } {
  const sections: PveSection[] = [];
  const warnings: string[] = [];
  const lines = text.split('\n');
  let i = 0;
  const next = (): string | undefined => {
    while (i < lines.length) {
      const l = lines[i++] as string;
      if (!/^\s*#/.test(l)) return l;
    }
    return undefined;
  };
  while (i < lines.length) {
    const line = next();
    if (line === undefined || line === '') continue;
    const h = /^(\S+):\s*(\S+)\s*$/.exec(line);
    if (!h) {
      warnings.push(`line ${i}: ignore config line: ${JSON.stringify(line)}`);
      continue;
    }
    const s: PveSection = { type: h[1] as string, id: h[2] as string, options: {} };
    sections.push(s);
    for (let l = next(); l !== undefined && l !== ''; l = next()) {
      const o = /^\s+(\S+)(\s+(.*\S))?\s*$/.exec(l);
      if (!o) {
        warnings.push(`line ${i}: section '${s.id}' - ignore config line: ${JSON.stringify(l)}`);
        continue;
      }
      const k = o[1] as string;
      const v = o[3];
      if (k in s.options) warnings.push(`line ${i}: section '${s.id}' - duplicate attribute ${k}`);
      else if (v === undefined) warnings.push(`line ${i}: section '${s.id}' - got undefined value for ${k}`);
      else if (/[\n\r]/.test(v)) warnings.push(`line ${i}: section '${s.id}' - property contains a line feed`);
      else s.options[k] = v;
    }
  }
  return { sections, warnings };
}

/** The text SectionConfig would write for the parsed sections (tab-indented, blank line between sections). */
export function writePveSectionConfig(sections: PveSection[]): string {
  return sections.map((s) => [`${s.type}: ${s.id}`, ...Object.entries(s.options).map(([k, v]) => `\t${k} ${v}`)].join('\n') + '\n').join('\n');
}
