import { countBySeverity, type Severity } from '../model/importReport';
import type { Firmware, PowerState } from '../model/inventory';
import type { Plan } from '../model/plan';

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
};

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
};

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function planToJson(plan: Plan): PlanJson {
  const s = plan.summary;
  const issues = plan.importReport?.issues ?? [];
  const counts = plan.importReport ? countBySeverity(plan.importReport) : { error: 0, warning: 0, info: 0 };
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
  };
}
