/**
 * Walking a rubric: its items in table order, one by id, and who judges what. Apart from
 * the schemas in rubric.ts (types only here), so a page that only reads a rubric does not
 * load zod: the web app's bundle keeps the modules whose exports it uses (this package
 * has no side effects, package.json).
 */
import type { Category, Criterion, Item, Rubric } from './rubric.ts';

/** Every item in table order, with its category. */
export function rubricItems(rubric: Rubric): Array<{ item: Item; category: Category }> {
  return rubric.categories.flatMap((category) =>
    category.items.map((item) => ({ item, category })),
  );
}

export function findItem(rubric: Rubric, itemId: string): Item | undefined {
  for (const c of rubric.categories) {
    for (const i of c.items) if (i.id === itemId) return i;
  }
  return undefined;
}

/** The department that judges a criterion: its own, else the item's first (lead) department. */
export function criterionDepartment(item: Item, criterion: Criterion): string {
  return criterion.department ?? item.departments[0]!;
}

/** The departments that judge at least one criterion of the item (they review it). */
export function reviewingDepartments(item: Item): string[] {
  const set = new Set(item.rule.criteria.map((c) => criterionDepartment(item, c)));
  return item.departments.filter((d) => set.has(d));
}

export function departmentName(rubric: Rubric, id: string): string {
  return rubric.departments.find((d) => d.id === id)?.name ?? id;
}
