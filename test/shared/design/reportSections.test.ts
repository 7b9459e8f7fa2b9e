import { describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../shared/design';
import { isText, type Block, type ReportModel } from '../../../shared/report/model';
import { renderConfigBundle } from '../../../shared/report/configBundle';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { designSections } from '../../../shared/report/sections/design';
import { deriveMapping } from '../../../shared/mapping';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';
import { loadDemo } from './realEstates';
import { syntheticDesignInventory } from '../../../cli/bench/design';
import { PLACEMENT_ROWS_MAX } from '../../../shared/report/sections/design';

function texts(b: Block): unknown[] {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return [b.text];
    case 'kv':
      return b.rows.flatMap((r) => [r.label, r.value]);
    case 'table':
      return [b.title, ...b.columns.map((c) => c.label), ...b.rows.flat()];
    case 'checklist':
      return b.items.flatMap((i) => [i.text, i.detail, i.expected]);
    case 'code':
      return [b.title];
    case 'chart':
      return [b.title, b.chart.categoryLabel, ...b.chart.categories, ...b.chart.series.map((x) => x.name)];
  }
}

describe('design report sections', () => {
  it('are bilingual, complete and carry the generated configuration', async () => {
    const inv = await loadDemo();
    const mapping = deriveMapping(inv, {}, DEFAULT_ASSUMPTIONS);
    const design = deriveDesign(inv, mapping, {}, DEFAULT_ASSUMPTIONS);
    const bundle = renderConfigBundle(design, mapping, { inventory: inv });
    const sections = designSections(design, bundle);
    expect(sections.map((s) => s.id)).toEqual(['design-clusters', 'design-quorum', 'design-placement', 'design-ha', 'design-config']);
    for (const s of sections) {
      for (const t of [s.title, ...s.blocks.flatMap(texts)]) {
        if (!isText(t)) continue;
        expect(t.vi.trim(), JSON.stringify(t)).not.toBe('');
        expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
        expect(`${t.vi}${t.en}`).not.toMatch(/\{\{\w+\}\}/);
      }
    }
    const ha = sections[3];
    expect(ha?.blocks[0]).toMatchObject({ kind: 'note', tone: 'info' });
    const rulesCfg = bundle.find((f) => f.path === 'proxmox/hcm-db/ha/rules.cfg');
    const code = sections[4]?.blocks.find((b) => b.kind === 'code' && b.code === rulesCfg?.content);
    expect(code).toBeDefined();
    const model: ReportModel = { title: { vi: 'Kế hoạch', en: 'Plan' }, meta: { project: 'demo', generatedAt: '2026-01-01', calculatorVersion: 'x' }, sections };
    const en = renderMarkdown(model, 'en');
    const vi = renderMarkdown(model, 'vi');
    expect(en).toMatch(/higher number/i);
    expect(vi).toMatch(/lớn hơn/i);
    for (const c of design.clusters) for (const n of c.nodes) expect(en).toContain(n.name);
  });

  it('caps long tables and says so', () => {
    const design = deriveDesign(syntheticDesignInventory(1200, 12), undefined, {}, DEFAULT_ASSUMPTIONS);
    const sections = designSections(design, []);
    const tables = sections.flatMap((x) => x.blocks).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const placement = tables.find((t) => t.id.startsWith('design-placement-'));
    expect(placement?.rows).toHaveLength(PLACEMENT_ROWS_MAX);
    const notes = sections.flatMap((x) => x.blocks).filter((b) => b.kind === 'note' && /of 1,200 VMs|rows;/.test(b.text.en));
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const t of tables) expect(t.rows.length).toBeLessThanOrEqual(PLACEMENT_ROWS_MAX);
  });
});
