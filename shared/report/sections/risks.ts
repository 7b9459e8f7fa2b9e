import { dictionary, tt, type TKey } from '../../i18n';
import { fill, type Text } from '../../i18n/text';
import type { Plan } from '../../plan';
import { formatNumber } from '../cellText';
import type { Cell, Section } from '../model';

/**
 * The risk register: every risk the plan knows of, from the readiness blockers and warnings, the design
 * (VMs without a place, load after one node fails, quorum), the HA simulation and the cost (unpriced
 * lines), each with where it comes from, how many items it touches, its impact and the mitigation. Its
 * length grows with the rules and the clusters, never with the VMs (the per-VM lists are in the XLSX).
 */

export type RiskImpact = 'high' | 'medium' | 'low';
export type Risk = { id: string; risk: Text; source: Text; count: number; impact: RiskImpact; mitigation: Text };

const d = (key: TKey): Text => dictionary[key];
const RANK: Record<RiskImpact, number> = { high: 0, medium: 1, low: 2 };
/** Memory use of a node after one failure above this share is a risk (100 % is not feasible). */
const MEM_AFTER_FAILURE_WARN = 90;


export function riskRegister(plan: Plan): Risk[] {
  const out: Omit<Risk, 'id'>[] = [];
  const src = { readiness: d('report.risk.src.readiness'), design: d('report.risk.src.design'), ha: d('report.risk.src.ha'), cost: d('report.risk.src.cost'), import: d('report.risk.src.import'), waves: d('report.risk.src.waves') };
  for (const r of plan.readiness.rules) {
    if (r.severity === 'info') continue;
    const open = r.vms - r.acknowledged;
    if (open <= 0 && r.unknown === 0) continue;
    if (r.severity === 'blocker') {
      if (open > 0) out.push({ risk: withLabel('report.risk.blocker', r.label, open), source: src.readiness, count: open, impact: 'high', mitigation: r.remedy });
      if (r.unknown > 0) out.push({ risk: withLabel('report.risk.unknownRule', r.label, r.unknown), source: src.readiness, count: r.unknown, impact: 'medium', mitigation: d('report.risk.unknownRule.mitigation') });
    } else if (open > 0) {
      out.push({ risk: withLabel('report.risk.warning', r.label, open), source: src.readiness, count: open, impact: 'low', mitigation: r.remedy });
    }
  }
  for (const c of plan.design.clusters) {
    const unplaced = c.placement.vms.filter((v) => v.unplaced).length;
    if (unplaced > 0) out.push({ risk: tt('report.risk.unplaced', { n: unplaced, cluster: c.name }), source: src.design, count: unplaced, impact: 'high', mitigation: d('report.risk.unplaced.mitigation') });
    const worst = Math.max(0, ...c.placement.utilisation.map((u) => u.memoryPctAfterFailure));
    if (c.nodes.length > 1 && worst > MEM_AFTER_FAILURE_WARN) {
      out.push({ risk: tt('report.risk.memAfterFailure', { cluster: c.name, pct: Math.round(worst) }), source: src.design, count: 1, impact: worst > 100 ? 'high' : 'medium', mitigation: d('report.risk.memAfterFailure.mitigation') });
    }
    if (!c.quorum.haPossible && c.placement.vms.length > 0) out.push({ risk: tt('report.risk.noHa', { cluster: c.name, nodes: c.nodes.length }), source: src.design, count: 1, impact: 'medium', mitigation: d('report.risk.noHa.mitigation') });
    if (c.ha.dropped.length > 0) out.push({ risk: tt('report.risk.dropped', { n: c.ha.dropped.length, cluster: c.name }), source: src.ha, count: c.ha.dropped.length, impact: 'low', mitigation: d('report.risk.dropped.mitigation') });
    if (c.networks.migration.source === 'proposed') out.push({ risk: tt('report.risk.migrationNet', { cluster: c.name }), source: src.design, count: 1, impact: 'low', mitigation: d('report.risk.migrationNet.mitigation') });
    const sz = c.sizing;
    if (sz?.ratioRisk) {
      out.push({
        risk: ttNum('report.risk.vcpuRatio', { cluster: c.name, ratio: Math.round(sz.vcpuPerCore.value * 10) / 10, limit: sz.ratioRiskAbove }),
        source: src.design,
        count: 1,
        impact: 'medium',
        mitigation: d('report.risk.sizing.mitigation'),
      });
    }
  }
  for (const h of plan.haChecks) {
    const s = h.sweep?.summary;
    if (!s) continue;
    if (s.withUnrecovered > 0) out.push({ risk: tt('report.risk.unrecovered', { n: s.withUnrecovered, cases: s.cases, cluster: h.cluster }), source: src.ha, count: s.withUnrecovered, impact: 'high', mitigation: d('report.risk.unrecovered.mitigation') });
    if (s.withOvercommit > 0) out.push({ risk: tt('report.risk.overcommit', { n: s.withOvercommit, cases: s.cases, cluster: h.cluster }), source: src.ha, count: s.withOvercommit, impact: 'medium', mitigation: d('report.risk.memAfterFailure.mitigation') });
  }
  for (const w of plan.waves?.waves ?? []) {
    if (w.windowHours > 0 && w.hours > w.windowHours) {
      out.push({ risk: withName('report.risk.waveWindow', w.name, { hours: Math.round(w.hours * 10) / 10, window: w.windowHours }), source: src.waves, count: w.vms.length, impact: 'medium', mitigation: d('report.risk.waveWindow.mitigation') });
    }
  }
  if (plan.cost.unpriced > 0) out.push({ risk: tt('report.risk.unpriced', { n: plan.cost.unpriced }), source: src.cost, count: plan.cost.unpriced, impact: 'low', mitigation: d('report.risk.unpriced.mitigation') });
  const importWarnings = plan.importReport?.issues.filter((i) => i.severity === 'warning').length ?? 0;
  if (importWarnings > 0) out.push({ risk: tt('report.risk.import', { n: importWarnings }), source: src.import, count: importWarnings, impact: 'low', mitigation: d('report.risk.import.mitigation') });
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => RANK[a.r.impact] - RANK[b.r.impact] || b.r.count - a.r.count || a.i - b.i)
    .map(({ r }, i) => ({ ...r, id: `R${String(i + 1).padStart(2, '0')}` }));
}

