import { describe, expect, test } from 'vitest';
import { safeRedirect, sessionHint } from './session.ts';

describe('the session hint (decision 032)', () => {
  test('is the server’s readable cookie, among others, naming a role', () => {
    expect(sessionHint('kaohe_signed_in=unit')).toBe('unit');
    expect(sessionHint('theme=dark; kaohe_signed_in=chairman; x=2')).toBe('chairman');
    expect(sessionHint('')).toBeNull();
    expect(sessionHint('kaohe_signed_in=')).toBeNull();
    expect(sessionHint('kaohe_signed_in=root')).toBeNull();
    expect(sessionHint('not_kaohe_signed_in=admin')).toBeNull();
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
