/**
 * Exact decimal scores. Every score in the system is held as an integer count of
 * hundredths of a point ("centipoints"), so 1.5 + 1.5 + 1 is 150 + 150 + 100 = 400,
 * never a float sum. Documents (rubric JSON, API payloads) carry ordinary decimal
 * numbers or strings; they are converted here, and only here.
 */
import { DomainError } from './errors.ts';

/** Hundredths of a point. Always a safe integer. */
export type Centi = number;

export const CENTI_PER_POINT = 100;

const DECIMAL = /^(-)?(\d{1,9})(?:\.(\d{1,2}))?$/;

/** True when `value` is a decimal with at most two places (1, 1.5, "0.25"). */
export function isPointValue(value: unknown): boolean {
  return tryToCenti(value) !== undefined;
}

/** Converts 1.5 or "1.5" to 150; undefined when the value is not a decimal with ≤ 2 places. */
export function tryToCenti(value: unknown): Centi | undefined {
  let text: string;
  if (typeof value === 'number') {
    // c / 100 is the double nearest the decimal c/100, so a number written with ≤ 2
    // decimal places is exactly the one that equals its rounded hundredths over 100.
    const c = Math.round(value * CENTI_PER_POINT);
    if (Number.isSafeInteger(c) && Math.abs(c) < 1e11 && c / CENTI_PER_POINT === value) {
      return c === 0 ? 0 : c;
    }
    return undefined;
  }
  if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const whole = Number(m[2]);
  const frac = m[3] === undefined ? 0 : Number(m[3].padEnd(2, '0'));
  const centi = whole * CENTI_PER_POINT + frac;
  return m[1] && centi !== 0 ? -centi : centi;
}

export function toCenti(value: unknown): Centi {
  const c = tryToCenti(value);
  if (c === undefined) {
    throw new DomainError('INVALID_SCORE', {
      zh: `分值格式不正确：${String(value)}（最多两位小数）`,
      en: `Not a valid score: ${String(value)} (at most two decimal places)`,
    });
  }
  return c;
}

/** 150 → "1.5", 400 → "4", -100 → "-1". The canonical text of a score. */
export function formatCenti(c: Centi): string {
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  const whole = Math.floor(abs / CENTI_PER_POINT);
  const frac = abs % CENTI_PER_POINT;
  if (frac === 0) return `${sign}${whole}`;
  const f = frac % 10 === 0 ? String(frac / 10) : String(frac).padStart(2, '0');
  return `${sign}${whole}.${f}`;
}

/** 150 → 1.5 as a number, for documents. Exact for two decimal places. */
export function centiToNumber(c: Centi): number {
  return Number(formatCenti(c));
}

export function clampCenti(c: Centi, min: Centi, max: Centi): Centi {
  return c < min ? min : c > max ? max : c;
}