/** A Text with `{{name}}` filled per language from a Text (a wave's name) and the other parameters as they are. */
function withName(key: TKey, name: Text, params: Record<string, number>): Text {
  const e = dictionary[key];
  const fill = (s: string, n: string, lang: 'vi' | 'en'): string => Object.entries(params).reduce((a, [k, v]) => a.replace(`{{${k}}}`, formatNumber(v, lang)), s.replace('{{name}}', n));
  return { vi: fill(e.vi, name.vi, 'vi'), en: fill(e.en, name.en, 'en') };
}

/** A sentence whose numbers are written the way each language writes them (8,4 / 8.4). */
function ttNum(key: TKey, params: Record<string, string | number>): Text {
  const e = dictionary[key];
  const fill = (s: string, lang: 'vi' | 'en'): string => Object.entries(params).reduce((a, [k, v]) => a.split(`{{${k}}}`).join(typeof v === 'number' ? formatNumber(v, lang) : v), s);
  return { vi: fill(e.vi, 'vi'), en: fill(e.en, 'en') };
}

function withLabel(key: TKey, label: Text, n: number): Text {
  const e = dictionary[key];
  return { vi: fill(e.vi, { n, rule: label.vi }, 'vi'), en: fill(e.en, { n, rule: label.en }, 'en') };
}

export function riskSections(plan: Plan): Section[] {
  const risks = riskRegister(plan);
  const impact = (i: RiskImpact): Text => d(i === 'high' ? 'report.risk.high' : i === 'medium' ? 'report.risk.medium' : 'report.risk.low');
  return [
    {
      id: 'risks',
      title: d('report.risk.title'),
      blocks: [
        { kind: 'paragraph', text: d('report.risk.intro') },
        risks.length === 0
          ? { kind: 'paragraph', text: d('report.exec.noRisks') }
          : {
              kind: 'table',
              id: 'risks',
              sheet: { kind: 'risks' },
              columns: [
                { key: 'id', label: d('report.risk.col.id'), width: 0.5 },
                { key: 'risk', label: d('report.risk.col.risk'), width: 3 },
                { key: 'source', label: d('report.risk.col.source'), width: 0.9 },
                { key: 'count', label: d('report.risk.col.count'), width: 0.6, align: 'right' },
                { key: 'impact', label: d('report.risk.col.impact'), width: 0.7 },
                { key: 'mitigation', label: d('report.risk.col.mitigation'), width: 3 },
              ],
              rows: risks.map((r): Cell[] => [r.id, r.risk, r.source, r.count, impact(r.impact), r.mitigation]),
            },
      ],
    },
  ];
}
