import type MarkdownItFactory from 'markdown-it';

type MarkdownIt = ReturnType<typeof MarkdownItFactory>;
type Token = ReturnType<MarkdownIt['parse']>[number];

function walk(tokens: Token[], f: (t: Token) => void): void {
  for (const t of tokens) {
    f(t);
    if (t.children) walk(t.children, f);
  }
}

/** What a Markdown renderer would make live: link targets, image sources and raw HTML fragments. */
export function liveMarkdown(md: MarkdownIt, markdown: string): { links: string[]; images: string[]; html: string[] } {
  const links: string[] = [];
  const images: string[] = [];
  const html: string[] = [];
  walk(md.parse(markdown, {}), (t) => {
    if (t.type === 'link_open') links.push(String(t.attrGet('href') ?? ''));
    else if (t.type === 'image') images.push(String(t.attrGet('src') ?? ''));
    else if (t.type === 'html_inline' || t.type === 'html_block') html.push(t.content.trim());
  });
  return { links, images, html };
}

/** The text a reader sees (text and code spans, breaks as newlines). */
export function visibleText(md: MarkdownIt, markdown: string): string {
  let out = '';
  walk(md.parse(markdown, {}), (t) => {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += '\n';
    else if (t.type === 'paragraph_close') out += '\n';
  });
  return out;
}
