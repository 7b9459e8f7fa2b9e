import { describe, expect, it } from 'vitest';
import { dictionary } from '../../../shared/i18n';
import { glossaryViolations, GLOSSARY, VI_RULES } from '../../../shared/i18n/glossary';

describe('glossary', () => {
  it('finds the wordings it forbids and lets commands and quoted labels through', () => {
    expect(glossaryViolations('vm:100 được recovery sang pve02').map((v) => v.rule)).toEqual(['verb.recovery']);
    expect(glossaryViolations('thử start lại trên pve01').map((v) => v.rule)).toEqual(['verb.start']);
    expect(glossaryViolations('tuỳ phiên bản').map((v) => v.rule)).toEqual(['spelling.tuy']);
    expect(glossaryViolations('Di chuyển VM sang node khác').map((v) => v.rule)).toEqual(['term.vm']);
    expect(glossaryViolations('hoàn tất')).toEqual([]);
    expect(glossaryViolations('Quy tắc VM–Host của DRS, `qm start 100`, trang "VMs"')).toEqual([]);
    expect(glossaryViolations('Resource ở state `recovery` và được khôi phục sang pve02')).toEqual([]);
    expect(GLOSSARY.find((t) => t.en.startsWith('virtual machine'))?.vi).toBe('máy ảo');
    expect(VI_RULES.length).toBeGreaterThan(5);
  });

  it('every Vietnamese dictionary entry follows it', () => {
    const bad = Object.entries(dictionary).flatMap(([key, t]) => glossaryViolations(t.vi).map((v) => `${key}: ${v.rule} (use "${v.use}") … ${v.found}`));
    expect(bad).toEqual([]);
  });
});
