import { describe, expect, it } from 'vitest';
import { buildConfigBundle } from '../../../shared/report/configBundle';
import { markdownBlocks } from '../../../shared/report/markdownBlocks';
import { buildReport } from '../../../shared/report/build';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { cellText } from '../../../shared/report/cellText';
import type { Block } from '../../../shared/report/model';
import { demoPlan } from '../../renderer/simulateDemo';

/** Every text a block shows, in both languages. */
function shown(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'note') return [b.text.vi, b.text.en];
    if (b.kind === 'table') return [...b.columns.flatMap((c) => [c.label.vi, c.label.en]), ...b.rows.flat().map((c) => cellText(c, 'vi+en'))];
    if (b.kind === 'code') return [b.code];
    return [];
  });
}

const MARKDOWN_SYNTAX = /```|^\s*\|.*\|\s*$|^\s*#{1,6} |\*\*|\\[\\`*_|<>&]|&(lt|gt|amp|quot);|<br>/m;

describe('Markdown files as report blocks', () => {
  it('headings, pipe tables, fenced code, lists and inline marks become blocks without Markdown syntax', () => {
    const md = [
      '# Corosync links — cluster prod\\_01',
      '',
      '| link | network | note |',
      '|---|---|---|',
      '| link0 | &lt;CIDR&gt; | a \\| b, **bold** and `code` |',
      '',
      '## Node addresses / Địa chỉ các node',
      '',
      '- first item',
      '2. second item',
      '',
      'EN: create the cluster.',
      '',
      'VI: tạo cluster.',
      '',
      '```sh',
      '# on pve01',
      'pvecm create prod --link0 <IP> | tee log',
      '```',
    ].join('\n');
    const blocks = markdownBlocks(md, 't');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'table', 'heading', 'paragraph', 'paragraph', 'paragraph', 'code']);
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: { vi: 'Corosync links — cluster prod_01' } });
    const table = blocks[1];
    expect(table?.kind === 'table' && table.rows).toEqual([['link0', '<CIDR>', 'a | b, bold and code']]);
    expect(table?.kind === 'table' && table.columns.map((c) => c.label.en)).toEqual(['link', 'network', 'note']);
    expect(blocks[2]).toMatchObject({ text: { vi: 'Địa chỉ các node', en: 'Node addresses' } });
    expect(blocks[3]).toMatchObject({ text: { vi: '• first item' } });
    expect(blocks[5]).toMatchObject({ kind: 'paragraph', text: { vi: 'tạo cluster.', en: 'create the cluster.' } });
    // Commands stay verbatim (a pipe inside a command is not a table).
    expect(blocks[6]).toEqual({ kind: 'code', language: 'sh', code: '# on pve01\npvecm create prod --link0 <IP> | tee log' });
    for (const s of shown(blocks.slice(0, 6))) expect(s).not.toMatch(MARKDOWN_SYNTAX);
  });

  it('the demo bundle: every .md file the report prints is blocks, and the report holds no Markdown outside code', async () => {
    const plan = await demoPlan();
    const md = buildConfigBundle(plan.design).files.filter((f) => f.path.endsWith('.md'));
    expect(md.length).toBeGreaterThan(0);
    const model = buildReport(plan);
    const blocks = model.sections.flatMap((s) => s.blocks);
    // The corosync-links.md of each cluster is in the full report as a table and a code block, not as one Markdown code block.
    expect(blocks.some((b) => b.kind === 'code' && /```|\|---/.test(b.code))).toBe(false);
    const corosync = blocks.filter((b) => b.kind === 'table' && b.id.startsWith('design-md-') && b.id.includes('corosync-links.md'));
    expect(corosync.length).toBe(2 * plan.design.clusters.length);
    for (const s of shown(blocks.filter((b) => b.kind !== 'code'))) expect(s).not.toMatch(/```|^\s*\|.*\|\s*$/m);
    // Prose never starts with a Markdown heading mark (table cells may hold shell comments: "# on pve01").
    for (const s of shown(blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'note'))) expect(s).not.toMatch(/^#{1,6} \S/m);
    // The Markdown export still renders them as Markdown (tables with pipes there are right).
    expect(renderMarkdown(model, 'en')).toContain('Node addresses');
  });
});
