import { describe, expect, it } from 'vitest';
import { dictionaries, dictionaryParts, placeholders, t } from '../../../shared/i18n';

describe('i18n dictionaries', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const viKeys = Object.keys(dictionaries.vi).sort();
    const enKeys = Object.keys(dictionaries.en).sort();
    expect(viKeys).toEqual(enKeys);
    expect(viKeys.length).toBeGreaterThan(5);
    for (const k of viKeys) {
      const vi = dictionaries.vi[k as keyof typeof dictionaries.vi];
      const en = dictionaries.en[k as keyof typeof dictionaries.en];
      expect(vi.trim(), `vi ${k}`).not.toBe('');
      expect(en.trim(), `en ${k}`).not.toBe('');
      expect(placeholders(vi), `placeholders ${k}`).toEqual(placeholders(en));
    }
  });

  it('has no key defined in two areas', () => {
    const seen = new Map<string, string>();
    for (const [area, part] of Object.entries(dictionaryParts)) {
      for (const k of Object.keys(part)) {
        expect(seen.get(k), `${k} in ${area} and ${seen.get(k)}`).toBeUndefined();
        seen.set(k, area);
      }
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'app.name')).toBe('vm2pve');
  });
});
