import { countBySeverity, type Severity } from '../model/importReport';
import type { Firmware, PowerState } from '../model/inventory';
import type { Plan } from '../plan';
import { designPlanJson } from '../design';
import { costPlanJson, type PlanJsonCost } from '../cost/planJson';
import { wavesPlanJson, type PlanJsonWave } from '../waves';
import type { DesignClusterJson, DesignHaJson } from '../design/planJson';
import {
  clusterPlanJson,
  networkMapPlanJson,
  storageMapPlanJson,
  vmPlanJson,
  type PlanJsonClusterFragment,
  type PlanJsonNetworkMap,
  type PlanJsonStorageMap,
  type PlanJsonVmReadiness,
  type PlanJsonVmTarget,
} from '../readiness/planFragments';

/**
 * plan.json, the automation export (schema `vm2pve.plan/1`, JSON Schema in schema/plan.schema.json).
 * Names here are a public contract: later sections are ADDED at the top level; existing names stay.
 * A value the source did not provide is `null` (unknown), never a guessed default.
 */

export const PLAN_JSON_SCHEMA_ID = 'vm2pve.plan/1';

export type PlanJsonVm = {
  name: string;
  uuid: string | null;
  source: string;
  datacenter: string | null;
  cluster: string | null;
  host: string | null;
  powerState: PowerState | null;
  template: boolean;
  srmPlaceholder: boolean;
  cpus: number | null;
  sockets: number | null;
  coresPerSocket: number | null;
  memoryMiB: number | null;
  os: string | null;
  firmware: Firmware | null;
  hwVersion: number | null;
  provisionedMiB: number | null;
  inUseMiB: number | null;
  disks: number;
  nics: number;
  snapshots: number;
  networks: string[];
  /** Proxmox VMID (null for templates and SRM placeholders, which are not migrated). */
  vmid: number | null;
  readiness: PlanJsonVmReadiness | null;
  target: (PlanJsonVmTarget & { node: string | null; haTier: 1 | 2 | 3 | null }) | null;
};

/** A target Proxmox cluster: CPU type and migration network (mapping) + nodes, quorum, reserve (design). */
export type PlanJsonCluster = DesignClusterJson & { cpuType: string | null; mapping: PlanJsonClusterFragment | null };

export type PlanJsonSource = {
  key: string;
  kind: string;
  server: string | null;
  fullName: string | null;
  version: string | null;
  rvtoolsVersion: string | null;
  exportedAt: string | null;
  files: string[];
};

export type PlanJsonIssue = {
  code: string;
  severity: Severity;
  file: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: { vi: string; en: string };
};

