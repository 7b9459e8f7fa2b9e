import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber, text, tt } from '../../../shared/i18n';
import { importFiles } from '../../../shared/import/index';
import { newProject } from '../../../shared/model/project';
import { derivePlan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { profileModel } from '../../../shared/report/profile';
import { foreignDecimals } from './numberStyle';
import { reportProse } from './reportProse';
import { FIXED_NOW } from './samplePlan';

const DEMO_DIR = path.resolve(__dirname, '../../..', 'templates/demo');

describe('numbers are written the way the report language writes them', () => {
  it('the check flags the other style and lets identifiers, versions, addresses and grouping through', () => {
    const vi = foreignDecimals(['Tải cần 1019.9 GiB RAM', 'Dự phòng 8.5 GiB', '12.5 %', 'tỷ lệ 2.5:1 không đổi'], 'vi').map((f) => f.found);
    expect(vi).toEqual(['1019.9', '8.5', '12.5']);
    const okVi = ['23.262,8 GiB', 'Proxmox VE 9.0–9.1', 'PVE 9.2 trở lên', '10.0.0.1', '10.20.0.0/24', 'pve-manager 9.0.x', 'VMID 100, 101, 102', '2026-03-02 09:30', 'vmbr0.100', 'chỉ có bản 8.0 U3', '1.217 máy ảo'];
    expect(foreignDecimals(okVi, 'vi')).toEqual([]);
    expect(foreignDecimals(['needs 8,5 GiB', 'ratio 12,25 %'], 'en').map((f) => f.found)).toEqual(['8,5', '12,25']);
    expect(foreignDecimals(['23,262.8 GiB', '1,217 VMs', 'VMIDs 100, 101', 'Proxmox VE 9.2', '10.0.0.1'], 'en')).toEqual([]);
  });

  it('a number parameter is formatted per language when a text is filled; identifiers stay as they are', () => {
    expect(formatNumber(23262.8, 'vi')).toBe('23.262,8');
    expect(formatNumber(23262.8, 'en')).toBe('23,262.8');
    expect(formatNumber(23262.8, 'vi+en')).toBe('23.262,8');
    const r = tt('design.sizing.hw.model', { sockets: 2, cores: 32, mem: 1019.9 });
    expect(r.vi).toContain('1.019,9 GiB');
    expect(r.en).toContain('1,019.9 GiB');
    const id = text('VMID {{vmid}}, VLAN {{vlan}}: {{n}}', 'VMID {{vmid}}, VLAN {{vlan}}: {{n}}', { vmid: 10432, vlan: 1234, n: 1.5 });
    expect(id).toEqual({ vi: 'VMID 10432, VLAN 1234: 1,5', en: 'VMID 10432, VLAN 1234: 1.5' });
  });

  it('the summary report of the demo: no English decimal in Vietnamese, no decimal comma in English', async () => {
    const files = fs
      .readdirSync(DEMO_DIR)
      .filter((f) => f.endsWith('.xlsx') || f.endsWith('.csv'))
      .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(DEMO_DIR, f))) }));
    const { inventory, report } = await importFiles(files);
    const plan = derivePlan(newProject(inventory, { name: 'Demo', now: FIXED_NOW, importReport: report }), { now: FIXED_NOW });
    const model = profileModel(buildReport(plan), 'summary');
    const vi = reportProse(model, 'vi');
    const en = reportProse(model, 'en');
    expect(foreignDecimals(vi, 'vi')).toEqual([]);
    expect(foreignDecimals(en, 'en')).toEqual([]);
    // The texts hold decimals at all (the check has something to look at): in each language's style.
    expect(vi.join('\n')).toMatch(/\d,\d+ (GiB|%)/);
    expect(en.join('\n')).toMatch(/\d\.\d+ (GiB|%)/);
  }, 30_000);
});
