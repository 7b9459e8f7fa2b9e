import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAcceptancePlan } from '../../../shared/ha/acceptancePlan';
import { haLog } from '../../../shared/ha/messages';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { simulate } from '../../../shared/ha/simulate';
import type { SweepInput } from '../../../shared/ha/types';

const FIXTURES = path.resolve(__dirname, '../../fixtures/ha');
const KNOWN = new Set<string>(Object.values(haLog).map((t) => t.code));

function fixtureRuns() {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, result: simulate(parseScenario(JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')))) }));
}

describe('simulator timeline: codes and parameters', () => {
  it('every entry of every fixture run carries a known code, primitive params and a filled bilingual message', () => {
    const seen = new Set<string>();
    for (const { name, result } of fixtureRuns()) {
      for (const e of result.timeline) {
        expect(KNOWN.has(e.code), `${name}: ${e.code}`).toBe(true);
        seen.add(e.code);
        for (const v of Object.values(e.params)) expect(['string', 'number']).toContain(typeof v);
        for (const m of [e.message.vi, e.message.en]) expect(m, `${name}: ${e.code}`).not.toMatch(/\{\{|undefined/);
        // Named params and the filter fields agree.
        if (e.params.sid !== undefined && e.sid !== undefined) expect(e.sid).toBe(e.params.sid);
      }
    }
    // The fixtures exercise the codes the acceptance plan relies on.
    for (const c of ['service.recovered', 'lrm.started', 'quorum.lost', 'crm.master', 'service.moved', 'lrm.startRetry', 'lrm.startGaveUp', 'service.relocateAfterStartFailure', 'service.relocationSucceeded']) {
      expect(seen.has(c), c).toBe(true);
    }
  });

  it('codes are unique and every template has the same placeholders in both languages', () => {
    const codes = Object.values(haLog).map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    const names = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
    for (const [key, t] of Object.entries(haLog)) expect(names(t.vi), key).toEqual(names(t.en));
  });

  it('Vietnamese lines are Vietnamese: English appears only as quoted log text, commands, states and terms', () => {
    // Lines that are Proxmox log output themselves (identical in both languages) are exempt.
    const englishClause = /\b(the|and|is|are|to|from|failed|found|with|of|its|it|no|not|into|back|moved|stays|already)\b/i;
    for (const [key, t] of Object.entries(haLog)) {
      if ((t.vi as string) === t.en) continue;
      const prose = t.vi
        .replace(/"[^"]*"/g, '')
        .replace(/'[^']*'/g, '')
        .replace(/\{\{\w+\}\}/g, '');
      expect(prose, key).not.toMatch(englishClause);
      expect(prose, key).not.toMatch(/\bVMs?\b/);
    }
  });

  it('the acceptance plan reads codes, not display text: rewording every log line changes none of its results', () => {
    const input: SweepInput & { clusterName: string; target: 'pve8' } = {
      nodes: ['pve01', 'pve02', 'pve03'],
      crs: 'basic',
      groups: [{ id: 'HA-01', nodes: 'pve01:1,pve02:2' }],
      resources: [{ sid: 'vm:111', node: 'pve01', group: 'HA-01' }, { sid: 'vm:112', node: 'pve03' }],
      clusterName: 'lab',
      target: 'pve8',
    };
    const strip = (cases: ReturnType<typeof buildAcceptancePlan>) => cases.map(({ scenario: _s, ...rest }) => rest);
    const before = strip(buildAcceptancePlan(input));
    const templates = haLog as unknown as Record<string, { vi: string; en: string }>;
    const saved = Object.entries(templates).map(([k, t]) => [k, t.vi, t.en] as const);
    try {
      for (const t of Object.values(templates)) {
        t.vi = 'xx';
        t.en = 'yy';
      }
      expect(strip(buildAcceptancePlan(input))).toEqual(before);
    } finally {
      for (const [k, vi, en] of saved) {
        const t = templates[k];
        if (t) {
          t.vi = vi;
          t.en = en;
        }
      }
    }
    // The plan itself really depends on the timeline: the expected recovery names the recovery node.
    expect(before.find((c) => c.id === 'TCs-02')?.expected.en).toMatch(/recovered to pve0[23]/);
  });
});
