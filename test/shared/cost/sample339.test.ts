import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Plan } from '../../../shared/plan';
import { BIG_SAMPLE, planFromSample } from '../report/samplePlan';

/**
 * The licence counts on a real RVTools 4.6 export, checked against the workbook read independently with
 * SheetJS (vHost: # CPU, Cores per CPU, Assigned License(s); vLicense: Name, Key, Cost Unit, Used).
 */

type Row = Record<string, unknown>;
let plan: Plan;
let vHost: Row[];
let vLicense: Row[];

beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
  const wb = XLSX.read(fs.readFileSync(BIG_SAMPLE));
  const sheet = (n: string): Row[] => XLSX.utils.sheet_to_json<Row>(wb.Sheets[n] as XLSX.WorkSheet, { defval: '' });
  vHost = sheet('vHost');
  vLicense = sheet('vLicense');
}, 120_000);

describe('licence counts on rvtools-4.6-339vms.xlsx', () => {
  it('has one count per vHost row, each Σ over CPUs of max(cores per CPU, 16)', () => {
    const rows = plan.cost.vmware.hosts;
    expect(rows).toHaveLength(vHost.length);
    for (const h of vHost) {
      const name = String(h.Host);
      const cpus = Number(h['# CPU']);
      const perCpu = Number(h['Cores per CPU']);
      const got = rows.find((r) => r.host === name);
      expect(got, name).toBeDefined();
      expect(got?.cpus, name).toBe(cpus);
      expect(got?.coresPerCpu, name).toBe(perCpu);
      expect(got?.licensedCores, name).toBe(cpus * Math.max(perCpu, 16));
    }
    const expectedTotal = vHost.reduce((s, h) => s + Number(h['# CPU']) * Math.max(Number(h['Cores per CPU']), 16), 0);
    expect(plan.cost.vmware.licensedCores).toBe(expectedTotal);
    expect(plan.cost.vmware.unknownHosts).toBe(0);
  });

  it('finds the edition each host runs from its assigned licence, and matches vLicense "Used" for the per-core licence', () => {
    const byKey = new Map(vLicense.map((l) => [String(l.Key), l]));
    for (const h of vHost) {
      const lic = byKey.get(String(h['Assigned License(s)']));
      const row = plan.cost.vmware.hosts.find((r) => r.host === String(h.Host));
      expect(row?.licence, String(h.Host)).toBe(String(lic?.Name));
      expect(row?.editionBasis).toBe('assigned');
    }
    // A per-core licence ("cpuCore:16core") reports the cores it covers: the same rule we apply.
    for (const lic of vLicense.filter((l) => String(l['Cost Unit']).startsWith('cpuCore'))) {
      const hosts = vHost.filter((h) => String(h['Assigned License(s)']) === String(lic.Key)).map((h) => String(h.Host));
      const counted = plan.cost.vmware.hosts.filter((r) => hosts.includes(r.host)).reduce((s, r) => s + (r.licensedCores ?? 0), 0);
      expect(hosts.length).toBeGreaterThan(0);
      expect(counted).toBe(Number(lic.Used));
    }
    // A per-CPU licence ("cpuPackage") reports the CPUs it covers.
    for (const lic of vLicense.filter((l) => String(l['Cost Unit']).startsWith('cpuPackage') && Number(l.Used) > 0)) {
      const cpus = plan.cost.vmware.hosts.filter((r) => vHost.some((h) => String(h.Host) === r.host && String(h['Assigned License(s)']) === String(lic.Key))).reduce((s, r) => s + (r.cpus ?? 0), 0);
      expect(cpus, String(lic.Name)).toBe(Number(lic.Used));
    }
  });

  it('quotes like for like per edition and counts the Proxmox sockets of every host reused and every node the design adds', () => {
    const editions = new Set(plan.cost.vmware.orders.map((o) => o.edition));
    expect(editions).toEqual(new Set(['vcf', 'standard']));
    const reused = plan.cost.proxmox.nodes.filter((n) => !n.needsHardware);
    const added = plan.cost.proxmox.nodes.filter((n) => n.needsHardware);
    // Every host of today is reused as a node; the nodes the sizing proposes are hardware to buy.
    expect(reused).toHaveLength(vHost.length);
    const proposed = plan.design.clusters.flatMap((c) => c.nodes.filter((n) => n.sourceHost === undefined));
    expect(added.map((n) => n.node).sort()).toEqual(proposed.map((n) => n.name).sort());
    const sockets = vHost.reduce((s, h) => s + Number(h['# CPU']), 0) + proposed.reduce((s, n) => s + n.sockets, 0);
    expect(plan.cost.proxmox.sockets).toBe(sockets);
  });
});
