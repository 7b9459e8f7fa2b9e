import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/model/assumptions';
import { clusterCpuBaseline, deriveMapping } from '../../../shared/mapping';
import { evcFromCpuModel, vmNeedsMoreThanBaseline } from '../../../shared/mapping/cpuBaseline';
import { host, inventory, vm } from '../readiness/vmBuilder';

const a = resolveAssumptions({});

describe('cluster CPU baseline', () => {
  it('takes the LOWER baseline when hosts report intel-haswell and intel-sandybridge', () => {
    const c = clusterCpuBaseline('C1', [host({ currentEvc: 'intel-haswell', maxEvc: 'intel-haswell' }), host({ currentEvc: 'intel-sandybridge', maxEvc: 'intel-sandybridge', cpuModel: 'Intel(R) Xeon(R) CPU E5-2670 0 @ 2.60GHz' })], a);
    expect(c.baseline?.key).toBe('intel-sandybridge');
    expect(c.cpuType).toBe('SandyBridge-IBRS');
    expect(c.mode).toBe('named');
    expect(c.warnings).toEqual([]);
  });

  it('gives the generic level on request and for mixed vendors, with a warning', () => {
    const hosts = [host({ currentEvc: '', maxEvc: 'intel-skylake', cpuModel: 'Intel(R) Xeon(R) Gold 6143 CPU @ 2.80GHz' }), host({ currentEvc: '', maxEvc: 'amd-zen2', cpuModel: 'AMD EPYC 7402P 24-Core Processor' })];
    const mixed = clusterCpuBaseline('C2', hosts, a);
    expect(mixed.cpuType).toBe('x86-64-v3');
    expect(mixed.vendors).toEqual(['amd', 'intel']);
    expect(mixed.warnings.map((w) => w.code)).toContain('CPU_MIXED_VENDORS');
    const generic = clusterCpuBaseline('C3', [host({ currentEvc: 'intel-cascadelake', cpuModel: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz' })], resolveAssumptions({ cpuTypeMode: 'generic' }));
    expect(generic.cpuType).toBe('x86-64-v4');
  });

  it('resolves an unknown EVC key from the CPU model with a warning', () => {
    const c = clusterCpuBaseline('C4', [host({ currentEvc: 'intel-graniterapids', maxEvc: '', cpuModel: 'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz' })], a);
    expect(c.baseline?.key).toBe('intel-icelake');
    expect(c.warnings[0]?.code).toBe('CPU_UNKNOWN_EVC');
    expect(c.warnings[0]?.text.en).toContain('intel-graniterapids');
  });

  it('falls back with a warning when nothing is known, and honours a cluster override', () => {
    const c = clusterCpuBaseline('C5', [host({ currentEvc: undefined, maxEvc: undefined, cpuModel: 'Mystery CPU' })], a);
    expect(c.cpuType).toBe('x86-64-v2-AES');
    expect(c.warnings.map((w) => w.code)).toEqual(['CPU_HOST_UNKNOWN', 'CPU_NO_BASELINE']);
    const o = clusterCpuBaseline('C5', [host()], a, { clusterCpuType: { C5: 'host' } });
    expect(o).toMatchObject({ cpuType: 'host', mode: 'override' });
  });

  it('reads generations from Xeon / EPYC model names', () => {
    expect(evcFromCpuModel('Intel(R) Xeon(R) CPU E5-2687W v4 @ 3.00GHz')?.key).toBe('intel-broadwell');
    expect(evcFromCpuModel('Intel(R) Xeon(R) Silver 4208 CPU @ 2.10GHz')?.key).toBe('intel-cascadelake');
    expect(evcFromCpuModel('INTEL(R) XEON(R) GOLD 6526Y')?.key).toBe('intel-sapphirerapids');
    expect(evcFromCpuModel('AMD EPYC 9354 32-Core Processor')?.key).toBe('amd-zen4');
    expect(evcFromCpuModel('AMD EPYC 7763 64-Core Processor')?.key).toBe('amd-zen3');
    expect(evcFromCpuModel('Intel(R) Xeon(R) E-2334 CPU @ 3.40GHz')).toEqual({ key: 'intel-skylake', avx512: false });
  });

  it('checks a VM’s min required EVC against the chosen type and exposes cluster results', () => {
    const c = clusterCpuBaseline('C1', [host({ currentEvc: 'intel-haswell' })], a);
    expect(vmNeedsMoreThanBaseline(vm({ minRequiredEvc: 'intel-broadwell' }), c)).toBe(true);
    expect(vmNeedsMoreThanBaseline(vm({ minRequiredEvc: 'intel-haswell' }), c)).toBe(false);
    expect(vmNeedsMoreThanBaseline(vm({ minRequiredEvc: undefined }), c)).toBeUndefined();
    const m = deriveMapping(inventory([vm()], { hosts: [host({ currentEvc: 'intel-haswell' }), host({ currentEvc: 'intel-sandybridge' })] }), {}, {});
    expect(m.clusters.find((x) => x.name === 'Cluster1')?.cpuType).toBe('SandyBridge-IBRS');
  });
});
