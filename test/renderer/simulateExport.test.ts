import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plan';
import { renderConfigBundle } from '../../shared/report/configBundle';
import { commandBlock } from '../../renderer/views/checklists/checklistState';
import { checklistKey, readDecisions, resolveDecisions, setChecklistTick } from '../../shared/model/decisions';
import { untrusted } from '../fixtures/untrusted';
import { zipBundle } from '../../shared/report/configBundle/zip';
import { CONFIG_ZIP_NAME } from '../../shared/report/export';
import { demoPlan } from './simulateDemo';

let plan: Plan;
const HAS_UNZIP = spawnSync('unzip', ['-v']).status === 0;
beforeAll(async () => {
  plan = await demoPlan();
}, 60_000);

/** External attributes of every entry, read from the zip's central directory. */
function centralAttrs(zip: Uint8Array): Map<string, number> {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && dv.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out = new Map<string, number>();
  const dec = new TextDecoder();
  for (let i = 0; i < count; i++) {
    expect(dv.getUint32(p, true)).toBe(0x02014b50);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const attrs = dv.getUint32(p + 38, true);
    out.set(dec.decode(zip.subarray(p + 46, p + 46 + nameLen)), attrs);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('config bundle zip', () => {
  it('holds every bundle file under its path with the same content; scripts keep mode 0755', () => {
    const files = renderConfigBundle(plan.design, plan.mapping, { inventory: plan.inventory });
    const zip = zipBundle(files);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(files.map((f) => f.path).sort());
    const dec = new TextDecoder();
    for (const f of files) expect(dec.decode(back[f.path])).toBe(f.content);
    for (const c of plan.design.clusters) expect(Object.keys(back)).toContain(`proxmox/${c.name}/ha/resources.cfg`);
    const attrs = centralAttrs(zip);
    const scripts = files.filter((f) => f.mode !== undefined);
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(((attrs.get(f.path) ?? 0) >>> 16) & 0o777).toBe(0o755);
    expect(CONFIG_ZIP_NAME).toBe('proxmox-config.zip');
  });

  it.skipIf(!HAS_UNZIP)('unzip restores the scripts as executable files', () => {
    const files = renderConfigBundle(plan.design, plan.mapping, { inventory: plan.inventory });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-cfgzip-'));
    const zipPath = path.join(dir, CONFIG_ZIP_NAME);
    fs.writeFileSync(zipPath, zipBundle(files));
    execFileSync('unzip', ['-q', zipPath, '-d', path.join(dir, 'out')]);
    const sh = files.find((f) => f.path.endsWith('/ha-setup.sh'));
    expect(sh).toBeDefined();
    const st = fs.statSync(path.join(dir, 'out', sh?.path ?? ''));
    expect(st.mode & 0o777).toBe(0o755);
    const cfg = files.find((f) => f.path.endsWith('/ha/resources.cfg'));
    expect(fs.readFileSync(path.join(dir, 'out', cfg?.path ?? ''), 'utf8')).toBe(cfg?.content);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('acceptance checklist ticks', () => {
  it('are saved per cluster and case, keep other decisions, and ignore malformed saved values', () => {
    const h = plan.haChecks.find((x) => x.acceptance.length > 0);
    expect(h).toBeDefined();
    const first = h?.acceptance[0];
    expect(first?.id).toBe('TCs-01');
    const key = checklistKey(h?.cluster ?? '', 'TCs-01');
    const d0 = resolveDecisions(untrusted({ acknowledged: { 'x|y': { note: 'n', at: '2026-01-01' } }, checklist: { junk: 5, other: { done: true, at: '2026-01-02' } } }));
    const d1 = setChecklistTick(d0, key, true, '2026-02-03T04:05:06Z');
    expect(d1.acknowledged).toBe(d0.acknowledged);
    expect(d1.checklist).toEqual({ other: { done: true, at: '2026-01-02' }, [key]: { done: true, at: '2026-02-03T04:05:06Z' } });
    const d2 = setChecklistTick(d1, key, false, '2026-02-04T00:00:00Z');
    expect(d2.checklist?.[key]).toEqual({ done: false, at: '2026-02-04T00:00:00Z' });
    const bad = readDecisions({ checklist: 'nope' });
    expect(bad.decisions.checklist).toBeUndefined();
    expect(bad.findings.map((f) => [f.code, f.path])).toEqual([['DECISION_INVALID', 'decisions.checklist']]);
    expect(resolveDecisions({}).checklist).toBeUndefined();
  });

  it('the commands of a case name the real nodes of its cluster', () => {
    for (const h of plan.haChecks) {
      const design = plan.design.clusters.find((c) => c.name === h.cluster);
      for (const c of h.acceptance) {
        const block = commandBlock(c.setupCommands, c.commands);
        expect(block.split('\n').length).toBe(c.setupCommands.length + c.commands.length);
        const named = (design?.nodes ?? []).some((n) => `${block} ${c.expected.en}`.includes(n.name));
        if (c.id === 'TCs-01') expect(named).toBe(true);
      }
    }
  });
});
