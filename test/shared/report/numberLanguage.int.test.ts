import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/build';
import { profileModel } from '../../../shared/report/profile';
import { foreignDecimals } from './numberStyle';
import { reportProse } from './reportProse';
import { renderFormat } from '../../../shared/report/export';
import { flat, pdfPages } from './pdfText';
import { BIG_SAMPLE, planFromSample } from './samplePlan';

describe('numbers in the report language: the real 339-VM sample', () => {
  it('summary and full reports: no English decimal in Vietnamese, no decimal comma in English', async () => {
    const plan = await planFromSample(BIG_SAMPLE);
    const all = buildReport(plan);
    for (const profile of ['summary', 'full'] as const) {
      const model = profileModel(all, profile);
      const vi = reportProse(model, 'vi');
      const en = reportProse(model, 'en');
      expect(foreignDecimals(vi, 'vi'), profile).toEqual([]);
      expect(foreignDecimals(en, 'en'), profile).toEqual([]);
      expect(vi.join('\n')).toMatch(/\d,\d+ (GiB|%)/);
      expect(en.join('\n')).toMatch(/\d\.\d+ (GiB|%)/);
    }
  }, 120_000);

  it('the summary PDF read back (pdftotext): the same in each language', async () => {
    const plan = await planFromSample(BIG_SAMPLE);
    const model = buildReport(plan);
    for (const lang of ['vi', 'en'] as const) {
      // Lines folded: a version number may wrap away from its product name ("Proxmox VE" | "9.0").
      const text = flat(pdfPages(await renderFormat('pdf', plan, model, lang, { profile: 'summary' })).join('\n'));
      expect(foreignDecimals([text], lang), lang).toEqual([]);
      expect(text).toMatch(lang === 'vi' ? /\d,\d+ (GiB|%)/ : /\d\.\d+ (GiB|%)/);
    }
  }, 240_000);
});
