import { dictionary } from '../i18n';
import type { ReportLang } from '../i18n/text';
import { cellParts, formatDate, label, LANG_NAME, textParts } from './cellText';
import { chartTable } from './chart';
import { htmlText, mdCode, mdInline, mdText } from './safeText';
import type { Block, Cell, Column, ReportModel } from './model';

/**
 * Markdown rendering of a report (GitHub-flavoured tables). Pure: returns the document text. Every text goes
 * through safeText.ts: text from the inventory never becomes a live link, image or raw HTML.
 */

/** Text for one line or one table cell: pipes escaped, line breaks as <br>. */
function escapeInline(s: string): string {
  return mdInline(s);
}

/** Bilingual paragraphs: Vietnamese, then English in italics on its own line. */
function paragraph(parts: string[]): string {
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts[0]}\n\n*${parts[1]}*`;
}

function tableCell(c: Cell, lang: ReportLang): string {
  return cellParts(c, lang).map(escapeInline).join('<br>');
}

function table(columns: Column[], rows: Cell[][], lang: ReportLang): string {
  const head = `| ${columns.map((c) => escapeInline(textParts(c.label, lang).join(' / '))).join(' | ')} |`;
  const sep = `|${columns.map((c) => (c.align === 'right' ? ' ---: ' : c.align === 'center' ? ' :---: ' : ' --- ')).join('|')}|`;
  const body = rows.map((r) => `| ${columns.map((_, i) => tableCell(r[i], lang)).join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}

function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function block(b: Block, lang: ReportLang): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${mdInline(textParts(b.text, lang).join(' / '))}`;
    case 'paragraph':
      return paragraph(textParts(b.text, lang).map(mdText));
    case 'note': {
      const tag = label(b.tone === 'correction' ? 'report.note.correction' : b.tone === 'warning' ? 'report.note.warning' : 'report.note.info', lang);
      const parts = textParts(b.text, lang).map(mdText);
      return parts.map((p, i) => (i === 0 ? `> **${tag}:** ${p}` : `>\n> *${p}*`)).join('\n');
    }
    case 'kv':
      return table(
        [
          { key: 'k', label: dictionary['report.column.item'] },
          { key: 'v', label: dictionary['report.column.value'], align: 'right' },
        ],
        b.rows.map((r) => [r.label, r.value]),
        lang,
      );
    case 'table': {
      return table(b.columns, b.rows, lang);
    }
    case 'checklist': {
      return b.items
        .map((it) => {
          const lines = [`- [ ] **${mdInline(it.id)}** ${mdText(textParts(it.text, lang).join(' / '))}`];
          if (it.detail) lines.push(`  ${mdText(textParts(it.detail, lang).join(' / '))}`);
          if (it.command && /[\r\n]/.test(it.command)) {
            // Several commands: an indented fenced block inside the list item (fence longer than any backtick run).
            const code = it.command.replace(/\r\n?/g, '\n');
            const f = fence(code);
            lines.push('', `  ${f}sh`, ...code.split('\n').map((l) => `  ${l}`), `  ${f}`, '');
          } else if (it.command) lines.push(`  ${mdCode(it.command)}`);
          if (it.expected) lines.push(`  ${label('report.checklist.expected', lang)}: ${mdText(textParts(it.expected, lang).join(' / '))}`);
          return lines.join('\n');
        })
        .join('\n');
    }
    case 'code': {
      const f = fence(b.code);
      const title = b.title ? `**${mdText(textParts(b.title, lang).join(' / '))}**\n\n` : '';
      return `${title}${f}${b.language}\n${b.code}\n${f}`;
    }
    case 'chart': {
      const t = chartTable(b.chart);
      return `**${mdText(textParts(b.title, lang).join(' / '))}**\n\n${table(t.columns, t.rows, lang)}`;
    }
  }
}

/** A section id as a fragment: letters, digits, `-` and `_` only. */
function anchor(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}

export function renderMarkdown(model: ReportModel, lang: ReportLang): string {
  const out: string[] = [];
  out.push(`# ${mdInline(textParts(model.title, lang).join(' / '))}`);
  if (model.subtitle) out.push(paragraph(textParts(model.subtitle, lang).map(mdText)));
  const meta: [string, string][] = [[label('report.cover.project', lang), model.meta.project]];
  if (model.meta.customer) meta.push([label('report.cover.customer', lang), model.meta.customer]);
  meta.push(
    [label('report.cover.date', lang), formatDate(model.meta.generatedAt)],
    [label('report.cover.calculator', lang), model.meta.calculatorVersion],
    [label('report.cover.language', lang), label(LANG_NAME[lang], lang)],
  );
  out.push(meta.map(([k, v]) => `- **${escapeInline(k)}:** ${escapeInline(v)}`).join('\n'));
  out.push(`## ${label('report.toc', lang)}`);
  out.push(model.sections.map((s, i) => `${i + 1}. [${escapeInline(textParts(s.title, lang).join(' / '))}](#${anchor(s.id)})`).join('\n'));
  model.sections.forEach((s, i) => {
    out.push(`<a id="${htmlText(anchor(s.id))}"></a>\n\n## ${i + 1}. ${mdInline(textParts(s.title, lang).join(' / '))}`);
    for (const b of s.blocks) out.push(block(b, lang));
  });
  return `${out.join('\n\n')}\n`;
}
