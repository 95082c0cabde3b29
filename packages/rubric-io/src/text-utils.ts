/** Small text helpers shared by the readers: Chinese table text, numbers, similarity. */
import { isPointValue } from '@kaohe/domain';

/** Full-width digits, dot, percent and parentheses to their ASCII forms; for matching and numbers only. */
export function foldWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** For comparing names: no whitespace, ASCII widths. "总  计" → "总计", "考核\n项目" → "考核项目". */
export function compact(text: string): string {
  return foldWidth(text).replace(/\s+/g, '');
}

/** For comparing names that may have lost or gained punctuation: letters, digits and Han only. */
export function bare(text: string): string {
  return compact(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A cell's paragraphs, trimmed, blank ones dropped. */
export function cellLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Cell text as the table holds it: paragraphs kept, blank lines at either end and the spaces around them dropped. */
export function cellText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** "6", "1.5", "１０", "4分" → the number; undefined when the cell is not a point value. */
export function parsePoints(text: string): number | undefined {
  const t = compact(text).replace(/分$/, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return isPointValue(n) ? n : undefined;
}

/** "1", "１", "1." → 1; undefined unless a positive whole number. */
export function parseItemNumber(text: string): number | undefined {
  const t = compact(text).replace(/[.、]$/, '');
  return /^[1-9]\d{0,4}$/.test(t) ? Number(t) : undefined;
}

/** Character bigrams of the letters, digits and Han in a text. */
export function bigrams(text: string): Set<string> {
  const chars = [...bare(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Dice similarity of two texts' bigrams, 0…1; equal texts are 1. */
export function similarity(a: string, b: string): number {
  if (bare(a) === bare(b)) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size + y.size === 0) return 0;
  return (2 * overlap(x, y)) / (x.size + y.size);
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** "a", "b", … "z", "aa", "ab" … */
export function letterId(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
