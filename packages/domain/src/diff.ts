/**
 * What changed between two rubrics, usually last year's and this year's draft.
 * Items, categories, bonus items, criteria and levels are matched by their stable id,
 * so renumbering shows as a move, not as a removal and an addition.
 */
import type { Rubric } from './rubric.ts';

export type RubricChange =
  | { kind: 'rubricChanged'; path: string; before: unknown; after: unknown }
  | { kind: 'categoryAdded'; categoryId: string; name: string }
  | { kind: 'categoryRemoved'; categoryId: string; name: string }
  | { kind: 'categoryChanged'; categoryId: string; path: string; before: unknown; after: unknown }
  | { kind: 'itemAdded'; itemId: string; number: number; categoryId: string; content: string }
  | { kind: 'itemRemoved'; itemId: string; number: number; categoryId: string; content: string }
  | {
      kind: 'itemMoved';
      itemId: string;
      from: { categoryId: string; number: number };
      to: { categoryId: string; number: number };
    }
  | {
      kind: 'itemChanged';
      itemId: string;
      number: number;
      path: string;
      before: unknown;
      after: unknown;
    }
  | { kind: 'bonusItemAdded'; bonusItemId: string; content: string }
  | { kind: 'bonusItemRemoved'; bonusItemId: string; content: string }
  | {
      kind: 'bonusItemChanged';
      bonusItemId: string;
      path: string;
      before: unknown;
      after: unknown;
    };

interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const hasIds = (v: unknown[]): v is Array<{ id: string }> =>
  v.every((x) => isObject(x) && typeof x.id === 'string');

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Field-level differences. Arrays of objects with ids are matched by id (the element's
 * path is `name[id]`); an order change in such an array is reported as the id list.
 */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    if (hasIds(before) && hasIds(after) && before.length + after.length > 0) {
      const out: FieldChange[] = [];
      const afterById = new Map(after.map((x) => [x.id, x]));
      const beforeById = new Map(before.map((x) => [x.id, x]));
      for (const b of before) {
        const a = afterById.get(b.id);
        if (a === undefined) out.push({ path: `${path}[${b.id}]`, before: b, after: undefined });
        else out.push(...diffValues(b, a, `${path}[${b.id}]`));
      }
      for (const a of after) {
        if (!beforeById.has(a.id))
          out.push({ path: `${path}[${a.id}]`, before: undefined, after: a });
      }
      const keptBefore = before.map((x) => x.id).filter((id) => afterById.has(id));
      const keptAfter = after.map((x) => x.id).filter((id) => beforeById.has(id));
      if (keptBefore.join('\u0000') !== keptAfter.join('\u0000')) {
        out.push({ path: `${path}(order)`, before: keptBefore, after: keptAfter });
      }
      return out;
    }
    if (
      before.length === after.length &&
      before.every((x, i) => diffValues(x, after[i]).length === 0)
    ) {
      return [];
    }
    return [{ path, before, after }];
  }
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((k) => diffValues(before[k], after[k], join(path, k)));
  }
  return [{ path, before, after }];
}

/** Every change from `from` to `to`, in table order. The year itself is not a change. */
export function diffRubrics(from: Rubric, to: Rubric): RubricChange[] {
  const changes: RubricChange[] = [];

  for (const key of ['title', 'total', 'step', 'bonusCap', 'departments', 'unitTypes'] as const) {
    for (const c of diffValues(from[key], to[key], key))
      changes.push({ kind: 'rubricChanged', ...c });
  }

  const fromCats = new Map(from.categories.map((c) => [c.id, c]));
  const toCats = new Map(to.categories.map((c) => [c.id, c]));
  for (const c of from.categories) {
    const t = toCats.get(c.id);
    if (!t) changes.push({ kind: 'categoryRemoved', categoryId: c.id, name: c.name });
    else if (c.name !== t.name) {
      changes.push({
        kind: 'categoryChanged',
        categoryId: c.id,
        path: 'name',
        before: c.name,
        after: t.name,
      });
    }
  }
  for (const t of to.categories) {
    if (!fromCats.has(t.id))
      changes.push({ kind: 'categoryAdded', categoryId: t.id, name: t.name });
  }
  const fromOrder = from.categories.map((c) => c.id).filter((id) => toCats.has(id));
  const toOrder = to.categories.map((c) => c.id).filter((id) => fromCats.has(id));
  if (fromOrder.join('\u0000') !== toOrder.join('\u0000')) {
    changes.push({
      kind: 'rubricChanged',
      path: 'categories(order)',
      before: fromOrder,
      after: toOrder,
    });
  }

  const located = (r: Rubric) =>
    new Map(
      r.categories.flatMap((c) =>
        c.items.map((item) => [item.id, { item, categoryId: c.id }] as const),
      ),
    );
  const fromItems = located(from);
  const toItems = located(to);

  for (const [id, { item, categoryId }] of fromItems) {
    const t = toItems.get(id);
    if (!t) {
      changes.push({
        kind: 'itemRemoved',
        itemId: id,
        number: item.number,
        categoryId,
        content: item.content,
      });
      continue;
    }
    if (t.categoryId !== categoryId || t.item.number !== item.number) {
      changes.push({
        kind: 'itemMoved',
        itemId: id,
        from: { categoryId, number: item.number },
        to: { categoryId: t.categoryId, number: t.item.number },
      });
    }
    const { number: _a, id: _b, ...beforeFields } = item;
    const { number: _c, id: _d, ...afterFields } = t.item;
    for (const c of diffValues(beforeFields, afterFields)) {
      changes.push({ kind: 'itemChanged', itemId: id, number: t.item.number, ...c });
    }
  }
  for (const [id, { item, categoryId }] of toItems) {
    if (!fromItems.has(id)) {
      changes.push({
        kind: 'itemAdded',
        itemId: id,
        number: item.number,
        categoryId,
        content: item.content,
      });
    }
  }

  const fromBonus = new Map(from.bonusItems.map((b) => [b.id, b]));
  const toBonus = new Map(to.bonusItems.map((b) => [b.id, b]));
  for (const b of from.bonusItems) {
    const t = toBonus.get(b.id);
    if (!t) changes.push({ kind: 'bonusItemRemoved', bonusItemId: b.id, content: b.content });
    else {
      for (const c of diffValues(b, t))
        changes.push({ kind: 'bonusItemChanged', bonusItemId: b.id, ...c });
    }
  }
  for (const t of to.bonusItems) {
    if (!fromBonus.has(t.id))
      changes.push({ kind: 'bonusItemAdded', bonusItemId: t.id, content: t.content });
  }
  return changes;
}

/**
 * Next year's draft: the same rubric with the year moved on and the year in the title
 * updated. Ids are kept, so next year's diff and year-over-year reports match items.
 */
export function cloneRubricToYear(rubric: Rubric, year: number = rubric.year + 1): Rubric {
  const copy = structuredClone(rubric);
  copy.year = year;
  copy.title = rubric.title.split(String(rubric.year)).join(String(year));
  return copy;
}
