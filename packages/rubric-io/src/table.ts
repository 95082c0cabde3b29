/**
 * The one step every format goes through: a table shaped like the official 考核表
 * (title, header row, item rows under merged category cells, 合计, 加分项 rows, 总计)
 * → a rubric document and a report. The text, docx and xlsx readers only turn their
 * file into `SourceTable`; everything the table means is decided here, once.
 */
import {
  centiToNumber,
  type Department,
  type Rubric,
  type RubricInput,
  toCenti,
  type UnitType,
  validateRubric,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { parseCriteria } from './criteria-parser.ts';
import { matchIdsWithMapping } from './match-ids.ts';
import {
  fail,
  type ImportProblem,
  type ImportResult,
  type ItemParseReport,
  problem,
  type SourceFormat,
  type SourceLocation,
} from './problems.ts';
import { mentionedUnitTypes } from './targets.ts';
import {
  bare,
  bigrams,
  cellLines,
  cellText,
  compact,
  pad2,
  parseItemNumber,
  parsePoints,
} from './text-utils.ts';

export interface SourceCell {
  text: string;
  location: SourceLocation;
}

export interface SourceTable {
  format: SourceFormat;
  /** The title above the table ("2011年度工会工作目标管理考核表"), if any. */
  title: SourceCell | null;
  /** Every row of the table, the header row included; merged-away cells are ''. */
  rows: SourceCell[][];
}

export interface ParseOptions {
  /** The rubric's year; default: the year in the title ("2011年度…"). */
  year?: number;
  /** Default: the title above the table. */
  title?: string;
  /** Departments the names in 工作对应部门 are looked up in; default: the 2011 rubric's. */
  departments?: Department[];
  /** Unit types the contents may name; default: the 2011 rubric's three. */
  unitTypes?: UnitType[];
  /** Category names to restore punctuation from ("组织建设自身建设" → "组织建设、自身建设"). */
  categoryNames?: string[];
  /**
   * Last year's rubric: its departments, unit types and category names are the known
   * ones (unless given above), and `matchIds` gives the result its ids.
   */
  previous?: Rubric;
  /**
   * A department name not in `departments`: 'create' gives it a generated id and a
   * warning (default for text and docx); 'reject' makes it an error.
   */
  unknownDepartments?: 'create' | 'reject';
}

type ColumnKey =
  | 'category'
  | 'number'
  | 'content'
  | 'departments'
  | 'baseScore'
  | 'criteria'
  | 'reviewScore'
  | 'remarks';

/** The columns of the seed table, with the names a hand-made copy might use. */
export const COLUMNS: ReadonlyArray<{
  key: ColumnKey;
  header: string;
  names: string[];
  required: boolean;
}> = [
  { key: 'category', header: '考核项目', names: ['考核项目', '项目'], required: true },
  { key: 'number', header: '序号', names: ['序号'], required: true },
  { key: 'content', header: '考核内容', names: ['考核内容', '内容'], required: true },
  {
    key: 'departments',
    header: '工作对应部门',
    names: ['工作对应部门', '对应部门', '责任部门', '负责部门', '部门'],
    required: true,
  },
  { key: 'baseScore', header: '基本分值', names: ['基本分值', '分值', '基本分'], required: true },
  { key: 'criteria', header: '评分标准', names: ['评分标准'], required: true },
  { key: 'reviewScore', header: '考评分', names: ['考评分'], required: false },
  { key: 'remarks', header: '备注', names: ['备注'], required: false },
];

const HEADER_EN: Record<ColumnKey, string> = {
  category: 'category (考核项目)',
  number: 'item number (序号)',
  content: 'content (考核内容)',
  departments: 'departments (工作对应部门)',
  baseScore: 'base score (基本分值)',
  criteria: 'criteria (评分标准)',
  reviewScore: 'review score (考评分)',
  remarks: 'remarks (备注)',
};

const SUBTOTAL = new Set(['合计', '小计']);
const BONUS = new Set(['加分项', '加分项目', '加分']);
const GRAND_TOTAL = new Set(['总计', '总分']);

const columnOf = (text: string) => COLUMNS.find((c) => c.names.includes(compact(text)));

/** The first row naming at least three of the columns is the header. */
function findHeader(rows: SourceCell[][]): number {
  return rows.findIndex((row) => row.filter((c) => columnOf(c.text)).length >= 3);
}

export const hasHeader = (rows: SourceCell[][]) => findHeader(rows) >= 0;
export const headerRowIndex = findHeader;

/**
 * A category cell's paragraphs joined: the table writes names down a narrow column
 * ("组织\n建设\n\n自身\n\n建设"). Punctuation the layout dropped comes back from a known
 * name; failing that, eight characters written over several lines are two parallel
 * four-character phrases ("组织建设、自身建设", "服务职工、提高素质").
 */
function categoryName(text: string, known: string[]): { name: string; guessed: boolean } | null {
  const lines = cellLines(text);
  if (lines.length === 0) return null;
  const joined = lines.join('');
  const match = known.find((k) => k === joined) ?? known.find((k) => bare(k) === bare(joined));
  if (match) return { name: match, guessed: false };
  if (lines.length > 1 && /^\p{Script=Han}{8}$/u.test(joined)) {
    return { name: `${joined.slice(0, 4)}、${joined.slice(4)}`, guessed: true };
  }
  return { name: joined, guessed: false };
}

/** The coarsest step every point value is a multiple of: 0.5 unless the table needs finer. */
function inferStep(values: number[]): number {
  for (const step of [0.5, 0.25, 0.1, 0.05]) {
    const s = toCenti(step);
    if (values.every((v) => toCenti(v) % s === 0)) return step;
  }
  return 0.01;
}

export function tableToRubric(table: SourceTable, options: ParseOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const error = (code: ImportProblem['code'], zh: string, en: string, at?: SourceLocation) =>
    problems.push(problem('error', code, { zh, en }, at));
  const warn = (code: ImportProblem['code'], zh: string, en: string, at?: SourceLocation) =>
    problems.push(problem('warning', code, { zh, en }, at));

  const headerIndex = findHeader(table.rows);
  if (headerIndex < 0) {
    return fail([
      problem('error', 'noTable', {
        zh: '找不到考核表的表头（考核项目、序号、考核内容、工作对应部门、基本分值、评分标准）',
        en: 'no rubric table found: no header row with 考核项目, 序号, 考核内容, 工作对应部门, 基本分值, 评分标准',
      }),
    ]);
  }
  const header = table.rows[headerIndex]!;
  const col = new Map<ColumnKey, number>();
  header.forEach((cell, i) => {
    const c = columnOf(cell.text);
    if (c && !col.has(c.key)) col.set(c.key, i);
  });
  for (const c of COLUMNS) {
    if (c.required && !col.has(c.key)) {
      error(
        'missingColumn',
        `缺少「${c.header}」列`,
        `the ${HEADER_EN[c.key]} column is missing`,
        header[0]?.location,
      );
    }
  }
  if (problems.length > 0) return fail(problems);

  const knownDepartments =
    options.departments ?? options.previous?.departments ?? rubric2011.departments;
  const departments: Department[] = knownDepartments.map((d) => ({ ...d }));
  const unknownPolicy = options.unknownDepartments ?? 'create';
  const departmentId = (name: string, at: SourceLocation): string | null => {
    const found = departments.find((d) => compact(d.name) === compact(name));
    if (found) return found.id;
    if (unknownPolicy === 'reject') {
      error(
        'unknownDepartment',
        `部门「${name}」不在部门列表中`,
        `unknown department "${name}"`,
        at,
      );
      return null;
    }
    let n = departments.length + 1;
    while (departments.some((d) => d.id === `department-${n}`)) n++;
    const id = `department-${n}`;
    departments.push({ id, name });
    warn(
      'unknownDepartment',
      `部门「${name}」不在已知部门中，已新建（标识 ${id}），请确认`,
      `department "${name}" is not a known one: added with id ${id}, please confirm`,
      at,
    );
    return id;
  };
  const departmentIds = (text: string, at: SourceLocation): string[] => {
    const whole = departments.find((d) => compact(d.name) === compact(text));
    if (whole) return [whole.id];
    const names = cellLines(text).flatMap((l) =>
      l.split(/[、，,／/；;\s]+/).filter((n) => n !== ''),
    );
    const ids: string[] = [];
    for (const name of names) {
      const id = departmentId(name, at);
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  const cell = (row: SourceCell[], key: ColumnKey): SourceCell => {
    const i = col.get(key);
    const c = i === undefined ? undefined : row[i];
    return c ?? { text: '', location: row[0]?.location ?? { format: table.format } };
  };
  const at = (c: SourceCell, key: ColumnKey): SourceLocation => ({
    ...c.location,
    column: COLUMNS.find((x) => x.key === key)!.header,
  });

  interface DraftItem {
    number: number;
    content: string;
    departments: string[];
    baseScore: number;
    criteriaText: string;
    location: SourceLocation;
  }
  const categories: Array<{ name: string; items: DraftItem[]; location: SourceLocation }> = [];
  const bonusItems: Array<{ content: string; department: string | null; cap: number | null }> = [];
  let total: number | null = null;
  let sawTotal = false;
  let phase: 'items' | 'bonus' | 'done' = 'items';
  const knownCategories =
    options.categoryNames ?? options.previous?.categories.map((c) => c.name) ?? [];

  for (const row of table.rows.slice(headerIndex + 1)) {
    if (phase === 'done') break;
    if (row.every((c) => c.text.trim() === '')) continue;
    const rowAt = row[0]!.location;
    const markers = row.map((c) => compact(c.text));
    const categoryCell = cell(row, 'category');
    const contentCell = cell(row, 'content');
    const content = cellText(contentCell.text);

    if (markers.some((m) => GRAND_TOTAL.has(m))) {
      phase = 'done';
      continue;
    }
    if (markers.some((m) => SUBTOTAL.has(m))) {
      sawTotal = true;
      const base = cell(row, 'baseScore');
      const value = parsePoints(base.text);
      if (value === undefined) {
        error(
          'badTotal',
          `合计「${base.text.trim()}」不是分值`,
          `the subtotal "${base.text.trim()}" is not a number of points`,
          at(base, 'baseScore'),
        );
      } else {
        total = value;
      }
      continue;
    }
    const categoryMarker = compact(categoryCell.text);
    if (BONUS.has(categoryMarker) || BONUS.has(compact(content))) {
      phase = 'bonus';
      if (BONUS.has(compact(content))) continue;
    }
    if (phase === 'bonus') {
      if (content === '') continue;
      const deptCell = cell(row, 'departments');
      const ids =
        deptCell.text.trim() === ''
          ? []
          : departmentIds(deptCell.text, at(deptCell, 'departments'));
      if (ids.length > 1) {
        error(
          'tooManyDepartments',
          '加分项只能有一个负责部门',
          'a bonus item has at most one department',
          at(deptCell, 'departments'),
        );
      }
      const capCell = cell(row, 'baseScore');
      let cap: number | null = null;
      if (capCell.text.trim() !== '') {
        const value = parsePoints(capCell.text);
        if (value === undefined) {
          error(
            'badBonusCap',
            `加分上限「${capCell.text.trim()}」不是分值`,
            `the bonus cap "${capCell.text.trim()}" is not a number of points`,
            at(capCell, 'baseScore'),
          );
        } else {
          cap = value;
        }
      }
      bonusItems.push({ content, department: ids[0] ?? null, cap });
      continue;
    }

    // An item row, or a category with no items yet.
    const name = categoryName(categoryCell.text, knownCategories);
    if (name) {
      if (name.guessed) {
        warn(
          'categoryNameGuessed',
          `考核项目「${cellLines(categoryCell.text).join('')}」读作「${name.name}」，请确认`,
          `category "${cellLines(categoryCell.text).join('')}" read as "${name.name}": please confirm`,
          at(categoryCell, 'category'),
        );
      }
      categories.push({ name: name.name, items: [], location: categoryCell.location });
    }
    const numberCell = cell(row, 'number');
    const rest = row.filter((c) => c !== categoryCell).every((c) => c.text.trim() === '');
    if (rest) continue;
    if (numberCell.text.trim() === '') {
      error(
        'unrecognisedRow',
        '无法识别的行：没有序号，也不是合计、加分项或总计',
        'row not recognised: no item number, and not 合计, 加分项 or 总计',
        rowAt,
      );
      continue;
    }
    const number = parseItemNumber(numberCell.text);
    if (number === undefined) {
      error(
        'badItemNumber',
        `序号「${numberCell.text.trim()}」不是正整数`,
        `item number "${numberCell.text.trim()}" is not a positive whole number`,
        at(numberCell, 'number'),
      );
      continue;
    }
    const current = categories.at(-1);
    if (!current) {
      error(
        'noCategory',
        `第${number}项之前没有考核项目`,
        `item ${number} comes before any category`,
        at(categoryCell, 'category'),
      );
      continue;
    }
    if (content === '') {
      error(
        'emptyContent',
        `第${number}项没有考核内容`,
        `item ${number} has no content`,
        at(contentCell, 'content'),
      );
    }
    const deptCell = cell(row, 'departments');
    const ids = departmentIds(deptCell.text, at(deptCell, 'departments'));
    if (cellLines(deptCell.text).length === 0) {
      error(
        'noDepartment',
        `第${number}项没有工作对应部门`,
        `item ${number} has no department`,
        at(deptCell, 'departments'),
      );
    }
    const baseCell = cell(row, 'baseScore');
    const baseScore = parsePoints(baseCell.text);
    if (baseScore === undefined) {
      error(
        'badBaseScore',
        `第${number}项的基本分值「${baseCell.text.trim()}」不是分值（最多两位小数）`,
        `item ${number}: base score "${baseCell.text.trim()}" is not a number of points (at most two decimals)`,
        at(baseCell, 'baseScore'),
      );
    }
    current.items.push({
      number,
      content,
      departments: ids,
      baseScore: baseScore ?? 0,
      criteriaText: cellText(cell(row, 'criteria').text),
      location: rowAt,
    });
  }

  const allItems = categories.flatMap((c) => c.items);
  if (allItems.length === 0 && !problems.some((p) => p.severity === 'error')) {
    error(
      'noItems',
      '表格中没有考核内容',
      'the table has no items',
      table.rows[headerIndex]![0]?.location,
    );
  }
  const titleText = options.title ?? table.title?.text.trim() ?? '';
  const yearMatch = /(\d{4})\s*年/.exec(titleText);
  const year = options.year ?? (yearMatch ? Number(yearMatch[1]) : undefined);
  if (year === undefined) {
    error(
      'noYear',
      '无法从标题确定考核年度，请指定年度',
      'the year is not in the title: give the year',
      table.title?.location,
    );
  }
  // Warnings are about a result; without one, only the errors matter.
  if (problems.some((p) => p.severity === 'error'))
    return fail(problems.filter((p) => p.severity === 'error'));

  // Unit types: the known ones the contents name ("区县和开发区…；局（产业）工会…").
  const knownUnitTypes = options.unitTypes ?? options.previous?.unitTypes ?? rubric2011.unitTypes;
  let unitTypes = mentionedUnitTypes(
    allItems.map((i) => i.content),
    knownUnitTypes,
  );
  if (unitTypes.length === 0) {
    unitTypes = knownUnitTypes.map((u) => ({ ...u }));
    warn(
      'unitTypesAssumed',
      `考核内容未提及单位类型，按已知的${unitTypes.map((u) => u.name).join('、')}处理，请确认`,
      `the contents name no unit type: using ${unitTypes.map((u) => u.name).join(', ')}, please confirm`,
    );
  }

  const vocabulary = new Map<string, Set<string>>();
  for (const item of allItems) {
    if (item.departments.length !== 1) continue;
    const d = item.departments[0]!;
    const set = vocabulary.get(d) ?? new Set<string>();
    for (const b of bigrams(`${item.content}${item.criteriaText}`)) set.add(b);
    vocabulary.set(d, set);
  }
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;

  const itemReports: ItemParseReport[] = [];
  let index = 0;
  const pointValues: number[] = [];
  const rubric: RubricInput = {
    year: year!,
    title: titleText === '' ? `${year}年度工会工作目标管理考核表` : titleText,
    total: 0,
    step: 0.5,
    departments,
    unitTypes,
    categories: categories.map((c, ci) => ({
      id: `category-${ci + 1}`,
      name: c.name,
      items: c.items.map((item) => {
        index++;
        const id = `item-${pad2(index)}`;
        const parsed = parseCriteria({
          itemId: id,
          content: item.content,
          criteriaText: item.criteriaText,
          baseScore: item.baseScore,
          departments: item.departments,
          departmentName,
          unitTypes,
          departmentVocabulary: vocabulary,
        });
        pointValues.push(item.baseScore);
        for (const cr of parsed.criteria) {
          if (cr.kind === 'award' || cr.kind === 'passFail') pointValues.push(cr.points);
          if (cr.kind === 'deduction') pointValues.push(cr.pointsPerOccurrence);
          if (cr.kind === 'levels') pointValues.push(...cr.levels.map((l) => l.points));
        }
        itemReports.push({
          itemId: id,
          number: item.number,
          location: item.location,
          status: parsed.status,
          reason: parsed.reason,
          ruleSource: 'text',
          needsConfirmation: true,
          criteria: parsed.report,
          unparsed: parsed.unparsed,
          notes: parsed.notes,
        });
        return {
          id,
          number: item.number,
          content: item.content,
          departments: item.departments,
          baseScore: item.baseScore,
          criteriaText: item.criteriaText,
          explanationRequired: true,
          rule: { criteria: parsed.criteria },
        };
      }),
    })),
    bonusItems: bonusItems.map((b, bi) => ({ id: `bonus-${bi + 1}`, ...b })),
    bonusCap: null,
  };
  const sum = allItems.reduce((s, i) => s + toCenti(i.baseScore), 0);
  if (!sawTotal) {
    warn(
      'badTotal',
      '表格没有合计行，合计按各项基本分值之和计',
      'the table has no 合计 row: the total is the sum of the base scores',
    );
  }
  rubric.total = total ?? centiToNumber(sum);
  rubric.step = inferStep(pointValues.filter((v) => v > 0));

  let document = rubric;
  if (options.previous) {
    const mapped = matchIdsWithMapping(rubric, options.previous);
    document = mapped.rubric;
    for (const r of itemReports) {
      for (const c of r.criteria)
        c.criterionId = mapped.criteria.get(`${r.itemId}/${c.criterionId}`) ?? c.criterionId;
      r.itemId = mapped.items.get(r.itemId) ?? r.itemId;
    }
  }

  const summary = { parsed: 0, partial: 0, manual: 0 };
  for (const r of itemReports) summary[r.status]++;
  return {
    ok: true,
    rubric: document,
    report: {
      format: table.format,
      items: itemReports,
      summary,
      warnings: problems,
      validation: validateRubric(document).problems,
    },
  };
}
