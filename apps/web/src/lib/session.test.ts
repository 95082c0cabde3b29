import { describe, expect, test } from 'vitest';
import { hasSessionHint, safeRedirect } from './session.ts';

describe('the session hint (decision 032)', () => {
  test('is the server’s readable cookie, among others, with the value 1 only', () => {
    expect(hasSessionHint('kaohe_signed_in=1')).toBe(true);
    expect(hasSessionHint('theme=dark; kaohe_signed_in=1; x=2')).toBe(true);
    expect(hasSessionHint('')).toBe(false);
    expect(hasSessionHint('kaohe_signed_in=')).toBe(false);
    expect(hasSessionHint('kaohe_signed_in=10')).toBe(false);
    expect(hasSessionHint('not_kaohe_signed_in=1')).toBe(false);
  });
});

describe('the address after sign-in', () => {
  test('stays inside this app', () => {
    expect(safeRedirect('/overview?cycleId=1')).toBe('/overview?cycleId=1');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
