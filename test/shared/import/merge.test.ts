import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import';
import { summarize } from '../../../shared/model/summary';
import { asOtherVcenter, pickSheets, sampleBook, writeBook } from '../../fixtures/import/builders';

describe('several vCenters in one import', async () => {
  const a = writeBook(sampleBook());
  const b = writeBook(asOtherVcenter(sampleBook(), 'vc-hanoi.example.vn', 'B0000000-0000-0000-0000-00000000000B', 'hn-'));
  const { inventory, report } = await importFiles([
    { name: 'hcm.xlsx', data: a },
    { name: 'hanoi.xlsx', data: b },
  ]);
  it('merges both sources with their own hosts and clusters', () => {
    const s = summarize(inventory);
    expect(inventory.sources.map((x) => x.server).sort()).toEqual(['creambell.ter.acme1.com', 'vc-hanoi.example.vn']);
    expect(s.vms).toBe(590);
    expect(s.templates).toBe(88);
    expect(s.hosts).toBe(40);
    expect(s.clusters).toBe(22);
    expect(s.vCpus).toBe(2574);
    expect(report.issues.some((i) => i.code === 'IMP_MERGED_SOURCES')).toBe(true);
    const hn = inventory.vms.find((v) => v.name === 'hn-36010VJ01');
    expect(hn?.source).toBe('B0000000-0000-0000-0000-00000000000B');
    expect(hn?.disks).toHaveLength(1);
    expect(report.issues.some((i) => i.code === 'IMP_DUPLICATE_VM')).toBe(false);
  });
});

describe('duplicates', () => {
  it('detects the same file given twice (by content)', async () => {
    const a = writeBook(pickSheets(sampleBook(), ['vInfo', 'vHost', 'vCluster']));
    const { inventory, report } = await importFiles([
      { name: 'export.xlsx', data: a },
      { name: 'export (copy).xlsx', data: a.slice() },
    ]);
    expect(summarize(inventory).vms).toBe(295);
    const d = report.issues.find((i) => i.code === 'IMP_DUPLICATE_FILE');
    expect(d?.file).toBe('export (copy).xlsx');
    expect(d?.message.en).toContain('export.xlsx');
    expect(report.files.map((f) => f.kind)).toEqual(['xlsx', 'duplicate']);
  });
  it('detects the same VM in two exports of the same vCenter and keeps one', async () => {
    const full = sampleBook();
    const vInfo = full.vInfo ?? [];
    const first = { vInfo: vInfo.slice(0, 201), vHost: full.vHost ?? [] };
    const second = { vInfo: [vInfo[0] ?? [], ...vInfo.slice(150)], vHost: full.vHost ?? [] };
    const { inventory, report } = await importFiles([
      { name: 'part1.xlsx', data: writeBook(first) },
      { name: 'part2.xlsx', data: writeBook(second) },
    ]);
    expect(inventory.vms).toHaveLength(339);
    expect(inventory.sources).toHaveLength(1);
    expect(inventory.sources[0]?.files).toEqual(['part1.xlsx', 'part2.xlsx']);
    const dups = report.issues.filter((i) => i.code === 'IMP_DUPLICATE_VM');
    expect(dups).toHaveLength(51);
    expect(dups[0]?.file).toBe('part2.xlsx');
    expect(dups[0]?.row).toBe(2);
  });
  it('detects a VM listed twice inside one vInfo', async () => {
    const full = sampleBook();
    const vInfo = full.vInfo ?? [];
    const { report, inventory } = await importFiles([{ name: 'twice.xlsx', data: writeBook({ vInfo: [...vInfo, vInfo[5] ?? []] }) }]);
    expect(inventory.vms).toHaveLength(339);
    const d = report.issues.find((i) => i.code === 'IMP_DUPLICATE_VM');
    expect(d?.row).toBe(341);
    expect(d?.sheet).toBe('vInfo');
  });
});
