/**
 * What-if re-score (issue 19 §2): a past cycle's answers scored under a draft rubric, beside
 * the real results. Pure: it reads answers and returns figures; nothing is written.
 *
 * Items are matched by stable id (as diff.ts does):
 *   - unchanged: the rule and the base score are the same; the item keeps its answers
 *     and its real review score;
 *   - rescored: changed, and every criterion of the draft item is one of the old item's
 *     (same id, same kind): the old answers are scored under the draft by the engine;
 *   - flagged: changed, and some criterion of the draft is new (or changed kind): the
 *     answers that still apply are scored (the rest count for nothing, as missing inputs
 *     do in the engine) and the item is flagged; a unit whose answer no longer fits (a
 *     level that is gone) is flagged on that item as well;
 *   - added: new in the draft, no answers, 0 points;
 *   - removed: only in the old rubric, counts for nothing.
 * The ranking is the one rule of the reports: within the unit type, approved assessments
 * only, by 总计, ties sharing a rank (1, 1, 3). Bonus awards count under the draft's caps.
 * Grade moves are not here yet: grades are another feature (added once merged).
 */
import { diffValues } from './diff.ts';
import { type Centi, formatCenti, toCenti } from './points.ts';
import type { Item, Rubric } from './rubric.ts';
import { rubricItems } from './rubric-items.ts';
import { type BonusAward, scoreAssessment, scoreBonus } from './scoring.ts';
import type { ItemInputs } from './scoring-input.ts';

export type WhatIfItemStatus = 'unchanged' | 'rescored' | 'flagged' | 'added' | 'removed';

export interface WhatIfAssessment {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  approved: boolean;
  /** The recorded review answers per item (every department's merged). */
  inputs: Record<string, ItemInputs | undefined>;
  /** The stored review score per item (decimal text), null where none. */
  reviewScores: Record<string, string | null>;
  bonus: BonusAward[];
}

export interface WhatIfItem {
  itemId: string;
  /** 序号 in the draft, else in the old rubric. */
  number: number;
  oldNumber: number | null;
  newNumber: number | null;
  content: string;
  status: WhatIfItemStatus;
  /** Draft criteria the old answers do not cover (flagged items). */
  uncoveredCriteria: string[];
  /** Units whose score on this item would change, and by how much in all (hundredths). */
  unitsChanged: number;
  totalDelta: Centi;
  /** Units with an answer that no longer fits the draft (a removed level). */
  unitsFlagged: number;
}

export interface WhatIfUnitItem {
  itemId: string;
  number: number;
  real: Centi;
  whatIf: Centi;
}

export interface WhatIfUnit {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitTypeId: string;
  approved: boolean;
  realTotal: Centi;
  whatIfTotal: Centi;
  realRank: number | null;
  whatIfRank: number | null;
  /** The items whose score differs, largest difference first: what moves the unit. */
  changedItems: WhatIfUnitItem[];
  /** Items where this unit's answers no longer fit the draft. */
  flaggedItems: string[];
}

export interface WhatIfResult {
  items: WhatIfItem[];
  units: WhatIfUnit[];
}

/** Whether the draft item's rule can be scored from the old item's answers, and what it lacks. */
function coverage(oldItem: Item, newItem: Item): string[] {
  const old = new Map(oldItem.rule.criteria.map((c) => [c.id, c.kind]));
  return newItem.rule.criteria.filter((c) => old.get(c.id) !== c.kind).map((c) => c.id);
}

/** Ranks within the unit type among the approved, by total, ties sharing (1, 1, 3). */
export function rankByUnitType(
  rows: Array<{ unitTypeId: string; approved: boolean; total: Centi }>,
): Array<number | null> {
  const byType = new Map<string, Centi[]>();
  for (const r of rows) {
    if (!r.approved) continue;
    const list = byType.get(r.unitTypeId) ?? [];
    list.push(r.total);
    byType.set(r.unitTypeId, list);
  }
  // Per type, the rank of a total is 1 + how many totals are above it.
  const rankOf = new Map<string, Map<Centi, number>>();
  for (const [type, totals] of byType) {
    totals.sort((x, y) => y - x);
    const ranks = new Map<Centi, number>();
    totals.forEach((t, i) => {
      if (!ranks.has(t)) ranks.set(t, i + 1);
    });
    rankOf.set(type, ranks);
  }
  return rows.map((r) => (r.approved ? rankOf.get(r.unitTypeId)!.get(r.total)! : null));
}