export type PlanJson = {
  schema: typeof PLAN_JSON_SCHEMA_ID;
  calculatorVersion: string;
  generatedAt: string;
  project: { name: string; customer: string | null };
  pveTarget: string;
  inventory: {
    summary: {
      vms: number;
      templates: number;
      srmPlaceholders: number;
      poweredOn: number;
      hosts: number;
      clusters: number;
      datastores: number;
      vCpus: number;
      memoryMiB: number;
      provisionedMiB: number;
      vmsWithUnknownCpu: number;
      vmsWithUnknownMemory: number;
    };
    sources: PlanJsonSource[];
  };
  /** Every VM row of the inventory, templates and SRM placeholders included (flagged). */
  vms: PlanJsonVm[];
  importReport: {
    errors: number;
    warnings: number;
    infos: number;
    items: PlanJsonIssue[];
  };
  readiness: { summary: Record<string, number>; rules: { id: string; severity: string; vms: number; unknown: number }[] };
  clusters: PlanJsonCluster[];
  /** Design counts shown at the top of Design and in the report. */
  designTotals: { unplacedVms: number; addedNodes: number; excludedVms: number };
  ha: DesignHaJson & {
    checks: { cluster: string; skipped: string | null; cases: number; unrecoverable: number; overcommitted: number; acceptanceTests: number }[];
  };
  networkMap: PlanJsonNetworkMap;
  storageMap: PlanJsonStorageMap;
  /** Cost and licensing comparison (shared/cost). */
  cost: PlanJsonCost;
  /** Migration waves in order (shared/waves): every migrated VM's VMID in exactly one wave. */
  waves: PlanJsonWave[];
  /** Pre-production checklists and known issues (shared/checklists): only the rows that apply. */
  checklists: { id: string; title: { vi: string; en: string }; items: { id: string; level: 'mandatory' | 'recommended'; command: string; expected: { vi: string; en: string }; appliesTo: string }[] }[];
};

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function planToJson(plan: Plan): PlanJson {
  const s = plan.summary;
  const issues = plan.importReport?.issues ?? [];
  const counts = plan.importReport ? countBySeverity(plan.importReport) : { error: 0, warning: 0, info: 0 };
  const design = designPlanJson(plan.design);
  return {
    schema: PLAN_JSON_SCHEMA_ID,
    calculatorVersion: plan.calculatorVersion,
    generatedAt: plan.generatedAt,
    project: { name: plan.project.name, customer: orNull(plan.project.customer) },
    pveTarget: plan.assumptions.pveTarget,
    inventory: {
      summary: {
        vms: s.vms,
        templates: s.templates,
        srmPlaceholders: s.srmPlaceholders,
        poweredOn: s.poweredOn,
        hosts: s.hosts,
        clusters: s.clusters,
        datastores: s.datastores,
        vCpus: s.vCpus,
        memoryMiB: s.memoryMiB,
        provisionedMiB: s.provisionedMiB,
        vmsWithUnknownCpu: s.vmsWithUnknownCpu,
        vmsWithUnknownMemory: s.vmsWithUnknownMemory,
      },
      sources: plan.sources.map((src) => ({
        key: src.key,
        kind: src.kind,
        server: orNull(src.server),
        fullName: orNull(src.fullName),
        version: orNull(src.version),
        rvtoolsVersion: orNull(src.rvtoolsVersion),
        exportedAt: orNull(src.exportedAt),
        files: [...src.files],
      })),
    },
    vms: plan.inventory.vms.map((v) => ({
      name: v.name,
      uuid: orNull(v.uuid),
      source: v.source,
      datacenter: orNull(v.datacenter),
      cluster: orNull(v.cluster),
      host: orNull(v.host),
      powerState: orNull(v.powerState),
      template: v.template,
      srmPlaceholder: v.srmPlaceholder,
      cpus: orNull(v.cpus),
      sockets: orNull(v.sockets),
      coresPerSocket: orNull(v.coresPerSocket),
      memoryMiB: orNull(v.memoryMiB),
      os: orNull(v.osConfig ?? v.osTools),
      firmware: orNull(v.firmware),
      hwVersion: orNull(v.hwVersion),
      provisionedMiB: orNull(v.provisionedMiB),
      inUseMiB: orNull(v.inUseMiB),
      disks: v.disks.length > 0 ? v.disks.length : (v.diskCount ?? 0),
      nics: v.nics.length > 0 ? v.nics.length : (v.nicCount ?? 0),
      snapshots: v.snapshots.length,
      networks: [...v.networks],
      ...vmExtras(v.key),
    })),
    importReport: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      items: issues.map((i) => ({
        code: i.code,
        severity: i.severity,
        file: orNull(i.file),
        sheet: orNull(i.sheet),
        row: orNull(i.row),
        column: orNull(i.column),
        message: { vi: i.message.vi, en: i.message.en },
      })),
    },
    readiness: {
      summary: { ...plan.readiness.summary },
      rules: plan.readiness.rules.map((r) => ({ id: r.ruleId, severity: r.severity, vms: r.vms, unknown: r.unknown })),
    },
    clusters: design.clusters.map((c) => {
      const m = c.sourceClusters.map((sc) => clusterPlanJson(plan.mapping, sc)).find((x) => x !== null) ?? null;
      return { ...c, cpuType: m?.cpuType ?? null, mapping: m };
    }),
    designTotals: { unplacedVms: plan.design.totals.unplaced, addedNodes: plan.design.totals.addedNodes, excludedVms: plan.design.totals.excluded },
    ha: {
      ...design.ha,
      checks: plan.haChecks.map((h) => ({
        cluster: h.cluster,
        skipped: h.skipped ?? null,
        cases: h.sweep?.summary.cases ?? 0,
        unrecoverable: h.sweep?.summary.withUnrecovered ?? 0,
        overcommitted: h.sweep?.summary.withOvercommit ?? 0,
        acceptanceTests: h.acceptance.length,
      })),
    },
    networkMap: networkMapPlanJson(plan.mapping),
    storageMap: storageMapPlanJson(plan.mapping),
    cost: costPlanJson(plan.cost),
    waves: wavesPlanJson(plan.waves),
    checklists: plan.checklists.map((c) => ({
      id: c.id,
      title: { vi: c.title.vi, en: c.title.en },
      items: c.items.map((i) => ({ id: i.id, level: i.level, command: i.command, expected: { vi: i.expected.vi, en: i.expected.en }, appliesTo: i.appliesTo })),
    })),
  };

  function vmExtras(key: string): Pick<PlanJsonVm, 'vmid' | 'readiness' | 'target'> {
    if (!plan.mapping.vms[key]) return { vmid: null, readiness: null, target: null };
    const f = vmPlanJson(plan.mapping, plan.readiness, key);
    const d = design.vmTargets[key];
    return {
      vmid: f.vmid,
      readiness: f.readiness,
      target: f.target ? { ...f.target, cluster: d?.cluster ?? f.target.cluster, node: d?.node ?? null, haTier: d?.haTier ?? null } : null,
    };
  }
}
