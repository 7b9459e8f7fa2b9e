import type { Text } from '../i18n/text';
import { NO_SHEET, type Block, type Cell } from './model';

/**
 * A Markdown file of the configuration bundle (corosync-links.md …) as report blocks, so the PDF and the DOCX
 * never print Markdown syntax: `#` headings become headings, pipe tables become tables, fenced code becomes a
 * code block, list items and paragraphs become paragraphs, and inline marks (backticks, `**`, backslash
 * escapes, HTML entities, `<br>`) are removed. Only the subset the bundle writes is read; any other line is
 * kept as plain text. A paragraph starting "EN:" next to one starting "VI:" becomes one bilingual text, so a
 * one-language document prints its own language only.
 */
export function markdownBlocks(md: string, idPrefix: string): Block[] {
  const out: Block[] = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let tables = 0;
  const flush = () => {
    if (para.length) out.push({ kind: 'paragraph', text: same(inline(para.join(' '))) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      flush();
      const close = fence[1] ?? '```';
      const body: string[] = [];
      for (i++; i < lines.length && (lines[i] ?? '').trim() !== close; i++) body.push(lines[i] ?? '');
      const lang = fence[2] ?? '';
      out.push({ kind: 'code', language: lang === 'sh' || lang === 'bash' || lang === 'shell' ? 'sh' : lang === 'ini' ? 'ini' : 'text', code: body.join('\n') });
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i] ?? ''); i++) rows.push(cells(lines[i] ?? ''));
      i--;
      const [head, ...rest] = rows;
      const body = rest.filter((r) => !r.every((c) => /^:?-{2,}:?$/.test(c.trim())));
      if (!head) continue;
      out.push({
        kind: 'table',
        id: `${idPrefix}-table-${++tables}`,
        // The file itself is in the configuration bundle; the workbook does not repeat it.
        sheet: { kind: NO_SHEET },
        columns: head.map((h, k) => ({ key: `c${k}`, label: same(inline(h)) })),
        rows: body.map((r): Cell[] => head.map((_, k) => inline(r[k] ?? ''))),
      });
      continue;
    }
    const heading = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      out.push({ kind: 'heading', level: 3, text: headingText(inline(heading[2] ?? '')) });
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const mark = /^\d/.test(item[1] ?? '') ? (item[1] ?? '') : '•';
      out.push({ kind: 'paragraph', text: same(`${mark} ${inline(item[2] ?? '')}`) });
      continue;
    }
    if (line.trim() === '') flush();
    else para.push(line.trim());
  }
  flush();
  return pairLanguages(out);
}

const same = (s: string): Text => ({ vi: s, en: s });

/** The cells of a pipe-table row (an escaped `\|` stays inside its cell). */
function cells(row: string): string[] {
  const s = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return s.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Inline Markdown to plain text: code spans, emphasis, links, line breaks, escapes and entities. */
function inline(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/(`+)\s?(.*?)\s?\1/g, (_, __, code: string) => code)
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, t: string, u: string) => (u && u !== t ? `${t} (${u})` : t))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\\([\\`*_[\]{}()#+\-.!|<>&~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** "English / Tiếng Việt" headings (the bundle's style) as a bilingual text; others as they are. */
function headingText(s: string): Text {
  const m = /^(.*?) \/ (.*)$/.exec(s);
  if (m && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i.test(m[2] ?? '') && !/[ăâđêôơư]/i.test(m[1] ?? '')) {
    return { vi: m[2] ?? s, en: m[1] ?? s };
  }
  return same(s);
}

/** An "EN: …" paragraph beside a "VI: …" paragraph: one bilingual paragraph. */
function pairLanguages(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const tagged = (b: Block | undefined, tag: 'EN' | 'VI'): string | undefined => {
    if (b?.kind !== 'paragraph') return undefined;
    const m = new RegExp(`^${tag}:\\s+(.*)$`, 's').exec(b.text.en);
    return m ? m[1] : undefined;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const en = tagged(b, 'EN') ?? tagged(blocks[i + 1], 'EN');
    const vi = tagged(b, 'VI') ?? tagged(blocks[i + 1], 'VI');
    if (en !== undefined && vi !== undefined) {
      out.push({ kind: 'paragraph', text: { vi, en } });
      i++;
      continue;
    }
    out.push(b);
  }
  return out;
}