export function whatIfRescore(
  from: Rubric,
  draft: Rubric,
  assessments: WhatIfAssessment[],
): WhatIfResult {
  const oldItems = new Map(rubricItems(from).map(({ item }) => [item.id, item]));
  const newItems = new Map(rubricItems(draft).map(({ item }) => [item.id, item]));
  const items: WhatIfItem[] = [];
  for (const item of newItems.values()) {
    const old = oldItems.get(item.id);
    let status: WhatIfItemStatus = 'added';
    let uncovered: string[] = [];
    if (old) {
      const same =
        diffValues(
          { rule: old.rule, baseScore: old.baseScore },
          { rule: item.rule, baseScore: item.baseScore },
        ).length === 0;
      uncovered = same ? [] : coverage(old, item);
      status = same ? 'unchanged' : uncovered.length > 0 ? 'flagged' : 'rescored';
    }
    items.push({
      itemId: item.id,
      number: item.number,
      oldNumber: old?.number ?? null,
      newNumber: item.number,
      content: item.content,
      status,
      uncoveredCriteria: uncovered,
      unitsChanged: 0,
      totalDelta: 0,
      unitsFlagged: 0,
    });
  }
  for (const old of oldItems.values()) {
    if (newItems.has(old.id)) continue;
    items.push({
      itemId: old.id,
      number: old.number,
      oldNumber: old.number,
      newNumber: null,
      content: old.content,
      status: 'removed',
      uncoveredCriteria: [],
      unitsChanged: 0,
      totalDelta: 0,
      unitsFlagged: 0,
    });
  }
  const byId = new Map(items.map((i) => [i.itemId, i]));

  const units = assessments.map((a) => {
    const realScores = new Map<string, Centi>();
    let realSubtotal = 0;
    for (const item of oldItems.values()) {
      const text = a.reviewScores[item.id];
      const c = text === null || text === undefined ? 0 : toCenti(text);
      realScores.set(item.id, c);
      realSubtotal += c;
    }
    const realTotal = realSubtotal + scoreBonus(from, a.bonus).total;
    // Unchanged items keep their answers; the rest are scored from the answers under the draft.
    const drafted = scoreAssessment(
      draft,
      { unitType: a.unitTypeId, items: a.inputs, bonus: a.bonus },
      { explain: false },
    );
    const changedItems: WhatIfUnitItem[] = [];
    const flaggedItems: string[] = [];
    let whatIfTotal = drafted.bonus;
    for (const s of drafted.items) {
      const info = byId.get(s.itemId)!;
      const whatIf = info.status === 'unchanged' ? realScores.get(s.itemId)! : s.points;
      whatIfTotal += whatIf;
      if (info.status === 'rescored' || info.status === 'flagged') {
        if (s.problems.length > 0) {
          flaggedItems.push(s.itemId);
          info.unitsFlagged++;
        }
      }
      const real = realScores.get(s.itemId) ?? 0;
      if (real !== whatIf) {
        changedItems.push({ itemId: s.itemId, number: info.number, real, whatIf });
      }
    }
    for (const [itemId, real] of realScores) {
      if (!newItems.has(itemId) && real !== 0) {
        changedItems.push({ itemId, number: byId.get(itemId)!.number, real, whatIf: 0 });
      }
    }
    for (const c of changedItems) {
      const info = byId.get(c.itemId)!;
      info.unitsChanged++;
      info.totalDelta += c.whatIf - c.real;
    }
    changedItems.sort(
      (x, y) => Math.abs(y.whatIf - y.real) - Math.abs(x.whatIf - x.real) || x.number - y.number,
    );
    return {
      assessmentId: a.assessmentId,
      unitId: a.unitId,
      unitName: a.unitName,
      unitTypeId: a.unitTypeId,
      approved: a.approved,
      realTotal,
      whatIfTotal,
      realRank: null as number | null,
      whatIfRank: null as number | null,
      changedItems,
      flaggedItems,
    };
  });
  const realRanks = rankByUnitType(units.map((u) => ({ ...u, total: u.realTotal })));
  const whatIfRanks = rankByUnitType(units.map((u) => ({ ...u, total: u.whatIfTotal })));
  units.forEach((u, i) => {
    u.realRank = realRanks[i]!;
    u.whatIfRank = whatIfRanks[i]!;
  });
  items.sort((x, y) => x.number - y.number || (x.status === 'removed' ? 1 : -1));
  return { items, units };
}

/** Units whose rank would move. */
export function rankMoves(result: WhatIfResult): WhatIfUnit[] {
  return result.units.filter((u) => u.approved && u.realRank !== u.whatIfRank);
}

/** Totals as decimal text, for the wire and the workbook. */
export const whatIfText = (c: Centi): string => formatCenti(c);
