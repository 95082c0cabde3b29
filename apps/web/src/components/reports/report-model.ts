/**
 * The report pages' arithmetic, kept pure so it is tested on its own: rank display,
 * averages of category subtotals, the histogram of grand totals. Every figure is held in
 * hundredths (`Centi`, exact integers) and only formatted for the screen at the end; the
 * server's figures (strings from SQL numerics) enter through `toCenti`, never `Number`.
 */
import { type Centi, formatCenti, type Rubric, toCenti } from '@kaohe/domain';
import type { inferOutput, Trpc } from '../../trpc.ts';

/** One unit of the ranking as the server sends it (report.ranking). */
export type RankedUnit = inferOutput<Trpc['report']['ranking']>[number];

/** How a rank reads: a number once approved ("并列" when shared), else "not approved". */
export type RankDisplay =
  | { kind: 'rank'; rank: number; tied: boolean }
  | { kind: 'unapproved' }
  | { kind: 'none' };

/**
 * The rank as shown. Only an approved unit has a final rank (the server ranks approved
 * units only); a shared rank is marked as a tie within the unit type.
 */
export function rankDisplay(row: RankedUnit, all: readonly RankedUnit[]): RankDisplay {
  if (!row.approved) return row.total === null ? { kind: 'none' } : { kind: 'unapproved' };
  if (row.rank === null) return { kind: 'none' };
  const tied = all.some(
    (o) =>
      o.assessmentId !== row.assessmentId &&
      o.approved &&
      o.unitTypeId === row.unitTypeId &&
      o.rank === row.rank,
  );
  return { kind: 'rank', rank: row.rank, tied };
}

/**
 * The mean of exact scores, rounded half away from zero to hundredths: the sum is an
 * exact integer of hundredths, and only the one division rounds. Null for no values.
 */
export function averageCenti(values: readonly Centi[]): Centi | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const n = values.length;
  const q = Math.trunc(sum / n);
  const r = sum - q * n;
  // |r| / n ≥ 1/2 rounds away from zero; compared in integers.
  if (2 * Math.abs(r) >= n) return sum < 0 ? q - 1 : q + 1;
  return q;
}

export interface CategorySubtotal {
  assessmentId: string;
  categoryId: string;
  selfSubtotal: string | null;
  reviewSubtotal: string | null;
}

/** A unit's review subtotal per category (hundredths), from report.categories. */
export function subtotalsByAssessment(
  rows: readonly CategorySubtotal[],
): Map<string, Map<string, Centi>> {
  const out = new Map<string, Map<string, Centi>>();
  for (const r of rows) {
    if (r.reviewSubtotal === null) continue;
    const m = out.get(r.assessmentId) ?? new Map<string, Centi>();
    m.set(r.categoryId, toCenti(r.reviewSubtotal));
    out.set(r.assessmentId, m);
  }
  return out;
}

/**
 * Per category, the average review subtotal over the given assessments (those with a
 * review subtotal in that category; a unit not yet reviewed there does not pull it down).
 */
export function categoryAverages(
  rubric: Rubric,
  subtotals: Map<string, Map<string, Centi>>,
  assessmentIds: readonly string[],
): Map<string, Centi | null> {
  const out = new Map<string, Centi | null>();
  for (const c of rubric.categories) {
    const values: Centi[] = [];
    for (const id of assessmentIds) {
      const v = subtotals.get(id)?.get(c.id);
      if (v !== undefined) values.push(v);
    }
    out.set(c.id, averageCenti(values));
  }
  return out;
}

/** A category's full marks: the sum of its items' base scores. */
export function categoryBase(rubric: Rubric, categoryId: string): Centi {
  const c = rubric.categories.find((x) => x.id === categoryId);
  return (c?.items ?? []).reduce((sum, i) => sum + toCenti(i.baseScore), 0);
}

export interface Bin {
  /** Inclusive lower bound (hundredths). */
  from: Centi;
  /** Exclusive upper bound, inclusive for the last bin (hundredths). */
  to: Centi;
  count: number;
  label: string;
}

/**
 * The distribution of grand totals: bins `width` wide on multiples of `width`, from the
 * lowest total's bin to the highest's, empty bins kept so the shape reads true. A total
 * exactly on a boundary falls into the upper bin.
 */
export function histogram(totals: readonly Centi[], width: Centi = 500): Bin[] {
  if (totals.length === 0) return [];
  if (!Number.isInteger(width) || width <= 0) throw new Error('bin width must be positive');
  const floorTo = (v: Centi) => Math.floor(v / width) * width;
  const low = floorTo(Math.min(...totals));
  const high = floorTo(Math.max(...totals));
  const bins: Bin[] = [];
  for (let from = low; from <= high; from += width) {
    bins.push({
      from,
      to: from + width,
      count: 0,
      label: `${formatCenti(from)}–${formatCenti(from + width)}`,
    });
  }
  for (const t of totals) bins[(floorTo(t) - low) / width]!.count++;
  return bins;
}

/** The grand totals to chart: units with a total (approved or not — the chart says which). */
export function totalsOf(rows: readonly RankedUnit[]): Centi[] {
  return rows.flatMap((r) => (r.total === null ? [] : [toCenti(r.total)]));
}

/** A score string for a chart axis (display only): the canonical decimal as a number. */
export const chartNumber = (c: Centi | null | undefined): number | null =>
  c === null || c === undefined ? null : Number(formatCenti(c));

/** The ranking's units ordered as the table shows them: type order, then rank, then total. */
export function rankingOrder(rubric: Rubric, rows: readonly RankedUnit[]): RankedUnit[] {
  const typeIndex = (id: string) => {
    const i = rubric.unitTypes.findIndex((u) => u.id === id);
    return i < 0 ? rubric.unitTypes.length : i;
  };
  const total = (r: RankedUnit) => (r.total === null ? Number.NEGATIVE_INFINITY : toCenti(r.total));
  return [...rows].sort(
    (a, b) =>
      typeIndex(a.unitTypeId) - typeIndex(b.unitTypeId) ||
      Number(b.approved) - Number(a.approved) ||
      total(b) - total(a) ||
      a.unitName.localeCompare(b.unitName, 'zh'),
  );
}
