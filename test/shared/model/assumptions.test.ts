import { describe, expect, it } from 'vitest';
import { ASSUMPTION_SPECS, DEFAULT_ASSUMPTIONS, PVE_TARGETS, readAssumptions, resolveAssumptions } from '../../../shared/model/assumptions';

describe('readAssumptions: one place for defaults and ranges', () => {
  it('fills every assumption with its default, and every default is within its own range', () => {
    expect(resolveAssumptions({})).toEqual(DEFAULT_ASSUMPTIONS);
    expect(resolveAssumptions(undefined)).toEqual(DEFAULT_ASSUMPTIONS);
    expect(Object.keys(ASSUMPTION_SPECS).sort()).toEqual(Object.keys(DEFAULT_ASSUMPTIONS).sort());
    expect(readAssumptions({ ...DEFAULT_ASSUMPTIONS }).findings).toEqual([]);
  });

  it('keeps valid values (whole numbers floored) and names it does not know', () => {
    const r = readAssumptions({ pveTarget: 'pve9.2', vcpuPerCore: 6, vmidStart: 1000.7, networkMode: 'sdn', defaultBridge: ' vmbr9 ', futureKnob: 'x' });
    expect(r.findings).toEqual([]);
    expect(r.assumptions).toMatchObject({ pveTarget: 'pve9.2', vcpuPerCore: 6, vmidStart: 1000, networkMode: 'sdn', defaultBridge: 'vmbr9' });
    expect((r.assumptions as Record<string, unknown>).futureKnob).toBe('x');
  });

  it('rejects out-of-range and wrong-type values: the default is used and a coded finding says so', () => {
    const r = readAssumptions({ vcpuPerCore: -2, memoryOvercommit: 'lots', pveTarget: 'pve7', balloonMinRatio: 1.5, windowsFirstBoot: 'yes' });
    expect(r.assumptions.vcpuPerCore).toBe(DEFAULT_ASSUMPTIONS.vcpuPerCore);
    expect(r.assumptions.memoryOvercommit).toBe(1);
    expect(r.assumptions.pveTarget).toBe('pve9.0');
    expect(r.assumptions.balloonMinRatio).toBe(0.5);
    expect(r.assumptions.windowsFirstBoot).toBe(true);
    expect(r.findings.map((f) => `${f.code} ${f.path}`).sort()).toEqual([
      'ASSUMPTION_INVALID assumptions.memoryOvercommit',
      'ASSUMPTION_INVALID assumptions.pveTarget',
      'ASSUMPTION_INVALID assumptions.windowsFirstBoot',
      'ASSUMPTION_OUT_OF_RANGE assumptions.balloonMinRatio',
      'ASSUMPTION_OUT_OF_RANGE assumptions.vcpuPerCore',
    ]);
    const range = r.findings.find((f) => f.path === 'assumptions.balloonMinRatio');
    expect(range?.message.en).toBe('Assumption balloonMinRatio: 1.5 is outside 0–1; the default 0.5 is used.');
    expect(range?.message.vi).toContain('nằm ngoài khoảng 0–1');
  });

  it('refuses an assumptions record that is not an object', () => {
    const r = readAssumptions('pve8');
    expect(r.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(r.findings.map((f) => f.code)).toEqual(['ASSUMPTIONS_NOT_AN_OBJECT']);
    expect(PVE_TARGETS).toContain(DEFAULT_ASSUMPTIONS.pveTarget);
  });
});
