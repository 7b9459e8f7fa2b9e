import { describe, expect, it } from 'vitest';
import { printBundleFindings } from '../../cli/plan';
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
    const out: string[] = [];
    printBundleFindings(findings, 'vi', (s) => out.push(s));
    expect(out[0]).toBe("proxmox: 1 error(s), 23 warning(s) in the configuration bundle (each cluster's README.md lists them)\n");
    expect(out[1]).toBe('  error BUNDLE_STORAGE_UNDEFINED proxmox/prod/create-vms.sh: lỗi 99\n');
    expect(out).toHaveLength(1 + 20 + 1);
    expect(out.at(-1)).toBe('  … and 4 more\n');
  });
});
