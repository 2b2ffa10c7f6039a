import { describe, expect, it } from 'vitest';
import { formatCents } from './money';

describe('formatCents', () => {
  it.each([
    [15000, '$150.00'],
    [0, '$0.00'],
    [5, '$0.05'],
    [99, '$0.99'],
    [100, '$1.00'],
    [123456789, '$1,234,567.89'],
    [-2550, '-$25.50'],
    [-7, '-$0.07'],
  ])('%i cents reads %s', (cents, shown) => {
    expect(formatCents(cents)).toBe(shown);
  });
});
