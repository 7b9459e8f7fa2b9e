/**
 * Markdown and HTML escaping for generated documents (plan.md, the bundle READMEs). Text from the
 * inventory or the project file must never become a live link, image or raw HTML in a renderer:
 * - HTML: `<`, `>`, `&` become entities (no tag, no autolink `<http://…>`, no entity trick);
 * - links and images: `[`, `]` and `!` are backslash-escaped, so `[x](javascript:…)` and `![x](http://…)`
 *   stay text, as do reference definitions;
 * - bare URLs, `www.` names and e-mail addresses (which GFM and linkify renderers turn into links) are put in
 *   code spans, where no renderer links;
 * - emphasis characters and backslashes are escaped; code spans written in the text are kept verbatim, but
 *   only those CommonMark itself would see on the same line (a backtick run with a matching run); stray
 *   backticks are escaped so they cannot pair with backticks elsewhere on the line.
 */

/**
 * Tokens a renderer may turn into a link: anything with a scheme, `www.` names, e-mail addresses (GFM
 * autolinks) and dotted names ending in a top-level domain (linkify's fuzzy links, e.g. VS Code's preview).
 */
const URLISH =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:mailto|xmpp|javascript|vbscript|data|file):)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|net|org|edu|gov|biz|info|name|pro|aero|asia|coop|museum|shop|xxx|web)\b\S*/gi;

/** A code span that shows `s` literally (backtick fence longer than any run inside, padded when needed). */
export function mdCode(s: string): string {
  const flat = s.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function escapePlain(s: string): string {
  return s.replace(/[\\`*_[\]<>&~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** Plain text (no code spans of its own) with URL-like tokens put in code spans. */
function escapeText(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(URLISH)) {
    const i = m.index ?? 0;
    out += escapePlain(s.slice(last, i)) + mdCode(m[0]);
    last = i + m[0].length;
  }
  return out + escapePlain(s.slice(last));
}

/** One line: code spans CommonMark would recognise are kept; everything else is escaped. */
function escapeLine(line: string): string {
  const runs = [...line.matchAll(/`+/g)].map((m) => ({ at: m.index ?? 0, len: m[0].length }));
  let out = '';
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    if (!open || open.at < pos) continue;
    const closeIndex = runs.findIndex((r, j) => j > i && r.len === open.len);
    if (closeIndex < 0) continue;
    const close = runs[closeIndex];
    if (!close) continue;
    out += escapeText(line.slice(pos, open.at)) + line.slice(open.at, close.at + close.len);
    pos = close.at + close.len;
    i = closeIndex;
  }
  return out + escapeText(line.slice(pos));
}

/**
 * Inline Markdown text, safe for any renderer. Line breaks are kept (each line escaped on its own, so a
 * code span never runs across lines and no line can start a block that un-escapes the next).
 */
export function mdText(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    // A line starting with a block marker (heading, list item, setext underline) stays text.
    .map((l) => escapeLine(l).replace(/^(\s*)([-+=#])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** A table cell or a one-line item: escaped, pipes escaped, line breaks as `<br>`. */
export function mdInline(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => escapeLine(l).replace(/\|/g, '\\|'))
    .join('<br>');
}

/** HTML text content and attribute values. */
export function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
