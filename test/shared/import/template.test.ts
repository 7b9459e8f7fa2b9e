import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { importFiles } from '../../../shared/import';
import { TEMPLATE_SHEETS } from '../../../shared/import/templateSchema';
import { buildTemplateXlsx } from '../../../shared/import/templateWorkbook';
import type { Inventory } from '../../../shared/model/inventory';
import { sampleBook, writeBook } from '../../fixtures/import/builders';
import { fillTemplate } from '../../fixtures/import/templateFill';

const committed = path.resolve(__dirname, '../../..', 'templates/inventory-template.xlsx');

describe('bilingual inventory template', () => {
  const bytes = buildTemplateXlsx();

  it('is the committed templates/inventory-template.xlsx (run npm run template after a schema change)', () => {
    expect(Buffer.from(fs.readFileSync(committed)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has the instructions and data sheets, bilingual headers and list validation', () => {
    const wb = XLSX.read(bytes);
    expect(wb.SheetNames).toEqual(['Instructions', 'Clusters', 'Hosts', 'VMs', 'Disks', 'NICs', 'Networks', 'Datastores', 'Rules', 'HA']);
    const vmHeader = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.VMs as XLSX.WorkSheet, { header: 1 })[0];
    expect(vmHeader?.[0]).toBe('Tên VM / VM');
    expect(vmHeader).toContain('Trạng thái nguồn / Powerstate');
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet4.xml'] as Uint8Array);
    expect(xml).toContain('<formula1>&quot;poweredOn,poweredOff,suspended&quot;</formula1>');
    expect(xml.indexOf('<dataValidations')).toBeLessThan(xml.indexOf('<ignoredErrors'));
    const ins = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Instructions as XLSX.WorkSheet, { header: 1 });
    const enumCols = TEMPLATE_SHEETS.flatMap((s) => s.columns).filter((c) => c.allowed).length;
    expect(ins.filter((r) => (r[3] ?? '') !== '' && r[0] !== 'Trang / Sheet').length).toBe(enumCols);
  });

  it('imports as is: example rows only, nothing invented', async () => {
    const { inventory, report } = await importFiles([{ name: 'template.xlsx', data: bytes }]);
    expect(inventory.vms).toHaveLength(0);
    expect(inventory.hosts).toHaveLength(0);
    expect(report.issues.find((i) => i.code === 'TPL_EXAMPLE_ROWS')?.message.en).toContain('19');
  });

  it('filled with the rows of a real export, gives the same model as that export', async () => {
    const book = sampleBook();
    const filled = fillTemplate(bytes, book, {
      Rules: [
        ['VJW-Ent-Cluster-01', 'grp-build', 'VMGroup', '', '36010VJ01;barrage'],
        ['VJW-Ent-Cluster-01', 'grp-hosts', 'VMHostGroup', '', 'taj.ter.acme1.com'],
        ['VJW-Ent-Cluster-01', 'build-on-taj', 'MustRunOn', 'True', '', 'grp-build', 'grp-hosts'],
        ['VJW-Ent-Cluster-01', 'apart', 'VMAntiAffinity', 'True', '36010VJ01;barrage'],
      ],
      HA: [['barrage', 'VJW-Ent-Cluster-01', 'High', 'PowerOff'], ['36010VJ01', 'VJW-Ent-Cluster-01', 'Urgent', 'None']],
    });
    const fromTemplate = await importFiles([{ name: 'filled.xlsx', data: filled }]);
    const fromRvtools = await importFiles([{ name: 'rvtools.xlsx', data: writeBook(book) }]);
    const t = fromTemplate.inventory;
    const r = fromRvtools.inventory;
    const vmView = (inv: Inventory) =>
      inv.vms.map((v) => ({
        name: v.name, cpus: v.cpus, memoryMiB: v.memoryMiB, powerState: v.powerState, template: v.template, cluster: v.cluster,
        host: v.host, firmware: v.firmware, provisionedMiB: v.provisionedMiB, osConfig: v.osConfig, hwVersion: v.hwVersion,
        dnsName: v.dnsName, secureBoot: v.secureBoot, haRestartPriority: v.haRestartPriority,
        disks: v.disks.map((d) => [d.label, d.capacityMiB, d.datastore, d.thin, d.mode, d.raw, d.controller]),
        nics: v.nics.map((n) => [n.label, n.network, n.mac, n.connected, n.adapter?.toLowerCase()]),
      }));
    expect(vmView(t)).toEqual(vmView(r));
    const hostView = (inv: Inventory) => inv.hosts.map((h) => [h.name, h.cluster, h.cores, h.memoryMiB, h.maxEvc, h.currentEvc, h.esxVersion]);
    expect(hostView(t)).toEqual(hostView(r));
    const clusterView = (inv: Inventory) => inv.clusters.map((c) => [c.name, c.haEnabled, c.drsEnabled, c.drsBehavior, c.failoverLevel]);
    expect(clusterView(t)).toEqual(clusterView(r));
    expect(t.datastores.map((d) => [d.name, d.type, d.capacityMiB, d.freeMiB])).toEqual(r.datastores.map((d) => [d.name, d.type, d.capacityMiB, d.freeMiB]));
    const pg = (inv: Inventory) => inv.portGroups.filter((p) => p.kind === 'standard').map((p) => [p.name, p.switchName, p.vlan, p.host]);
    expect(pg(t)).toEqual(pg(r));
    expect(t.sources[0]?.kind).toBe('template');
    // rules and HA overrides from the Rules / HA sheets
    expect(t.drsGroups.map((g) => g.name)).toEqual(['grp-build', 'grp-hosts']);
    expect(t.drsRules.map((x) => `${x.kind}:${x.name}`).sort()).toEqual(['vm-anti-affinity:apart', 'vm-host:build-on-taj']);
    expect(t.haOverrides.find((o) => o.vm === 'barrage')?.restartPriority).toBe('High');
    const bad = fromTemplate.report.issues.find((i) => i.code === 'TPL_BAD_ENUM');
    expect(bad).toMatchObject({ sheet: 'HA', column: 'RestartPriority', row: 4 });
    expect(t.haOverrides.find((o) => o.vm === '36010VJ01')?.restartPriority).toBeUndefined();
    expect(fromTemplate.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
