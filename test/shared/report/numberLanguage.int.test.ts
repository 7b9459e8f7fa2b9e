import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/build';
import { profileModel } from '../../../shared/report/profile';
import { foreignDecimals } from './numberStyle';
import { reportProse } from './reportProse';
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
});
