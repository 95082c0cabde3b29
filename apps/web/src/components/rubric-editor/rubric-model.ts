/**
 * The rubric editor's document operations, pure: every edit returns a new document (the
 * old one stays for React and for the domain's per-object caches). Items keep their ids
 * whatever happens to them; their 序号 are renumbered in table order after every move,
 * insertion or removal, so a renumbered item is still the same item next year.
 */
import {
  type Category,
  type Criterion,
  type CriterionKind,
  formatCenti,
  type Item,
  type LocalizedText,
  type Rubric,
  type RubricPath,
  toCenti,
  tryToCenti,
} from '@kaohe/domain';

/** A fresh id for something the admin adds: letters, digits and "-", unique enough. */
export function newId(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now().toString(36)}${random}`;
}

/** The DOM id of the field that edits `path`, so a validation problem can focus it. */
export function fieldId(path: RubricPath): string {
  return `rf-${path.join('.')}`;
}

/** 序号 1, 2, 3 … in table order. Ids untouched. */
export function renumber(rubric: Rubric): Rubric {
  let n = 0;
  return {
    ...rubric,
    categories: rubric.categories.map((c) => ({
      ...c,
      items: c.items.map((item) => {
        n += 1;
        return item.number === n ? item : { ...item, number: n };
      }),
    })),
  };
}

export function updateCategory(
  rubric: Rubric,
  ci: number,
  change: (c: Category) => Category,
): Rubric {
  return {
    ...rubric,
    categories: rubric.categories.map((c, i) => (i === ci ? change(c) : c)),
  };
}

export function updateItem(
  rubric: Rubric,
  ci: number,
  ii: number,
  change: (item: Item) => Item,
): Rubric {
  return updateCategory(rubric, ci, (c) => ({
    ...c,
    items: c.items.map((item, i) => (i === ii ? change(item) : item)),
  }));
}

export function updateCriterion(item: Item, ki: number, change: (c: Criterion) => Criterion): Item {
  return {
    ...item,
    rule: { ...item.rule, criteria: item.rule.criteria.map((c, i) => (i === ki ? change(c) : c)) },
  };
}

/** Where an item is: category index and index within it. */
export interface ItemAt {
  ci: number;
  ii: number;
}

/**
 * Moves an item one place up or down in table order; at the edge of its category it
 * crosses into the neighbouring category (first or last place there). Renumbers.
 */
export function moveItem(
  rubric: Rubric,
  at: ItemAt,
  direction: -1 | 1,
): { rubric: Rubric; at: ItemAt } {
  const { ci, ii } = at;
  const category = rubric.categories[ci];
  const item = category?.items[ii];
  if (!category || !item) return { rubric, at };
  const target = ii + direction;
  if (target >= 0 && target < category.items.length) {
    const items = [...category.items];
    items[ii] = items[target]!;
    items[target] = item;
    return {
      rubric: renumber(updateCategory(rubric, ci, (c) => ({ ...c, items }))),
      at: { ci, ii: target },
    };
  }
  const nextCi = ci + direction;
  if (nextCi < 0 || nextCi >= rubric.categories.length) return { rubric, at };
  const without = updateCategory(rubric, ci, (c) => ({
    ...c,
    items: c.items.filter((_, i) => i !== ii),
  }));
  const into = updateCategory(without, nextCi, (c) => ({
    ...c,
    items: direction < 0 ? [...c.items, item] : [item, ...c.items],
  }));
  const newIi = direction < 0 ? into.categories[nextCi]!.items.length - 1 : 0;
  return { rubric: renumber(into), at: { ci: nextCi, ii: newIi } };
}

export function addItem(
  rubric: Rubric,
  ci: number,
  departmentId: string,
): { rubric: Rubric; at: ItemAt } {
  const item: Item = {
    id: newId('item'),
    number: 1,
    content: '',
    departments: departmentId ? [departmentId] : [],
    baseScore: 0,
    criteriaText: '',
    explanationRequired: true,
    rule: { criteria: [newCriterion('award')] },
  };
  const next = renumber(updateCategory(rubric, ci, (c) => ({ ...c, items: [...c.items, item] })));
  return { rubric: next, at: { ci, ii: next.categories[ci]!.items.length - 1 } };
}

export function removeItem(rubric: Rubric, at: ItemAt): Rubric {
  return renumber(
    updateCategory(rubric, at.ci, (c) => ({ ...c, items: c.items.filter((_, i) => i !== at.ii) })),
  );
}

export function moveCategory(rubric: Rubric, ci: number, direction: -1 | 1): Rubric {
  const target = ci + direction;
  if (target < 0 || target >= rubric.categories.length) return rubric;
  const categories = [...rubric.categories];
  [categories[ci], categories[target]] = [categories[target]!, categories[ci]!];
  return renumber({ ...rubric, categories });
}

/** A new criterion of a kind, with the defaults a form starts from. */
export function newCriterion(kind: CriterionKind, keep?: Criterion): Criterion {
  const base = {
    id: keep?.id ?? newId('c'),
    text: keep?.text ?? '',
    ...(keep?.department !== undefined ? { department: keep.department } : {}),
  };
  const points = keep ? maxPointsOf(keep) : 0;
  switch (kind) {
    case 'award':
    case 'passFail': {
      const threshold =
        keep && (keep.kind === 'award' || keep.kind === 'passFail') ? keep.threshold : undefined;
      return { ...base, kind, points, ...(threshold ? { threshold } : {}) };
    }
    case 'levels':
      return { ...base, kind, levels: [{ id: newId('l'), text: '', points }] };
    case 'deduction':
      return { ...base, kind, pointsPerOccurrence: 1 };
    case 'veto':
      return { ...base, kind };
    case 'holistic':
      return { ...base, kind, max: points };
  }
}

/** The most a criterion can add, as a rubric decimal (0 for deductions and vetoes). */
export function maxPointsOf(c: Criterion): number {
  switch (c.kind) {
    case 'award':
    case 'passFail':
      return c.points;
    case 'levels':
      return c.levels.reduce((m, l) => Math.max(m, l.points), 0);
    case 'holistic':
      return c.max;
    default:
      return 0;
  }
}

/** A rubric decimal as the table writes it ("2", "1.5"); whatever is not a point value as is. */
export function points(value: number): string {
  const c = tryToCenti(value);
  return c === undefined ? String(value) : formatCenti(c);
}

/** The sum of item base scores, exact. */
export function baseScoreSum(rubric: Rubric): string {
  let sum = 0;
  for (const c of rubric.categories) for (const i of c.items) sum += tryToCenti(i.baseScore) ?? 0;
  return formatCenti(sum);
}

export const isPoints = (v: number) => tryToCenti(v) !== undefined && toCenti(v) >= 0;

/** A criterion's rule in words, in both languages: what the import confirmation and the item list show. */
export function describeCriterion(rubric: Pick<Rubric, 'unitTypes'>, c: Criterion): LocalizedText {
  const unitTypeName = (id: string) => rubric.unitTypes.find((u) => u.id === id)?.name ?? id;
  switch (c.kind) {
    case 'award':
    case 'passFail': {
      const p = points(c.points);
      if (c.threshold) {
        const named = c.threshold.targets.filter((t) => t.unitTypes);
        const targets = c.threshold.targets.map((t) => ({
          zh: `${t.unitTypes ? t.unitTypes.map(unitTypeName).join('、') : named.length ? '其余' : ''}${points(t.percent)}%`,
          en: `${t.unitTypes ? `${t.unitTypes.map(unitTypeName).join(', ')} ` : named.length ? 'others ' : ''}${points(t.percent)}%`,
        }));
        const name = c.threshold.indicator.name;
        return c.kind === 'award'
          ? {
              zh: `${name}达到${targets.map((t) => t.zh).join('，')}得${p}分`,
              en: `${name} reaching ${targets.map((t) => t.en).join('; ')}: ${p} pt`,
            }
          : {
              zh: `${name}达到${targets.map((t) => t.zh).join('，')}得${p}分，未达标不得分`,
              en: `${name} reaching ${targets.map((t) => t.en).join('; ')}: ${p} pt, otherwise 0`,
            };
      }
      return c.kind === 'award'
        ? { zh: `做到得${p}分`, en: `${p} pt when met` }
        : { zh: `达标得${p}分，未达标不得分`, en: `${p} pt when met, otherwise 0` };
    }
    case 'levels':
      return {
        zh: `分档：${c.levels.map((l) => `${l.text}得${points(l.points)}分`).join('；')}`,
        en: `levels: ${c.levels.map((l) => `${l.text} ${points(l.points)} pt`).join('; ')}`,
      };
    case 'deduction': {
      const p = points(c.pointsPerOccurrence);
      return c.maxOccurrences
        ? {
            zh: `每发生一次扣${p}分，最多${c.maxOccurrences}次`,
            en: `−${p} pt each time, at most ${c.maxOccurrences} times`,
          }
        : { zh: `每发生一次扣${p}分`, en: `−${p} pt each time` };
    }
    case 'veto':
      return { zh: '出现即整项不得分', en: 'when it applies the whole item scores 0' };
    case 'holistic':
      return {
        zh: `综合打分，0至${points(c.max)}分`,
        en: `judged from 0 to ${points(c.max)} pt`,
      };
  }
}

/** Which tab of the editor holds the field at `path`. */
export type EditorTab = 'general' | 'items' | 'bonus';

export function tabOf(path: RubricPath): EditorTab {
  if (path[0] === 'categories') return 'items';
  if (path[0] === 'bonusItems' || path[0] === 'bonusCap') return 'bonus';
  return 'general';
}

/** The item a path points into, if any. */
export function itemAtPath(path: RubricPath): ItemAt | null {
  if (
    path[0] === 'categories' &&
    typeof path[1] === 'number' &&
    path[2] === 'items' &&
    typeof path[3] === 'number'
  ) {
    return { ci: path[1], ii: path[3] };
  }
  return null;
}

/**
 * Focuses the field for `path`: the field itself when it is on screen, else the nearest
 * enclosing one (a criterion, the item, the category). Returns whether one was found.
 */
export function focusPath(path: RubricPath): boolean {
  for (let n = path.length; n >= 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const focusable = el.matches('input, textarea, button, [tabindex]')
        ? el
        : el.querySelector<HTMLElement>('input, textarea, button, [tabindex]');
      (focusable ?? el).focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}
