import { expect, test } from 'vitest';
import { en, format, type MessageKey, zh } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('zh and en have the same keys and the same placeholders in each', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const key of Object.keys(zh) as MessageKey[]) {
    expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  }
});

test('format fills placeholders and leaves unknown ones visible', () => {
  expect(format(zh['table.progress'], { done: 3, total: 30 })).toBe('已完成 3 / 30');
  expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
});
