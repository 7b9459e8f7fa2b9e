import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSweepInput } from '../../shared/design/sweepInput';
import { dictionary } from '../../shared/i18n';
import { glossaryViolations } from '../../shared/i18n/glossary';
import { actionText } from '../../shared/ha/actionText';
import { actionTemplates, capacityText, haLog, moveReasonText } from '../../shared/ha/messages';
import { parseScenario } from '../../shared/ha/parseScenario';
import { simulate } from '../../shared/ha/simulate';
import type { Action, TimelineEntry } from '../../shared/ha/types';
import type { Text } from '../../shared/i18n/text';
import { PRESETS, presetScenario, runScenario, scenarioInput } from '../../renderer/views/simulate/simulation';
import { foreignDecimals } from '../shared/report/numberStyle';
import { demoPlan } from './simulateDemo';

/**
 * The simulator's log is read one language per line (the Simulate view and the simulate CLI print
 * `message[lang]`): a Vietnamese line is a Vietnamese sentence, with English only for quoted Proxmox log
 * text, HA state names, commands and identifiers.
 */

const names = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

/** The longest literal run of an English template (placeholders, quoted text and code cut out). */
function englishChunk(en: string): string | undefined {
  const chunk = en
    .split(/\{\{\w+\}\}|`[^`]*`|"[^"]*"|'[^']*'|\([^)]*\)/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0];
  return chunk && chunk.length >= 16 && /\w+\s\w+\s\w+/.test(chunk) ? chunk : undefined;
}

/** English prose outside quotes: words no Vietnamese sentence uses. */
const ENGLISH_CLAUSE = /\b(the|and|is|are|to|from|failed|found|with|of|its|it|no|not|into|back|moved|stays|already|changed|power|off|on)\b/i;

function viProse(line: string): string {
  return line
    .replace(/"[^"]*"/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/\b(vm|ct):\d+\b/g, ' ')
    // Configuration keys and CRM commands (ha-rebalance-on-start, enable-node-maintenance).
    .replace(/[\w.]+(?:-[\w.]+)+/g, ' ');
}

async function demoLogs(): Promise<TimelineEntry[]> {
  const plan = await demoPlan();
  const out: TimelineEntry[] = [];
  // The first two target clusters of the demo (the presets read the same on every cluster).
  for (const c of plan.design.clusters.slice(0, 2)) {
    const input = toSweepInput(plan.design, c.name);
    if (!input) continue;
    for (const kind of PRESETS) {
      const p = presetScenario({ kind }, input);
      const run = runScenario(scenarioInput(input, p.events, p.failStarts));
      expect(run.ok, `${c.name} ${kind}`).toBe(true);
      if (run.ok) out.push(...run.result.timeline);
    }
  }
  const fixtures = path.resolve(__dirname, '../fixtures/ha');
  for (const f of fs.readdirSync(fixtures).filter((x) => x.endsWith('.json'))) {
    out.push(...simulate(parseScenario(JSON.parse(fs.readFileSync(path.join(fixtures, f), 'utf8')))).timeline);
  }
  return out;
}

describe('simulator log: one language per line', () => {
  it('every log code and every scenario action has a Vietnamese and an English text with the same placeholders', () => {
    for (const [key, t] of Object.entries(haLog)) {
      expect(t.vi.trim(), key).not.toBe('');
      expect(t.en.trim(), key).not.toBe('');
      expect(names(t.vi), key).toEqual(names(t.en));
    }
    for (const [key, t] of Object.entries(actionTemplates)) {
      expect(names(t.vi), key).toEqual(names(t.en));
      expect(t.vi, key).not.toBe(t.en);
    }
    const actions: Action[] = [
      { kind: 'power', node: 'pve01', on: false },
      { kind: 'power', node: 'pve01', on: true },
      { kind: 'network', node: 'pve01', on: false },
      { kind: 'network', node: 'pve01', on: true },
      { kind: 'reboot', node: 'pve01' },
      { kind: 'shutdown', node: 'pve01' },
      { kind: 'maintenance', node: 'pve01', enable: true },
      { kind: 'maintenance', node: 'pve01', enable: false },
      { kind: 'request', sid: 'vm:100', state: 'stopped' },
      { kind: 'move', sid: 'vm:100', mode: 'migrate', node: 'pve02' },
      { kind: 'move', sid: 'vm:100', mode: 'relocate', node: 'pve02' },
      { kind: 'stop', sid: 'vm:100', timeout: 120 },
      { kind: 'add', sid: 'vm:100', node: 'pve02', state: 'started', running: false },
      { kind: 'load', sid: 'vm:100', cpu: 1.5 },
      { kind: 'size', sid: 'vm:100', cores: 4 },
      { kind: 'delay', seconds: 30 },
    ];
    const seen = new Set<string>();
    for (const a of actions) {
      const t = actionText(a);
      expect(t.vi, a.kind).not.toMatch(/\{\{|undefined/);
      expect(t.en, a.kind).not.toMatch(/\{\{|undefined/);
      expect(t.vi, a.kind).not.toBe(t.en);
      seen.add(t.en);
    }
    // Each action reads differently.
    expect(seen.size).toBe(actions.length);
  });

  it('the Vietnamese log of the demo presets and the HA fixtures holds no English sentence, clause or decimal', async () => {
    const log = await demoLogs();
    expect(log.length).toBeGreaterThan(200);
    const templates: Text[] = [...Object.values(haLog), ...Object.values(actionTemplates), ...Object.values(moveReasonText), ...Object.values(capacityText), ...Object.values(dictionary)];
    const chunks = [...new Set(templates.filter((t) => t.vi !== t.en).map((t) => englishChunk(t.en)).filter((c): c is string => c !== undefined))];
    expect(chunks.length).toBeGreaterThan(50);
    const codes = new Set<string>();
    for (const e of log) {
      codes.add(e.code);
      const vi = e.message.vi;
      const en = e.message.en;
      expect(vi, e.code).not.toBe(en);
      expect(viProse(vi), `${e.code}: ${vi}`).not.toMatch(ENGLISH_CLAUSE);
      expect(glossaryViolations(vi), vi).toEqual([]);
    }
    const allVi = log.map((e) => viProse(e.message.vi)).join('\n');
    for (const c of chunks) expect(allVi, `English sentence "${c}" in the Vietnamese log`).not.toContain(c);
    expect(foreignDecimals(log.map((e) => e.message.vi), 'vi')).toEqual([]);
    expect(foreignDecimals(log.map((e) => e.message.en), 'en')).toEqual([]);
    // The scenario events, the state changes and a rebalancing decision are among the lines checked.
    for (const c of ['scenario.event', 'service.state', 'node.state', 'rebalance.migrate', 'service.moveQueued']) expect(codes.has(c), c).toBe(true);
  }, 30_000);
});
