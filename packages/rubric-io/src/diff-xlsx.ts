/**
 * The comparison of two rubrics (last year's and the draft) as a worksheet to download:
 * one row per change of `diffRubrics`, with its kind (新增/删除/移动/修改), the item's
 * number and content, the field and the values before and after. Pure: rubrics in,
 * bytes out.
 */
import { diffRubrics, type Rubric, type RubricChange } from '@kaohe/domain';
import { a4, BORDER, HEADER_FILL, newWorkbook, toBuffer } from './xlsx-style.ts';

export const DIFF_SHEET = '变更对照';
export const DIFF_COLUMNS = ['变更', '序号', '考核内容', '字段', '修改前', '修改后'] as const;

export type DiffChangeKind = '新增' | '删除' | '移动' | '修改';

/** One worksheet row of the comparison. */
export interface DiffRow {
  change: DiffChangeKind;
  number: number | null;
  subject: string;
  field: string;
  before: string | number;
  after: string | number;
}

const FIELD_NAMES: Record<string, string> = {
  title: '标题',
  total: '合计',
  step: '分值步长',
  bonusCap: '加分上限',
  departments: '工作对应部门',
  unitTypes: '单位类型',
  name: '名称',
  number: '序号',
  content: '考核内容',
  baseScore: '基本分值',
  criteriaText: '评分标准',
  rule: '评分规则',
  explanationRequired: '需填写说明',
  department: '负责部门',
  cap: '加分上限',
};

function fieldLabel(path: string): string {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  const label = FIELD_NAMES[head];
  if (!label) return path;
  return head === path ? label : `${label}（${path}）`;
}

const WIDTHS = [8, 6, 40, 28, 40, 40];
const FONT = { name: '宋体', size: 10 };

/** The rows of the comparison, in `diffRubrics` order (the workbook is these rows). */
export function diffRows(
  from: Rubric,
  to: Rubric,
  changes: readonly RubricChange[] = diffRubrics(from, to),
): DiffRow[] {
  const departmentName = (id: unknown) =>
    typeof id === 'string'
      ? ((to.departments.find((d) => d.id === id) ?? from.departments.find((d) => d.id === id))
          ?.name ?? id)
      : id;
  const categoryName = (id: string) =>
    (to.categories.find((c) => c.id === id) ?? from.categories.find((c) => c.id === id))?.name ??
    id;
  const itemContent = (id: string) => {
    for (const r of [to, from]) {
      for (const c of r.categories) {
        const item = c.items.find((i) => i.id === id);
        if (item) return item.content;
      }
    }
    return id;
  };
  const bonusContent = (id: string) =>
    (to.bonusItems.find((b) => b.id === id) ?? from.bonusItems.find((b) => b.id === id))?.content ??
    id;

  const show = (path: string, value: unknown): string | number => {
    if (value === undefined || value === null) return '';
    if (typeof value === 'number' || typeof value === 'string') {
      return /(^|\.)department$/.test(path) ? String(departmentName(value)) : value;
    }
    if (typeof value === 'boolean') return value ? '是' : '否';
    if (path === 'departments' && Array.isArray(value)) {
      return value.map((v) => String(departmentName(v))).join('、');
    }
    return JSON.stringify(value);
  };
  const field = (path: string, before: unknown, after: unknown) => ({
    field: fieldLabel(path),
    before: show(path, before),
    after: show(path, after),
  });

  function rowOf(c: RubricChange): DiffRow {
    switch (c.kind) {
      case 'rubricChanged':
        return {
          change: '修改',
          number: null,
          subject: '考核表',
          ...field(c.path, c.before, c.after),
        };
      case 'categoryAdded':
        return {
          change: '新增',
          number: null,
          subject: `考核项目：${c.name}`,
          field: '',
          before: '',
          after: c.name,
        };
      case 'categoryRemoved':
        return {
          change: '删除',
          number: null,
          subject: `考核项目：${c.name}`,
          field: '',
          before: c.name,
          after: '',
        };
      case 'categoryChanged':
        return {
          change: '修改',
          number: null,
          subject: `考核项目：${categoryName(c.categoryId)}`,
          ...field(c.path, c.before, c.after),
        };
      case 'itemAdded':
        return {
          change: '新增',
          number: c.number,
          subject: c.content,
          field: '',
          before: '',
          after: c.content,
        };
      case 'itemRemoved':
        return {
          change: '删除',
          number: c.number,
          subject: c.content,
          field: '',
          before: c.content,
          after: '',
        };
      case 'itemMoved':
        return {
          change: '移动',
          number: c.to.number,
          subject: itemContent(c.itemId),
          field: '位置',
          before: `${categoryName(c.from.categoryId)} 第${c.from.number}项`,
          after: `${categoryName(c.to.categoryId)} 第${c.to.number}项`,
        };
      case 'itemChanged':
        return {
          change: '修改',
          number: c.number,
          subject: itemContent(c.itemId),
          ...field(c.path, c.before, c.after),
        };
      case 'bonusItemAdded':
        return {
          change: '新增',
          number: null,
          subject: `加分项：${c.content}`,
          field: '',
          before: '',
          after: c.content,
        };
      case 'bonusItemRemoved':
        return {
          change: '删除',
          number: null,
          subject: `加分项：${c.content}`,
          field: '',
          before: c.content,
          after: '',
        };
      case 'bonusItemChanged':
        return {
          change: '修改',
          number: null,
          subject: `加分项：${bonusContent(c.bonusItemId)}`,
          ...field(c.path, c.before, c.after),
        };
    }
  }
  return changes.map(rowOf);
}

/**
 * The comparison from `from` to `to` as an xlsx: a title row ("2011 → 2012"), the header
 * row, then one row per change, or a row saying there is none.
 */
export async function exportRubricDiffXlsx(
  from: Rubric,
  to: Rubric,
  changes: readonly RubricChange[] = diffRubrics(from, to),
): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = `${from.title} → ${to.title}`;
  const sheet = workbook.addWorksheet(DIFF_SHEET, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: a4('landscape'),
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  sheet.mergeCells(1, 1, 1, DIFF_COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${from.title}（${from.year}）→ ${to.title}（${to.year}）变更对照`;
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 30;

  const header = sheet.getRow(2);
  DIFF_COLUMNS.forEach((name, i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  });

  const rows = diffRows(from, to, changes);
  if (rows.length === 0) {
    sheet.mergeCells(3, 1, 3, DIFF_COLUMNS.length);
    sheet.getCell(3, 1).value = '两个考核表没有差异';
    sheet.getCell(3, 1).font = FONT;
  }
  rows.forEach((r, i) => {
    const row = sheet.getRow(3 + i);
    row.values = [r.change, r.number ?? '', r.subject, r.field, r.before, r.after];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  return toBuffer(workbook);
}
