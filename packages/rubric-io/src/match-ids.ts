/**
 * Stable ids across an import. A table has no ids, so an imported rubric gets generated
 * ones (item-01 …); `matchIds` gives back last year's ids to whatever is recognisably the
 * same item, category, criterion, level, bonus item, department or unit type, so that
 * `diffRubrics` shows what really changed and clone history holds.
 */
import type { Rubric, RubricInput } from '@kaohe/domain';
import { bare, compact, letterId, similarity } from './text-utils.ts';

type DocItem = RubricInput['categories'][number]['items'][number];
type DocCriterion = DocItem['rule']['criteria'][number];

export interface IdMapping {
  rubric: RubricInput;
  /** Generated item id → the id it now has. */
  items: Map<string, string>;
  /** "generated item id/criterion id" → the criterion's id now. */
  criteria: Map<string, string>;
}

/** Pairs, best first, each side used once; `pairs` gives the score of each candidate pair. */
function greedy<A, B>(as: A[], bs: B[], score: (a: A, b: B) => number, min: number): Array<[A, B]> {
  const candidates: Array<{ a: number; b: number; s: number }> = [];
  as.forEach((a, i) => {
    bs.forEach((b, j) => {
      const s = score(a, b);
      if (s >= min) candidates.push({ a: i, b: j, s });
    });
  });
  // Stable: equal scores keep table order, so identical items pair in order.
  candidates.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Array<[A, B]> = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    out.push([as[c.a]!, bs[c.b]!]);
  }
  return out;
}

