import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { importFiles } from '../../../shared/import';
import { deriveMapping, type MappingResult } from '../../../shared/mapping';
import type { Inventory } from '../../../shared/model/inventory';
import { assessReadiness, type ReadinessResult } from '../../../shared/readiness';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { mappingSections } from '../../../shared/report/sections/mapping';
import { readinessSections } from '../../../shared/report/sections/readiness';

const SAMPLE = path.resolve(__dirname, '../../..', '../shared/samples/rvtools-4.6-339vms.xlsx');

let inv: Inventory;
let m: MappingResult;
let r: ReadinessResult;
let wb: XLSX.WorkBook;

beforeAll(async () => {
  const data = new Uint8Array(fs.readFileSync(SAMPLE));
  ({ inventory: inv } = await importFiles([{ name: path.basename(SAMPLE), data }]));
  m = deriveMapping(inv, {}, {});
  r = assessReadiness(inv, {}, {}, m);
  wb = XLSX.read(data);
});

function sheet(name: string): Record<string, unknown>[] {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(ws, { defval: '' });
}

describe('readiness and mapping on the real 339-VM RVTools 4.6 export', () => {
  it('assesses every migratable VM', () => {
    const templates = sheet('vInfo').filter((row) => String(row.Template) === 'True').length;
    expect(r.summary.total).toBe(sheet('vInfo').length - templates);
    expect(Object.keys(m.vms)).toHaveLength(r.summary.total);
    expect(r.summary.ready + r.summary.conditional + r.summary['not-ready'] + r.summary.unknown).toBe(r.summary.total);
  });

  it('every VM with a vSnapshot row has a snapshot finding, and no other VM has one', () => {
    const withSnap = new Set(sheet('vSnapshot').map((row) => String(row['VM UUID']).toLowerCase()));
    expect(withSnap.size).toBeGreaterThan(0);
    for (const v of r.vms) {
      const vmRow = inv.vms.find((x) => x.key === v.vmKey);
      const has = v.findings.some((f) => f.ruleId === 'snapshot-present');
      expect(has, v.name).toBe(withSnap.has((vmRow?.uuid ?? '').toLowerCase()));
    }
  });

  it('maps every Windows Server 2008 R2 guest to w2k8 with a VirtIO-driver warning', () => {
    const r2 = inv.vms.filter((v) => !v.template && /Windows Server 2008 R2/.test(v.osTools || v.osConfig || ''));
    expect(r2.length).toBeGreaterThan(0);
    for (const v of r2) {
      expect(m.vms[v.key]?.ostype.value, v.name).toBe('w2k8');
      expect(r.byKey[v.key]?.findings.find((f) => f.ruleId === 'guest-os-no-virtio')?.severity, v.name).toBe('warning');
    }
  });

  it('gives every EFI guest OVMF, q35 and an EFI disk; pre-enrolled keys exactly when Secure Boot is on', () => {
    const efiRows = sheet('vInfo').filter((row) => row.Firmware === 'efi' && String(row.Template) !== 'True');
    expect(efiRows.length).toBeGreaterThan(0);
    for (const row of efiRows) {
      const v = inv.vms.find((x) => x.uuid?.toLowerCase() === String(row['VM UUID']).toLowerCase());
      const t = v ? m.vms[v.key] : undefined;
      expect(t?.bios.value, String(row.VM)).toBe('ovmf');
      expect(t?.machine.value).toBe('q35');
      expect(t?.efidisk?.efitype).toBe('4m');
      expect(t?.efidisk?.preEnrolledKeys.value).toBe(String(row['EFI Secure boot']) === 'True');
    }
  });

  it('derives cluster CPU types from the hosts’ EVC modes', () => {
    const c = (name: string) => m.clusters.find((x) => x.name === name);
    // Both hosts run EVC intel-sandybridge (max skylake): the baseline is the current EVC mode.
    expect(c('DP-ETS-Cluster01')?.cpuType).toBe('SandyBridge-IBRS');
    expect(c('AH-Ent-Portal-Cluster01')?.cpuType).toBe('Haswell-noTSX-IBRS');
    // No current EVC: the hosts' max EVC decides.
    expect(c('Volta-Cluster1')?.cpuType).toBe('SapphireRapids');
    expect(c('KUM-ENT-Cluster1')?.cpuType).toBe('Skylake-Server-noTSX-IBRS');
    for (const x of m.clusters) expect(x.cpuType).not.toBe('kvm64');
  });

  it('maps NFS datastores to NFS with qcow2 disks and VMFS to block storage with raw disks', () => {
    const types = new Map(sheet('vDatastore').map((row) => [String(row.Name), String(row.Type)]));
    let nfs = 0;
    let vmfs = 0;
    for (const t of Object.values(m.vms)) {
      for (const d of t.disks) {
        const ty = d.datastore ? types.get(d.datastore) : undefined;
        if (ty === 'NFS') {
          nfs++;
          expect(d.format.value).toBe('qcow2');
        } else if (ty === 'VMFS') {
          vmfs++;
          expect(d.format.value).toBe('raw');
        }
      }
    }
    expect(nfs).toBeGreaterThan(0);
    expect(vmfs).toBeGreaterThan(0);
  });

  it('flags the connected datastore ISOs, legacy PCNet32 NICs and NVMe disks the export holds', () => {
    const vmsWith = (rule: string) => r.vms.filter((v) => v.findings.some((f) => f.ruleId === rule)).length;
    const pcnetVms = new Set(sheet('vNetwork').filter((row) => row.Adapter === 'PCNet32' && String(row.Template) !== 'True').map((row) => String(row['VM UUID'])));
    expect(vmsWith('legacy-nic')).toBe(pcnetVms.size);
    const nvmeVms = new Set(sheet('vDisk').filter((row) => /NVME/i.test(String(row.Controller)) && String(row.Template) !== 'True').map((row) => String(row['VM UUID'])));
    expect(vmsWith('nvme-controller')).toBe(nvmeVms.size);
    const isoVms = new Set(
      sheet('vCD')
        .filter((row) => /^ISO /.test(String(row['Device Type'])) && (row.Connected === 'True' || row['Starts Connected'] === 'True') && String(row.Template) !== 'True')
        .map((row) => String(row['VM UUID'])),
    );
    expect(vmsWith('cdrom-iso-connected')).toBe(isoVms.size);
  });

  it('renders the readiness and mapping pages in both languages', () => {
    const model = { title: { vi: 'Kế hoạch', en: 'Plan' }, meta: { project: 'sample', generatedAt: '2026-11-25', calculatorVersion: r.calculatorVersion }, sections: [...readinessSections(r), ...mappingSections(m)] };
    const vi = renderMarkdown(model, 'vi');
    const en = renderMarkdown(model, 'en');
    expect(vi).toContain('Mức sẵn sàng chuyển đổi');
    expect(en).toContain('Migration readiness');
    expect(en).toContain('VM has snapshots (snapshot-present)');
    expect(vi).not.toMatch(/\{\{\w+\}\}/);
    if (process.env.VM2PVE_DUMP_REPORT) {
      fs.writeFileSync(path.join(process.env.VM2PVE_DUMP_REPORT, 'readiness.vi.md'), vi);
      fs.writeFileSync(path.join(process.env.VM2PVE_DUMP_REPORT, 'readiness.en.md'), en);
    }
  });
});
