import { describe, expect, it } from 'vitest';
import { csvField, MAX_CELL_CHARS, neutraliseFormula, safeSheetText } from '../../../shared/text/safeCell';

describe('the one formula-injection neutraliser', () => {
  it('prefixes an apostrophe to = + - @ tab and CR, and leaves other text alone', () => {
    for (const s of ['=1+1', '+1', '-x', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['web-01', 'a=b', ' =1', '', "'=already"]) expect(neutraliseFormula(s)).toBe(s);
  });

  it('sheet text is neutralised and cut to what a cell holds', () => {
    expect(safeSheetText('=cmd')).toBe("'=cmd");
    const long = `=${'x'.repeat(MAX_CELL_CHARS + 10)}`;
    const out = safeSheetText(long);
    expect(out).toHaveLength(MAX_CELL_CHARS);
    expect(out.startsWith("'=")).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });

  it('CSV fields are neutralised, then quoted when they hold a quote, comma or line break', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-2')).toBe("'-2");
  });
});