/** An id not in `taken`: the wanted one, else with a suffix. */
function freeId(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const id = `${wanted}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** What a criterion says: a levels criterion is its levels (its own text may be a label, "活动实施成效"). */
function criterionText(c: {
  kind: string;
  text: string;
  levels?: Array<{ text: string }>;
}): string {
  return c.kind === 'levels' && c.levels ? c.levels.map((l) => l.text).join('，') : c.text;
}

export function matchIdsWithMapping(parsed: RubricInput, previous: Rubric): IdMapping {
  const doc: RubricInput = structuredClone(parsed);

  // Departments and unit types: by name.
  const departmentIds = new Map<string, string>();
  const takenDept = new Set(previous.departments.map((d) => d.id));
  const usedDept = new Set<string>();
  for (const d of doc.departments) {
    const prev = previous.departments.find(
      (p) => compact(p.name) === compact(d.name) && !usedDept.has(p.id),
    );
    const id = prev ? prev.id : freeId(d.id, new Set([...takenDept, ...usedDept]));
    usedDept.add(id);
    departmentIds.set(d.id, id);
    d.id = id;
  }
  const unitTypeIds = new Map<string, string>();
  const usedUnit = new Set<string>();
  for (const u of doc.unitTypes) {
    const prev = previous.unitTypes.find(
      (p) => compact(p.name) === compact(u.name) && !usedUnit.has(p.id),
    );
    const id = prev
      ? prev.id
      : freeId(u.id, new Set([...previous.unitTypes.map((x) => x.id), ...usedUnit]));
    usedUnit.add(id);
    unitTypeIds.set(u.id, id);
    u.id = id;
  }
  const dept = (id: string) => departmentIds.get(id) ?? id;

  // Items: same number and content first, then the most similar content and criteria.
  const docItems = doc.categories.flatMap((c, ci) => c.items.map((item) => ({ item, ci })));
  const prevItems = previous.categories.flatMap((c) => c.items.map((item) => ({ item, c })));
  const pairs = greedy(
    docItems,
    prevItems,
    (a, b) => {
      if (a.item.number === b.item.number && bare(a.item.content) === bare(b.item.content))
        return 3;
      return (
        0.6 * similarity(a.item.content, b.item.content) +
        0.4 * similarity(a.item.criteriaText, b.item.criteriaText) +
        (a.item.number === b.item.number ? 0.05 : 0)
      );
    },
    0.5,
  );
  const partner = new Map(pairs.map(([a, b]) => [a.item, b]));
  const itemMap = new Map<string, string>();
  const criteriaMap = new Map<string, string>();
  const takenItems = new Set(prevItems.map((p) => p.item.id));
  const usedItems = new Set<string>();
  for (const { item } of docItems) {
    const generated = item.id;
    const prev = partner.get(item)?.item;
    item.id = prev ? prev.id : freeId(generated, new Set([...takenItems, ...usedItems]));
    usedItems.add(item.id);
    itemMap.set(generated, item.id);
    item.departments = item.departments.map(dept);
    const criteria = item.rule.criteria;
    const oldIds = criteria.map((c) => c.id);
    if (prev) matchCriteria(criteria, prev.rule.criteria);
    criteria.forEach((c, i) => {
      criteriaMap.set(`${generated}/${oldIds[i]}`, c.id);
      if (c.department !== undefined) c.department = dept(c.department);
      if ((c.kind === 'award' || c.kind === 'passFail') && c.threshold) {
        for (const t of c.threshold.targets) {
          if (t.unitTypes) t.unitTypes = t.unitTypes.map((u) => unitTypeIds.get(u) ?? u);
        }
      }
    });
  }

  // Categories: by name, else where most of their items were last year.
  const usedCategories = new Set<string>();
  const takenCategories = new Set(previous.categories.map((c) => c.id));
  doc.categories.forEach((category, ci) => {
    const unused = previous.categories.filter((p) => !usedCategories.has(p.id));
    let prev =
      unused.find((p) => p.name === category.name) ??
      unused.find((p) => bare(p.name) === bare(category.name));
    if (!prev) {
      const votes = new Map<string, number>();
      for (const { item, ci: at } of docItems) {
        const was = partner.get(item);
        if (at === ci && was && !usedCategories.has(was.c.id))
          votes.set(was.c.id, (votes.get(was.c.id) ?? 0) + 1);
      }
      const best = [...votes].sort((a, b) => b[1] - a[1])[0];
      if (best) prev = previous.categories.find((p) => p.id === best[0]);
    }
    category.id = prev
      ? prev.id
      : freeId(category.id, new Set([...takenCategories, ...usedCategories]));
    usedCategories.add(category.id);
  });

  // Bonus items: by content.
  const bonusPairs = greedy(
    doc.bonusItems,
    previous.bonusItems,
    (a, b) => similarity(a.content, b.content),
    0.5,
  );
  const bonusPartner = new Map(bonusPairs);
  const takenBonus = new Set(previous.bonusItems.map((b) => b.id));
  const usedBonus = new Set<string>();
  for (const b of doc.bonusItems) {
    const prev = bonusPartner.get(b);
    b.id = prev ? prev.id : freeId(b.id, new Set([...takenBonus, ...usedBonus]));
    usedBonus.add(b.id);
    if (b.department !== null) b.department = dept(b.department);
  }

  return { rubric: doc, items: itemMap, criteria: criteriaMap };
}

/** Last year's criterion, level and indicator ids for the criteria that match theirs. */
function matchCriteria(
  criteria: DocCriterion[],
  previous: Rubric['categories'][number]['items'][number]['rule']['criteria'],
) {
  const pairs = greedy(
    criteria,
    previous,
    (a, b) =>
      (bare(criterionText(a)) === bare(criterionText(b))
        ? 1.5
        : similarity(criterionText(a), criterionText(b))) + (a.kind === b.kind ? 0.3 : 0),
    0.6,
  );
  const partner = new Map(pairs);
  const used = new Set<string>();
  const taken = new Set(previous.map((c) => c.id));
  for (const c of criteria) {
    const prev = partner.get(c);
    if (prev) {
      c.id = prev.id;
      used.add(c.id);
      if (c.kind === 'levels' && prev.kind === 'levels') {
        const levelPairs = new Map(
          greedy(c.levels, prev.levels, (a, b) => similarity(a.text, b.text), 0.6),
        );
        const usedLevels = new Set<string>();
        for (const l of c.levels) {
          const p = levelPairs.get(l);
          if (p) {
            l.id = p.id;
            usedLevels.add(p.id);
          }
        }
        const takenLevels = new Set(prev.levels.map((l) => l.id));
        for (const l of c.levels) {
          if (!levelPairs.has(l)) {
            l.id = freeId(l.id, new Set([...takenLevels, ...usedLevels]));
            usedLevels.add(l.id);
          }
        }
      }
      if (
        (c.kind === 'award' || c.kind === 'passFail') &&
        (prev.kind === 'award' || prev.kind === 'passFail') &&
        c.threshold &&
        prev.threshold
      ) {
        c.threshold.indicator.id = prev.threshold.indicator.id;
      }
    }
  }
  let next = 0;
  for (const c of criteria) {
    if (partner.has(c)) continue;
    while (used.has(letterId(next)) || taken.has(letterId(next))) next++;
    c.id = letterId(next);
    used.add(c.id);
  }
}

/**
 * The parsed rubric with the previous year's ids wherever an item, category, criterion,
 * level, indicator, bonus item, department or unit type matches one of last year's.
 */
export function matchIds(parsed: RubricInput, previous: Rubric): RubricInput {
  return matchIdsWithMapping(parsed, previous).rubric;
}
