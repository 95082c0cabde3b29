/**
 * Where a validation problem is, in the words of the table: "第1项 · 评分标准" rather
 * than "categories[0].items[0].rule". The web editor, the server's messages and the CLI
 * all name a place in a rubric this way, so a person never reads the document's keys.
 */
import type { LocalizedText } from './errors.ts';
import type { RubricPath } from './validation.ts';

/** A field's name; `entry` names the n-th entry (from 1) of a list field. */
interface Label {
  name: LocalizedText;
  entry?: (n: number) => LocalizedText;
}

const zhen = (zh: string, en: string): LocalizedText => ({ zh, en });
const field = (zh: string, en: string): Label => ({ name: zhen(zh, en) });
const list = (zh: string, en: string, entry: (n: number) => LocalizedText): Label => ({
  name: zhen(zh, en),
  entry,
});

/** Field names, by the key that holds them, as the editor's labels say them. */
const FIELDS: Record<string, Label> = {
  year: field('年度', 'Year'),
  title: field('标题', 'Title'),
  total: field('合计', 'Total'),
  step: field('分值步长', 'Score step'),
  bonusCap: field('加分总上限', 'Overall bonus cap'),
  name: field('名称', 'Name'),
  id: field('标识', 'Id'),
  number: field('序号', 'Number'),
  content: field('考核内容', 'Content'),
  baseScore: field('基本分值', 'Base score'),
  // The table's 评分标准 column is the text; the structured form of it is the rule.
  criteriaText: field('评分标准文字', 'Criteria text'),
  explanationRequired: field('自评须填写说明', 'Explanation required'),
  rule: field('评分标准', 'Scoring rule'),
  kind: field('规则类型', 'Rule kind'),
  text: field('文字', 'Wording'),
  department: field('评分部门', 'Judged by'),
  points: field('分值', 'Points'),
  pointsPerOccurrence: field('每次扣分', 'Points per occurrence'),
  maxOccurrences: field('最多次数', 'Most occurrences'),
  max: field('最高分', 'Maximum'),
  cap: field('上限', 'Cap'),
  threshold: field('指标与目标值', 'Indicator and targets'),
  indicator: field('指标', 'Indicator'),
  percent: field('目标（%）', 'Target (%)'),
  criteria: list('评分标准各条', 'Criteria', (n) => zhen(`第${n}条`, `Criterion ${n}`)),
  levels: list('档次', 'Levels', (n) => zhen(`第${n}档`, `Level ${n}`)),
  targets: list('目标值', 'Targets', (n) => zhen(`第${n}个目标值`, `Target ${n}`)),
  bonusItems: list('加分项', 'Bonus items', (n) => zhen(`加分项${n}`, `Bonus item ${n}`)),
  departments: list('工作对应部门', 'Departments', (n) =>
    zhen(`工作对应部门 ${n}`, `Department ${n}`),
  ),
  unitTypes: list('单位类型', 'Unit types', (n) => zhen(`单位类型 ${n}`, `Unit type ${n}`)),
};

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** 序号 of categories[ci].items[ii]: its place in table order, counted from the document. */
function itemNumber(document: unknown, ci: number, ii: number): number {
  const categories = record(document)?.categories;
  if (!Array.isArray(categories)) return ii + 1;
  let before = 0;
  for (let c = 0; c < ci && c < categories.length; c++) {
    const items = record(categories[c])?.items;
    before += Array.isArray(items) ? items.length : 0;
  }
  return before + ii + 1;
}

/**
 * A path as the table names it, e.g. ['categories', 0, 'items', 0, 'rule'] →
 * { zh: '第1项 · 评分标准', en: 'Item 1 · Scoring rule' }. `document` (the rubric as
 * edited, well-formed or not) gives items their 序号 and categories their names; without
 * it items count within their category. The whole rubric is the empty text.
 */
export function describePath(path: RubricPath, document?: unknown): LocalizedText {
  const parts: LocalizedText[] = [];
  let i = 0;
  if (path[0] === 'categories' && typeof path[1] === 'number') {
    const ci = path[1];
    if (path[2] === 'items' && typeof path[3] === 'number') {
      const n = itemNumber(document, ci, path[3]);
      parts.push(zhen(`第${n}项`, `Item ${n}`));
      i = 4;
    } else {
      const categories = record(document)?.categories;
      const category = Array.isArray(categories) ? record(categories[ci]) : null;
      const name = typeof category?.name === 'string' ? category.name.trim() : '';
      parts.push(
        name
          ? zhen(`考核项目「${name}」`, `Category "${name}"`)
          : zhen(`第${ci + 1}个考核项目`, `Category ${ci + 1}`),
      );
      i = 2;
      if (path[2] === 'items') {
        parts.push(zhen('考核内容', 'Items'));
        i = 3;
      }
    }
  } else if (path[0] === 'categories') {
    parts.push(zhen('考核项目', 'Categories'));
    i = 1;
  }
  for (; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'number') {
      parts.push(zhen(`第${key + 1}个`, `#${key + 1}`));
      continue;
    }
    const label = FIELDS[key];
    if (label?.entry && typeof next === 'number') {
      parts.push(label.entry(next + 1));
      i++;
    } else {
      // An unknown key (a foreign file's field) is named as it is written.
      parts.push(label?.name ?? zhen(key, key));
    }
  }
  return { zh: parts.map((p) => p.zh).join(' · '), en: parts.map((p) => p.en).join(' · ') };
}
