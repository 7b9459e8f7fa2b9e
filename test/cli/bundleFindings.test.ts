import { describe, expect, it } from 'vitest';
import { consoleLines, consoleText, printBundleFindings } from '../../cli/plan';
import { dictionaryParts } from '../../shared/i18n';
import type { BundleFinding } from '../../shared/report/export';

const finding = (i: number, severity: BundleFinding['severity']): BundleFinding => ({
  code: severity === 'error' ? 'BUNDLE_STORAGE_UNDEFINED' : 'BUNDLE_MAC_INVALID',
  severity,
  cluster: 'prod',
  file: 'create-vms.sh',
  text: { vi: `lỗi ${i}`, en: `problem ${i}` },
});

describe('plan --format config prints the bundle findings', () => {
  it('prints nothing when the bundle has none', () => {
    const out: string[] = [];
    printBundleFindings([], 'en', (s) => out.push(s));
    expect(out).toEqual([]);
  });

  it('counts them, lists errors first in the chosen language, and caps the list', () => {
    const findings = [...Array.from({ length: 23 }, (_, i) => finding(i, 'warning')), finding(99, 'error')];
    const vi: string[] = [];
    printBundleFindings(findings, 'vi', (s) => vi.push(s));
    expect(vi[0]).toBe('proxmox: 1 lỗi, 23 cảnh báo trong bộ cấu hình (README.md của từng cluster liệt kê chúng)\n');
    expect(vi[1]).toBe('  lỗi BUNDLE_STORAGE_UNDEFINED proxmox/prod/create-vms.sh: lỗi 99\n');
    expect(vi).toHaveLength(1 + 20 + 1);
    expect(vi.at(-1)).toBe('  … và 4 mục nữa\n');
    const en: string[] = [];
    printBundleFindings(findings, 'en', (s) => en.push(s));
    expect(en[0]).toBe("proxmox: 1 error(s), 23 warning(s) in the configuration bundle (each cluster's README.md lists them)\n");
    expect(en[1]).toBe('  error BUNDLE_STORAGE_UNDEFINED proxmox/prod/create-vms.sh: problem 99\n');
    expect(en.at(-1)).toBe('  … and 4 more\n');
    // Both: the Vietnamese line first, then the English one.
    const both: string[] = [];
    printBundleFindings(findings, 'vi+en', (s) => both.push(s));
    expect(both.slice(0, 2)).toEqual([vi[0], en[0]]);
    expect(both[2]).toBe(vi[1]);
    expect(both[3]).toBe('    problem 99\n');
    expect(both.slice(-2)).toEqual([vi.at(-1), en.at(-1)]);
  });
});

describe('plan console lines follow --lang', () => {
  const params = { vms: 1217, templates: 44, poweredOn: 258, hosts: 20, clusters: 11, warnings: 0 };
  it('vi, en, and both with Vietnamese first; numbers in each language', () => {
    const vi = consoleLines('vi', 'cli.plan.summary', params);
    const en = consoleLines('en', 'cli.plan.summary', params);
    expect(vi).toEqual(['1.217 máy ảo, 44 template, 258 máy đang bật, 20 host, 11 cluster (0 cảnh báo khi nhập)']);
    expect(en).toEqual(['1,217 VMs, 44 templates, 258 powered on, 20 hosts, 11 clusters (0 import warnings)']);
    expect(consoleLines('vi+en', 'cli.plan.summary', params)).toEqual([...vi, ...en]);
    expect(consoleText('vi+en', 'cli.progress.deriving')).toBe('đang lập kế hoạch / deriving the plan');
    expect(consoleLines('vi', 'cli.plan.wrote', { file: '/tmp/out/plan.pdf' })).toEqual(['đã ghi /tmp/out/plan.pdf']);
  });

  it('every console line of the plan command is a dictionary entry in both languages', () => {
    const keys = Object.keys(dictionaryParts.cli);
    expect(keys.length).toBeGreaterThan(15);
    for (const [k, t] of Object.entries(dictionaryParts.cli)) expect(t.vi, k).not.toBe(t.en);
  });
});
