import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/build';
import { renderFormat } from '../../../shared/report/export';
import { demoPlan } from '../../renderer/simulateDemo';
import { pdfPages } from './pdfText';

/** The paragraphs of a DOCX as text (line breaks as newlines, XML entities decoded). */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Markdown that must never reach a printed document: fences, pipe-table rows and separators, escaped entities. */
function markdownLeaks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    // Fences, code spans and bold marks (no generated command uses a backtick).
    if (/`|\*\*\S/.test(line)) out.push(line);
    else if (/^\s*\|.*\|\s*$/.test(line) || /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line)) out.push(line);
    else if (/&(lt|gt|amp);/.test(line)) out.push(line);
    else if (/^#{2,6} \S/.test(line)) out.push(line);
  }
  return out;
}

describe('no Markdown in the printed documents (full profile, the demo)', () => {
  it('the leak check finds fences, pipe rows, separators, entities and heading marks', () => {
    expect(markdownLeaks('```sh\n| a | b |\n|---|---|\n&lt;CIDR&gt;\n## Commands\nrun `qm list`\na **bold** word\nqm config 100 | grep ^net\n# on pve01\n2 * 3 ** 2')).toHaveLength(7);
  });

  it('DOCX and PDF of the full profile: no fence, no pipe-table row, no Markdown escape; the corosync links print as a table', async () => {
    const plan = await demoPlan();
    const model = buildReport(plan);
    const docx = docxText(await renderFormat('docx', plan, model, 'vi+en', { profile: 'full' }));
    expect(markdownLeaks(docx)).toEqual([]);
    const pdf = pdfPages(await renderFormat('pdf', plan, model, 'vi', { profile: 'full' })).join('\n');
    expect(markdownLeaks(pdf)).toEqual([]);
    // The file's content is there, as text: its heading, a link row's values and the commands.
    for (const text of [docx, pdf]) {
      expect(text).toContain(`Corosync links — cluster ${plan.design.clusters[0]?.name ?? ''}`);
      expect(text).toContain('pvecm status');
    }
    expect(docx).toContain('Địa chỉ các node');
    // vi-only: the Vietnamese half of the bilingual heading and paragraph, not the English one.
    expect(pdf).toContain('Địa chỉ các node');
    expect(pdf).not.toContain('Node addresses / Địa chỉ các node');
    expect(pdf).not.toContain('EN: create the cluster');
  }, 240_000);
});
