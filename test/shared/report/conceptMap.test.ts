import { describe, expect, it } from 'vitest';
import type { Text } from '../../../shared/i18n/text';
import {
  CONCEPT_MAP_TITLE,
  CONCEPT_TABLES,
  conceptTablesFor,
  resolveVersioned,
  type ResolvedConceptRow,
} from '../../../shared/mapping/conceptMap';
import { conceptMapSections } from '../../../shared/report/sections/conceptMap';
import type { PveTarget } from '../../../shared/model/project';
import type { Block } from '../../../shared/report/model';

const TARGETS: PveTarget[] = ['pve8', 'pve9.0', 'pve9.2'];
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function row(target: PveTarget, id: string): ResolvedConceptRow {
  const r = conceptTablesFor(target)
    .flatMap((t) => t.rows)
    .find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

function texts(r: ResolvedConceptRow): Text[] {
  return [r.topic, r.vsphere, r.proxmox, r.notes, ...(r.correction ? [r.correction] : [])];
}

describe('concept map content', () => {
  it('has the four tables of the seed, in order, with unique row ids', () => {
    expect(CONCEPT_TABLES.map((t) => t.id)).toEqual(['core', 'liveMigration', 'snapshotBackup', 'licensingOps']);
    const ids = CONCEPT_TABLES.flatMap((t) => t.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of CONCEPT_TABLES) expect(t.rows.length, t.id).toBeGreaterThanOrEqual(4);
  });

  it('is bilingual for every target: no empty text, Vietnamese really written in Vietnamese', () => {
    for (const target of TARGETS) {
      for (const r of conceptTablesFor(target).flatMap((t) => t.rows)) {
        for (const t of texts(r)) {
          expect(t.vi.trim(), `${target} ${r.id}`).not.toBe('');
          expect(t.en.trim(), `${target} ${r.id}`).not.toBe('');
          // A Vietnamese text that differs from the English one must contain Vietnamese letters.
          if (t.vi !== t.en && t.vi.split(' ').length > 3) expect(t.vi, `${target} ${r.id}`).toMatch(VI_LETTER);
          expect(`${t.vi} ${t.en}`, 'placeholders left').not.toMatch(/\{\{/);
        }
      }
    }
  });

  it('says a HIGHER priority number is preferred, and corrects the common belief', () => {
    for (const target of TARGETS) {
      const r = row(target, 'core.nodePriority');
      expect(r.proxmox.en).toMatch(/HIGHER number is preferred/);
      expect(r.proxmox.vi).toMatch(/số LỚN HƠN = ưu tiên cao hơn/);
      expect(r.notes.en).toContain('`pve01:2,pve02:1` makes the guest prefer pve01');
      expect(r.correction?.en).toMatch(/lower number = higher priority.*In fact/);
    }
    // Outside the corrections nothing repeats the seed's direction.
    for (const r of conceptTablesFor('pve9.0').flatMap((t) => t.rows)) {
      for (const t of [r.proxmox, r.notes]) expect(t.en).not.toMatch(/lower (number|priority) (=|is) (higher|preferred)/i);
    }
  });

  it('maps HA groups to rules by version: groups for PVE 8, node-affinity rules for PVE 9', () => {
    expect(row('pve8', 'core.haPlacement').proxmox.en).toContain('groups.cfg');
    expect(row('pve8', 'core.haPlacement').proxmox.en).not.toContain('rules.cfg');
    for (const t of ['pve9.0', 'pve9.2'] as const) {
      const r = row(t, 'core.haPlacement');
      expect(r.proxmox.en).toContain('rules.cfg');
      expect(r.notes.en).toContain('refuses `ha-manager groupadd`');
      expect(r.versionDependent).toBe(true);
    }
    expect(row('pve8', 'core.vmAffinity').proxmox.en).toMatch(/Not available/);
    expect(row('pve9.0', 'core.vmAffinity').proxmox.en).toMatch(/resource-affinity/);
  });

  it('has failback per group (nofailback) on PVE 8 and per resource (failback) on PVE 9', () => {
    expect(row('pve8', 'core.failback').proxmox.en).toContain('`nofailback`');
    expect(row('pve9.0', 'core.failback').proxmox.en).toContain('`failback` (default 1');
    expect(row('pve9.2', 'core.failback').correction?.en).toMatch(/definite/);
  });

  it('replaces "no native DRS": static CRS before 9.2, automatic rebalancing of HA guests from 9.2', () => {
    for (const t of ['pve8', 'pve9.0'] as const) {
      const r = row(t, 'core.loadBalancing');
      expect(r.proxmox.en).toMatch(/No automatic balancing.*Static CRS/);
      expect(r.proxmox.en).not.toContain('ha-auto-rebalance');
    }
    const r92 = row('pve9.2', 'core.loadBalancing');
    expect(r92.proxmox.en).toContain('ha-auto-rebalance=1');
    expect(r92.notes.en).toMatch(/guests outside HA still are not/);
    expect(r92.correction?.vi).toMatch(/không có DRS/i);
    expect(row('pve9.2', 'lo.balancing').proxmox.en).toContain('ha-auto-rebalance');
  });

  it('states the QDevice even/odd rule, disabled vs ignored, and watchdog fencing', () => {
    const q = row('pve9.0', 'core.quorum');
    expect(q.notes.en).toMatch(/EVEN node counts only/);
    expect(q.notes.en).toMatch(/odd counts avoid it/);
    expect(q.notes.en).toContain('`pvecm status`');
    expect(q.notes.en).not.toContain('qdevice status');
    const s = row('pve9.0', 'core.requestState');
    expect(s.notes.en).toMatch(/`disabled`: stops the guest and does not recover it/);
    expect(s.notes.en).toMatch(/`ignored`: takes the guest out of HA control/);
    expect(s.correction?.en).toMatch(/stop managing/);
    const f = row('pve9.0', 'core.fencing');
    expect(f.proxmox.en).toMatch(/Watchdog self-fencing/);
    expect(f.notes.en).toMatch(/experimental/);
  });

  it('resolves plain and versioned values', () => {
    const plain = { vi: 'a', en: 'b' };
    expect(resolveVersioned(plain, 'pve8')).toBe(plain);
    const v = { pve8: 1, 'pve9.0': 2, 'pve9.2': 3 };
    expect(TARGETS.map((t) => resolveVersioned(v, t))).toEqual([1, 2, 3]);
  });

  it('becomes the first report section with four tables; the corrections go to the appendix', () => {
    for (const target of TARGETS) {
      const [section, ...rest] = conceptMapSections(target);
      expect(rest).toHaveLength(0);
      expect(section?.title).toEqual(CONCEPT_MAP_TITLE);
      const blocks: Block[] = section?.blocks ?? [];
      // The full tables, and for the summary a digest of each (without the notes column).
      const tables = blocks.filter((b) => b.kind === 'table' && b.detail !== 'summary');
      expect(tables).toHaveLength(4);
      expect(blocks.filter((b) => b.kind === 'table' && b.detail === 'summary')).toHaveLength(4);
      const corrected = conceptTablesFor(target).flatMap((t) => t.rows.filter((r) => r.correction));
      const notes = blocks.filter((b) => b.kind === 'note' && b.tone === 'correction');
      expect(notes).toHaveLength(0);
      expect(corrected.length).toBeGreaterThanOrEqual(6);
      // The intro names the target version in both languages.
      const intro = blocks[0];
      expect(intro?.kind).toBe('paragraph');
      if (intro?.kind === 'paragraph') {
        expect(intro.text.en).toContain(target === 'pve9.2' ? '9.2 or later' : target === 'pve8' ? '8.x' : '9.0–9.1');
        expect(intro.text.vi).not.toMatch(/\{\{/);
      }
    }
  });
});
