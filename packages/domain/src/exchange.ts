/**
 * The rubric's file format: what `pnpm kaohe rubric export` prints and what validate and
 * import read. It is the rubric document with departments written as their Chinese
 * names, as the paper table writes them (工作对应部门: "办公室", "组织部"), so a person can
 * read and edit it. The `departments` list maps names back to ids on import.
 */
import type { Rubric } from './rubric.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function toExchange(rubric: Rubric): Json {
  const name = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;
  return {
    year: rubric.year,
    title: rubric.title,
    total: rubric.total,
    step: rubric.step,
    departments: rubric.departments,
    unitTypes: rubric.unitTypes,
    categories: rubric.categories.map((c) => ({
      id: c.id,
      name: c.name,
      items: c.items.map((i) => ({
        id: i.id,
        number: i.number,
        content: i.content,
        departments: i.departments.map(name),
        baseScore: i.baseScore,
        criteriaText: i.criteriaText,
        explanationRequired: i.explanationRequired,
        rule: {
          criteria: i.rule.criteria.map((cr) =>
            cr.department === undefined ? cr : { ...cr, department: name(cr.department) },
          ),
        },
      })),
    })),
    bonusItems: rubric.bonusItems.map((b) => ({
      id: b.id,
      content: b.content,
      department: b.department === null ? null : name(b.department),
      cap: b.cap,
    })),
    bonusCap: rubric.bonusCap,
  };
}

/**
 * The inverse of `toExchange`, tolerant of anything: names it cannot map stay as they
 * are, and whatever is malformed passes through for `validateRubric` to report with
 * its path. Never throws.
 */
export function fromExchange(input: unknown): unknown {
  if (!isObject(input) || !Array.isArray(input.departments)) return input;
  const byName = new Map<string, string>();
  for (const d of input.departments) {
    if (isObject(d) && typeof d.name === 'string' && typeof d.id === 'string')
      byName.set(d.name, d.id);
  }
  const id = (v: unknown) => (typeof v === 'string' ? (byName.get(v) ?? v) : v);
  const mapItem = (item: unknown) => {
    if (!isObject(item)) return item;
    const out: Json = { ...item };
    if (Array.isArray(item.departments)) out.departments = item.departments.map(id);
    if (isObject(item.rule) && Array.isArray(item.rule.criteria)) {
      out.rule = {
        ...item.rule,
        criteria: item.rule.criteria.map((cr) =>
          isObject(cr) && cr.department !== undefined
            ? { ...cr, department: id(cr.department) }
            : cr,
        ),
      };
    }
    return out;
  };
  return {
    ...input,
    categories: Array.isArray(input.categories)
      ? input.categories.map((c) =>
          isObject(c) && Array.isArray(c.items) ? { ...c, items: c.items.map(mapItem) } : c,
        )
      : input.categories,
    bonusItems: Array.isArray(input.bonusItems)
      ? input.bonusItems.map((b) =>
          isObject(b) && b.department !== undefined ? { ...b, department: id(b.department) } : b,
        )
      : input.bonusItems,
  };
}
