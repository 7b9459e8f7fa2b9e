import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../renderer/views/cost/parseAmount';

describe('amounts typed in the Cost view', () => {
  it('reads both number conventions', () => {
    expect(parseAmount('1250.5')).toBe(1250.5);
    expect(parseAmount('1,250.50')).toBe(1250.5);
    expect(parseAmount('1.250,50')).toBe(1250.5);
    expect(parseAmount('1 250,5')).toBe(1250.5);
    expect(parseAmount('26.000')).toBe(26000);
    expect(parseAmount('26,000')).toBe(26000);
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('0')).toBe(0);
    expect(parseAmount('1.234.567')).toBe(1234567);
  });

  it('treats an empty field as "no price" and refuses anything else', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('   ')).toBeNull();
    for (const bad of ['-5', 'abc', '1..2', '12,34,5', '1e5', '€5', '1.23.4']) expect(parseAmount(bad), bad).toBeUndefined();
  });
});
