import { dictionary, type TKey } from '../i18n';
import { fill, type Params, type Text } from '../i18n/text';
import type { Block, ReportModel, ReportProfile, Section } from './model';

/**
 * Cuts a report model to a profile. `full` keeps everything but the summary's digests. `summary` drops the sections and blocks marked
 * `detail: 'full'` (per-VM lists, step-by-step commands) and puts a one-line pointer in place of each dropped
 * table, so the reader knows the list exists, how long it is and where to find it (the XLSX workbook always
 * holds it). Blocks marked `detail: 'summary'` (a compact digest of a dropped block) are printed in the summary
 * only; a section marked `detail: 'summary'` is such a digest of per-cluster sections (marked `digested`). A block
 * or section marked `digested` has a digest that points to it, so it gets no pointer of its own. The printed
 * documents then grow with the clusters, not with the VMs.
 */
export function profileModel(model: ReportModel, profile: ReportProfile): ReportModel {
  if (profile === 'full') {
    // The summary's compact digests repeat what the full documents print in detail.
    return {
      ...model,
      profile,
      sections: model.sections.filter((s) => s.detail !== 'summary').map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.detail !== 'summary') })),
    };
  }
  const sections: Section[] = [];
  const dropped: Section[] = [];
  // Paragraphs already printed in the current group (the same explanation for every cluster is printed once).
  let seen = new Set<string>();
  for (const s of model.sections) {
    if (s.detail === 'full') {
      // A digested section is stood for by a summary section that names where its detail is.
      if (!s.digested) dropped.push(s);
      continue;
    }
    const blocks: Block[] = [];
    for (const b of s.blocks) {
      if (b.detail !== 'full') {
        blocks.push(b);
        continue;
      }
      if (b.digested) continue;
      const pointer = pointerFor(b);
      if (pointer) blocks.push({ kind: 'note', tone: 'info', text: pointer });
    }
    const last = sections[sections.length - 1];
    if (s.group && last && last.id === s.group.id) last.blocks.push(...grouped(s, blocks, seen));
    else if (s.group) {
      seen = new Set();
      sections.push({ id: s.group.id, title: s.group.title, blocks: grouped(s, blocks, seen), ...(s.appendix ? { appendix: true } : {}) });
    } else sections.push({ ...s, blocks });
  }
  // No silent drop: the first section names the sections only the full report prints.
  const first = sections[0];
  if (first && dropped.length > 0) {
    const list = (lang: 'vi' | 'en'): string => dropped.map((s) => s.title[lang]).join('; ');
    const e = dictionary['report.profile.dropped'];
    first.blocks = [...first.blocks, { kind: 'note', tone: 'info', text: { vi: fill(e.vi, { list: list('vi') }), en: fill(e.en, { list: list('en') }) } }];
  }
  return { ...model, sections, profile };
}

/**
 * A section's blocks under its title as a heading, inside its group's section (headings one level down). A
 * paragraph the group already printed word for word (the same explanation for every cluster) is left out.
 */
function grouped(s: Section, blocks: Block[], seen: Set<string>): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: s.title }];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const key = `${b.text.vi}\u0000${b.text.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(b.kind === 'heading' ? { ...b, level: 3 } : b);
  }
  return out;
}

/** A Text whose `{{title}}` is a Text itself (filled per language). */
function withTitle(key: TKey, title: Text, params: Params): Text {
  const e = dictionary[key];
  return { vi: fill(e.vi, { ...params, title: title.vi }, 'vi'), en: fill(e.en, { ...params, title: title.en }, 'en') };
}

/** "VM placement — cluster x (76 rows): in the XLSX workbook and in the full report." */
function pointerFor(b: Block): Text | undefined {
  if (b.kind === 'table') return withTitle('report.profile.pointer', b.title ?? dictionary['report.profile.list'], { rows: b.rows.length });
  if (b.kind === 'checklist') {
    // A checklist with commands: the summary printed its digest; the steps and record fields are elsewhere.
    const key: TKey = b.items.some((i) => i.command) ? 'report.profile.pointerSteps' : 'report.profile.pointer';
    return withTitle(key, dictionary['report.profile.list'], { rows: b.items.length });
  }
  if (b.kind === 'code') return withTitle('report.profile.pointerLines', b.title ?? dictionary['report.profile.list'], { rows: b.code.split('\n').length });
  return undefined;
}
