import { describe, expect, it } from 'vitest';
import { deriveMapping } from '../../../shared/mapping';
import { assessReadiness } from '../../../shared/readiness';
import { clusterPlanJson, networkMapPlanJson, storageMapPlanJson, vmPlanJson } from '../../../shared/readiness/planFragments';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import type { ReportModel } from '../../../shared/report/model';
import { mappingSections } from '../../../shared/report/sections/mapping';
import { readinessSections } from '../../../shared/report/sections/readiness';
import { disk, inventory, vm } from './vmBuilder';

function estate() {
  const a = vm({ name: 'db01', disks: [disk({ raw: true, rawCompatibilityMode: 'physicalMode' })] });
  const b = vm({ name: 'win2008', osTools: 'Microsoft Windows Server 2008 R2 (64-bit)', firmware: 'efi', secureBoot: true });
  const c = vm({ name: 'web 01', powerState: 'poweredOff' });
  const inv = inventory([a, b, c]);
  const decisions = { acknowledged: { [`${a.key}|rdm-disk`]: { note: 'LUN via iSCSI', at: '2026-11-25' } } };
  const m = deriveMapping(inv, decisions, {});
  const r = assessReadiness(inv, decisions, {}, m);
  return { a, b, c, inv, m, r };
}

function model(sections: ReturnType<typeof readinessSections>): ReportModel {
  return { title: { vi: 'Kế hoạch', en: 'Plan' }, meta: { project: 'p', generatedAt: '2026-11-25', calculatorVersion: '0' }, sections };
}

describe('readiness and mapping report sections', () => {
  it('render in Vietnamese and English with the real findings, remedies and target values', () => {
    const { m, r } = estate();
    const sections = [...readinessSections(r), ...mappingSections(m)];
    expect(sections.map((s) => s.id)).toEqual(['readiness', 'readiness-by-rule', 'readiness-by-vm', 'mapping-clusters', 'mapping-network', 'mapping-storage', 'mapping-targets']);
    const en = renderMarkdown(model(sections), 'en');
    const vi = renderMarkdown(model(sections), 'vi');
    expect(en).toContain('Raw Device Mapping (RDM) disk (rdm-disk)');
    expect(en).toContain('Acknowledged: LUN via iSCSI');
    expect(en).toContain('vDisk.Raw Comp. Mode = physicalMode');
    expect(en).toContain('Guest OS without current VirtIO drivers');
    expect(vi).toContain('Đĩa RDM (Raw Device Mapping)');
    expect(vi).toContain('Đã chấp nhận: LUN via iSCSI');
    expect(vi).toContain('Sẵn sàng có điều kiện');
    expect(en).toContain('Haswell-noTSX-IBRS');
    expect(en).toContain('efidisk0: ds-san-01 efitype=4m pre-enrolled-keys=1');
    expect(en).toContain('web-01');
    expect(vi).toContain('Bản đồ lưu trữ');
    // No unfilled placeholder may reach a page.
    expect(en).not.toMatch(/\{\{\w+\}\}/);
    expect(vi).not.toMatch(/\{\{\w+\}\}/);
  });

  it('gives plan.json fragments with nulls for unknowns', () => {
    const { a, b, m, r } = estate();
    const fa = vmPlanJson(m, r, a.key);
    expect(fa.vmid).toBe(100);
    expect(fa.readiness?.class).toBe('conditional');
    expect(fa.readiness?.findings.find((f) => f.id === 'rdm-disk')).toMatchObject({ severity: 'blocker', acknowledged: true });
    const fb = vmPlanJson(m, r, b.key);
    expect(fb.target).toMatchObject({ ostype: 'w2k8', bios: 'ovmf', machine: 'q35', scsihw: 'virtio-scsi-single', cdrom: 'ide2', efidisk: { efitype: '4m', preEnrolledKeys: true } });
    expect(fb.target?.disks[0]).toMatchObject({ bus: 'sata', slot: 'sata0', format: 'raw', sizeGiB: 40 });
    expect(fb.target?.nets[0]).toMatchObject({ model: 'e1000', bridge: 'vmbr0', tag: null });
    expect(vmPlanJson(m, r, 'nope')).toEqual({ vmid: null, readiness: null, target: null });
    expect(clusterPlanJson(m, 'Cluster1')).toMatchObject({ cpuType: 'Haswell-noTSX-IBRS', migrationNetwork: null, migrationNetworkFrom: 'none' });
    expect(clusterPlanJson(m, 'nope')).toBeNull();
    expect(networkMapPlanJson(m).entries[0]).toMatchObject({ network: 'VM Network', bridge: 'vmbr0', vms: 3 });
    expect(storageMapPlanJson(m).entries[0]).toMatchObject({ datastore: 'ds-san-01', type: 'lvm', shared: true });
    expect(JSON.parse(JSON.stringify(vmPlanJson(m, r, b.key)))).toEqual(vmPlanJson(m, r, b.key));
  });
});
