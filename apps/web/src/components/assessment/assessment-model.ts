/**
 * An assessment as the server sends it, read into what the pages show. The readiness and
 * remark rules are the workflow's own (`@kaohe/workflow/browser`): the server's refusal
 * stays the last word, the browser only says beforehand what it would say.
 */
import type { BonusAward, Centi, ItemInputs, Rubric } from '@kaohe/domain';
import type { AssessmentDetail } from '../../trpc.ts';

export type AssessmentItemRow = AssessmentDetail['items'][number];
export type Inputs = Record<string, ItemInputs | undefined>;

const asInputs = (value: unknown): ItemInputs | undefined =>
  value && typeof value === 'object' && Object.keys(value).length > 0
    ? (value as ItemInputs)
    : undefined;

/** The unit's self-score inputs, by item. */
export function selfInputsOf(a: Pick<AssessmentDetail, 'items'>): Inputs {
  return Object.fromEntries(a.items.map((i) => [i.itemId, asInputs(i.selfInputs)]));
}

/**
 * The review inputs by item, every department's criteria together: on items 8, 11 and 21
 * each department judges its own criteria and the item's 考评分 combines them.
 */
export function reviewInputsOf(a: Pick<AssessmentDetail, 'items'>): Inputs {
  const out: Inputs = {};
  for (const i of a.items) {
    let merged: ItemInputs | undefined;
    for (const r of i.reviews) {
      const inputs = asInputs(r.reviewInputs);
      if (inputs) merged = { ...merged, ...inputs };
    }
    out[i.itemId] = merged;
  }
  return out;
}

/** The bonus awards that count (a revoked award stays in the record, not in the total). */
export function bonusOf(a: Pick<AssessmentDetail, 'bonusAwards'>): BonusAward[] {
  return a.bonusAwards
    .filter((b) => b.revokedAt === null)
    .map((b) => ({ bonusItemId: b.bonusItemId, points: b.points }));
}

/** 备注 per item: each department's remarks, named where two departments review it; and per bonus item, the reasons. */
export function remarksOf(
  rubric: Rubric,
  a: Pick<AssessmentDetail, 'items' | 'bonusAwards'>,
): Record<string, string> {
  const name = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;
  const out: Record<string, string> = {};
  for (const i of a.items) {
    const withRemarks = i.reviews.filter((r) => (r.remarks ?? '').trim() !== '');
    if (withRemarks.length === 0) continue;
    out[i.itemId] =
      i.reviews.length > 1
        ? withRemarks.map((r) => `${name(r.departmentId)}：${r.remarks}`).join('\n')
        : (withRemarks[0]!.remarks ?? '');
  }
  for (const b of a.bonusAwards) {
    if (b.revokedAt !== null) continue;
    out[b.bonusItemId] = out[b.bonusItemId] ? `${out[b.bonusItemId]}\n${b.reason}` : b.reason;
  }
  return out;
}

/**
 * Rank within each group (unit type), highest score first. Ties share a rank and the
 * next rank skips ("1, 1, 3"), as results lists are read. Rows without a score get none.
 */
export function rankWithinGroups<T>(
  rows: readonly T[],
  group: (row: T) => string,
  score: (row: T) => Centi | null,
): Map<T, number> {
  const groups = new Map<string, Array<{ row: T; points: Centi }>>();
  for (const row of rows) {
    const points = score(row);
    if (points === null) continue;
    const key = group(row);
    groups.set(key, [...(groups.get(key) ?? []), { row, points }]);
  }
  const ranks = new Map<T, number>();
  for (const list of groups.values()) {
    list.sort((a, b) => b.points - a.points);
    list.forEach((entry, index) => {
      const previous = list[index - 1];
      ranks.set(
        entry.row,
        previous && previous.points === entry.points ? ranks.get(previous.row)! : index + 1,
      );
    });
  }
  return ranks;
}
