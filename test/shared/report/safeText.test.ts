import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mdCode, mdInline, mdText } from '../../../shared/report/safeText';
import { liveMarkdown, visibleText } from './markdownCheck';

/**
 * Written from the CommonMark spec (links, images, autolinks, raw HTML, code spans, backslash escapes) and
 * GitHub's autolink extension (bare `www.`, `http://`, e-mail); checked with a real renderer, markdown-it with
 * raw HTML allowed and linkify on (the most permissive common setting, e.g. VS Code's preview).
 */
const HOSTILE = [
  '[click](javascript:alert(1))',
  '![img](http://evil.example/x.png)',
  '<http://evil.example/a>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'www.evil.example and http://evil.example/p?q=1 and evil@evil.example',
  'mailto:evil@evil.example javascript:alert(1)',
  '[ref]: http://evil.example\n[ref]',
  '&lt;script&gt; &#x6A;avascript:',
  'web01.corp.vn and README.md',
  '*emph* _x_ ~~s~~ # not a heading',
  '- item\n1. item\n> quote\n~~~\n```',
  'x | y | z',
  '\\[escaped](http://evil.example)',
  'Máy ảo 🚀 \u202eevil',
];

const TRICKY_BACKTICKS = [
  '`a` [x](http://evil.example) ``b`',
  '`` `[x](http://evil.example)` ``',
  'a` [x](http://evil.example)',
  '`\n\n[x](http://evil.example)\n\n`',
  '`\n<script>alert(1)</script>\n`',
];

const md = new MarkdownIt({ html: true, linkify: true });
// Count every link whatever its scheme (markdown-it alone would drop javascript: targets; other renderers may not).
md.validateLink = () => true;

describe('Markdown escaping (safeText)', () => {
  it('the check sees what raw inventory text would make live (it can fail)', () => {
    const raw = HOSTILE.slice(0, 8).map((s) => liveMarkdown(md, s));
    expect(raw.every((r) => r.links.length + r.images.length + r.html.length > 0)).toBe(true);
  });

  it('inventory text in a paragraph never becomes a live link, image or raw HTML, and reads the same', () => {
    for (const s of [...HOSTILE, ...TRICKY_BACKTICKS]) {
      const out = mdText(s);
      expect(liveMarkdown(md, out), `${JSON.stringify(s)} → ${JSON.stringify(out)}`).toEqual({ links: [], images: [], html: [] });
    }
    for (const s of HOSTILE) expect(visibleText(md, mdText(s)).replace(/\s+/g, ' ').trim(), s).toBe(s.replace(/\s+/g, ' ').trim());
  });

  it('inventory text in a table cell keeps the row intact (one row, three cells) and is inert', () => {
    for (const s of [...HOSTILE, ...TRICKY_BACKTICKS]) {
      const table = `| a | b | c |\n|---|---|---|\n| 1 | ${mdInline(s)} | 3 |\n`;
      const tokens = md.parse(table, {});
      expect(tokens.filter((t) => t.type === 'tr_open'), s).toHaveLength(2);
      expect(tokens.filter((t) => t.type === 'td_open'), s).toHaveLength(3);
      const live = liveMarkdown(md, table);
      expect(live.links, s).toEqual([]);
      expect(live.images, s).toEqual([]);
      expect(live.html.filter((h) => h !== '<br>'), s).toEqual([]);
    }
  });

  it('a text across several pieces cannot pair a stray backtick with one from another piece', () => {
    // Two escaped pieces on one line (e.g. a label and a value): the stray backtick of the first must not
    // open a code span that swallows the second piece's code span delimiters and frees its link.
    const line = `- **${mdInline('k`')}:** ${mdInline('`[z](javascript:x)` tail')}`;
    expect(liveMarkdown(md, line)).toEqual({ links: [], images: [], html: [] });
  });

  it('mdCode shows any text literally, whatever backticks it holds', () => {
    for (const s of ['plain', 'a`b', '``x``', '`lead', 'trail`']) {
      const tokens = md.parseInline(mdCode(s), {})[0]?.children ?? [];
      expect(tokens.map((t) => t.type), s).toEqual(['code_inline']);
      expect(tokens[0]?.content, s).toBe(s);
    }
  });
});
