/**
 * Results as Excel workbooks (issue 7), pure functions of plain data so the server's
 * downloads and the CLI write the same files:
 *
 * - one unit's 考核表 in the official layout: the rubric's own sheet from exportRubricXlsx
 *   (title, merged category cells, 合计, 加分项 and 总计 rows), with 考评分 and 备注
 *   filled in;
 * - the ranking, the full matrix (units × items, 自评 and 考评 per item) and a department's
 *   review grid, as plain tables with merged headers.
 *
 * Scores arrive as exact decimal text ("4.5") and become number cells, so Excel can sum
 * and sort them; nothing here adds them up. Headers are Chinese: these are official tables.
 */
import { formatCenti, type Rubric, rubricItems, toCenti } from '@kaohe/domain';
import ExcelJS from 'exceljs';
import { DATA_SHEET, exportRubricXlsx, fitRowHeights, RUBRIC_SHEET } from './xlsx-format.ts';
import { type Column, newWorkbook, tableSheet, toBuffer } from './xlsx-style.ts';

/** Exact decimal text → a number cell value; null stays empty. "4.5" → 4.5 (no arithmetic). */
export function scoreCell(score: string | null | undefined): number | null {
  return score === null || score === undefined ? null : Number(formatCenti(toCenti(score)));
}

// ---------------------------------------------------------------------------
// One unit's 考核表.

export interface AssessmentSheetData {
  rubric: Rubric;
  unitName: string;
  /** 考评分 and 备注 by item id; an item not here is left blank. */
  items: Record<string, { reviewScore: string | null; remarks: string | null }>;
  /** 合计 of the review scores. */
  subtotal: string | null;
  /** Per bonus item: points counted after its cap, and the reasons awarded. */
  bonusItems: Record<string, { counted: string; reasons: string[] }>;
  /** 加分 after the overall cap. */
  bonus: string;
  /** 总计 */
  total: string | null;
}

/** Column numbers of the official layout (table.ts COLUMNS order). */
const COL = { number: 2, content: 3, base: 5, review: 7, remarks: 8 } as const;
/**
 * 备注 holds a department's reasons here, a sentence or two, where the blank rubric's is
 * empty: 24 characters (12 Chinese) keeps a remark to a few lines beside its 评分标准.
 */
const REMARKS_WIDTH = 24;

export async function exportAssessmentXlsx(data: AssessmentSheetData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportRubricXlsx(data.rubric)) as unknown as ExcelJS.Buffer);
  // The hidden rubric data is for importing a rubric; a unit's results are not one.
  const hidden = workbook.getWorksheet(DATA_SHEET);
  if (hidden) workbook.removeWorksheet(hidden.id);
  const sheet = workbook.getWorksheet(RUBRIC_SHEET)!;
  sheet.getCell(1, 1).value = `${data.rubric.title}（${data.unitName}）`;

  const rowOfNumber = new Map<number, number>();
  let subtotalRow = 0;
  let totalRow = 0;
  sheet.eachRow((row, r) => {
    if (r < 3) return;
    const n = row.getCell(COL.number).value;
    if (typeof n === 'number') rowOfNumber.set(n, r);
    const label = row.getCell(COL.content).value;
    if (label === '合计') subtotalRow = r;
    if (label === '总计') totalRow = r;
  });
  const put = (r: number, col: number, value: string | number | null) => {
    if (value !== null && value !== '') sheet.getCell(r, col).value = value;
  };
  for (const { item } of rubricItems(data.rubric)) {
    const r = rowOfNumber.get(item.number);
    const filled = data.items[item.id];
    if (r === undefined || !filled) continue;
    put(r, COL.review, scoreCell(filled.reviewScore));
    put(r, COL.remarks, filled.remarks);
  }
  put(subtotalRow, COL.review, scoreCell(data.subtotal));
  // The 加分项 rows follow 合计 in the rubric's order.
  for (const [k, b] of data.rubric.bonusItems.entries()) {
    const awarded = data.bonusItems[b.id];
    if (!awarded || awarded.reasons.length === 0) continue;
    put(subtotalRow + 1 + k, COL.review, scoreCell(awarded.counted));
    put(subtotalRow + 1 + k, COL.remarks, awarded.reasons.join('\n'));
  }
  put(totalRow, COL.review, scoreCell(data.total));
  sheet.getColumn(COL.remarks).width = REMARKS_WIDTH;
  // The rubric's heights follow its own text; a long 备注 must not be cut off.
  fitRowHeights(sheet, 3, totalRow);
  return toBuffer(workbook);
}

// ---------------------------------------------------------------------------
// Plain tables (tableSheet, xlsx-style.ts).

export interface RankingSheetRow {
  unitName: string;
  unitTypeId: string;
  approved: boolean;
  /** Within the unit type among approved units, as the ranking query gives it; null: unranked. */
  rank: number | null;
  subtotal: string | null;
  bonus: string;
  total: string | null;
  /** 等次: null until the unit type has grade bands (or not approved). */
  grade: string | null;
  /** 不予评先 */
  barredFromHonours: boolean;
}

/** What the 不予评先 column says of a barred unit (and of one that is not: empty). */
export const BARRED = '不予评先';

/** What the 排名 column says of a unit not yet approved: shown, never ranked as final. */
export const NOT_APPROVED = '未审定';

const HEADING_FONT = { name: '黑体', size: 12, bold: true, charset: 134 } as const;
const HEADING_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
} as const satisfies ExcelJS.Fill;

/** One unit type's block: its ranked units in rank order, then the unranked as given. */
export function rankingBlocks(
  unitTypes: ReadonlyArray<{ id: string; name: string }>,
  rows: readonly RankingSheetRow[],
): Array<{
  unitTypeId: string;
  name: string;
  ranked: RankingSheetRow[];
  unranked: RankingSheetRow[];
}> {
  // A type listed twice (the rubric's list, then the organisation's) takes its first place.
  const order = new Map<string, string>();
  for (const u of unitTypes) if (!order.has(u.id)) order.set(u.id, u.name);
  for (const r of rows) if (!order.has(r.unitTypeId)) order.set(r.unitTypeId, r.unitTypeId);
  return [...order].flatMap(([id, name]) => {
    const u = { id, name };
    const mine = rows.filter((r) => r.unitTypeId === u.id);
    if (mine.length === 0) return [];
    const isRanked = (r: RankingSheetRow) => r.approved && r.rank !== null;
    // A stable sort: units sharing a rank keep the query's order.
    const ranked = mine.filter(isRanked).sort((a, b) => a.rank! - b.rank!);
    return [{ unitTypeId: u.id, name: u.name, ranked, unranked: mine.filter((r) => !isRanked(r)) }];
  });
}

/**
 * The ranking as the reports page lays it out: one block per unit type in the rubric's
 * order, each under its own heading row ("区县工会：已排名12个，未审定3个"), its ranked
 * units first in rank order, then those not yet approved, marked 未审定 and never ranked.
 */
export async function exportRankingXlsx(data: {
  title: string;
  /** The unit types in the order their blocks appear (the rubric's), with their names. */
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  rows: RankingSheetRow[];
}): Promise<Buffer> {
  const workbook = newWorkbook();
  const columns: Column[] = [
    { header: '排名', width: 10 },
    { header: '单位', width: 30 },
    { header: '单位类型', width: 16 },
    { header: '合计', width: 10 },
    { header: '加分', width: 10 },
    { header: '总计', width: 10 },
    { header: '等次', width: 10 },
    { header: '不予评先', width: 10 },
  ];
  const body: Array<Array<string | number | null>> = [];
  const headings: number[] = [];
  const line = (r: RankingSheetRow, typeName: string, rank: number | string) => [
    rank,
    r.unitName,
    typeName,
    scoreCell(r.subtotal),
    scoreCell(r.bonus),
    scoreCell(r.total),
    r.grade,
    r.barredFromHonours ? BARRED : null,
  ];
  for (const block of rankingBlocks(data.unitTypes, data.rows)) {
    headings.push(body.length);
    const counts = [
      `已排名${block.ranked.length}个`,
      ...(block.unranked.length > 0 ? [`${NOT_APPROVED}${block.unranked.length}个`] : []),
    ];
    body.push([`${block.name}（${counts.join('，')}）`, null, null, null, null, null, null, null]);
    for (const r of block.ranked) body.push(line(r, block.name, r.rank!));
    for (const r of block.unranked) body.push(line(r, block.name, NOT_APPROVED));
  }
  const sheet = tableSheet(workbook, '排名', data.title, columns, body);
  const first = 3; // after the title and the header row
  // Body cells share one style object (tableSheet): each change here gets a style of its own.
  const restyle = (cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>) => {
    cell.style = { ...cell.style, ...change };
  };
  const isHeading = new Set(headings.map((h) => first + h));
  for (let r = first; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (isHeading.has(r)) {
      sheet.mergeCells(r, 1, r, columns.length);
      restyle(sheet.getCell(r, 1), {
        font: HEADING_FONT,
        fill: HEADING_FILL,
        alignment: { horizontal: 'left', vertical: 'middle', indent: 1 },
      });
      row.height = 24;
    } else {
      restyle(row.getCell(1), { alignment: { horizontal: 'center', vertical: 'middle' } });
      row.height = 20;
    }
  }
  return toBuffer(workbook);
}

const SCORE_TOTALS: Column[] = [
  { header: '自评合计', width: 9 },
  { header: '考评合计', width: 9 },
];

/**
 * Units × items, one sheet: 单位 and 单位类型, the `lead` columns, a group of `perItem`
 * columns under each item's header, then the `after` columns; `cells` gives a row's
 * values after its unit and type.
 */
async function unitsByItemsXlsx<R extends { unitName: string; unitTypeName: string }>(
  name: string,
  title: string,
  rows: readonly R[],
  layout: {
    lead: Column[];
    perItem: Column[];
    itemHeaders: string[];
    after: Column[];
    cells: (row: R) => Array<string | number | null>;
  },
): Promise<Buffer> {
  const workbook = newWorkbook();
  const columns: Column[] = [
    { header: '单位', width: 24 },
    { header: '单位类型', width: 10 },
    ...layout.lead,
    ...layout.itemHeaders.flatMap(() => layout.perItem),
    ...layout.after,
  ];
  tableSheet(
    workbook,
    name,
    title,
    columns,
    rows.map((r) => [r.unitName, r.unitTypeName, ...layout.cells(r)]),
    { from: 3 + layout.lead.length, span: layout.perItem.length, headers: layout.itemHeaders },
  );
  return toBuffer(workbook);
}

export interface MatrixSheetData {
  title: string;
  items: Array<{ id: string; number: number; title: string }>;
  /** 等次 and 不予评先 as the ranking gives them. */
  rows: Array<
    Pick<
      RankingSheetRow,
      'unitName' | 'approved' | 'bonus' | 'total' | 'grade' | 'barredFromHonours'
    > & {
      unitTypeName: string;
      /** 自评 of each item, aligned with `items`. */
      self: Array<string | null>;
      /** 考评 of each item, aligned with `items`. */
      review: Array<string | null>;
      selfTotal: string | null;
      reviewTotal: string | null;
    }
  >;
}

/** Shortened item title for a header: the number and the first words of 考核内容. */
function itemHeader(item: { number: number; title: string }): string {
  const words = [...item.title];
  return `${item.number}. ${words.length > 24 ? `${words.slice(0, 24).join('')}…` : item.title}`;
}

/** Columns: 单位, 单位类型, 状态, then 自评 and 考评 per item, then the totals. */
export function exportMatrixXlsx(data: MatrixSheetData): Promise<Buffer> {
  return unitsByItemsXlsx('明细', data.title, data.rows, {
    lead: [{ header: '状态', width: 8 }],
    perItem: [
      { header: '自评', width: 6 },
      { header: '考评', width: 6 },
    ],
    itemHeaders: data.items.map(itemHeader),
    after: [
      ...SCORE_TOTALS,
      { header: '加分', width: 7 },
      { header: '总计', width: 8 },
      { header: '等次', width: 8 },
      { header: '不予评先', width: 8 },
    ],
    cells: (r) => [
      r.approved ? '已审定' : NOT_APPROVED,
      ...data.items.flatMap((_, i) => [scoreCell(r.self[i]), scoreCell(r.review[i])]),
      scoreCell(r.selfTotal),
      scoreCell(r.reviewTotal),
      scoreCell(r.bonus),
      scoreCell(r.total),
      r.grade,
      r.barredFromHonours ? BARRED : null,
    ],
  });
}

export interface ReviewGridSheetData {
  title: string;
  items: Array<{ itemId: string; number: number }>;
  rows: Array<{
    unitName: string;
    unitTypeName: string;
    /** In the order of `items`. */
    cells: Array<{ selfScore: string | null; reviewScore: string | null; status: string }>;
    selfTotal: string | null;
    reviewTotal: string | null;
    /** 逾期 (issue 15): who is late on this unit now, in words ('' or absent: nobody). */
    late?: string;
  }>;
}

const STATUS_TEXT: Record<string, string> = { pending: '待评', scored: '已评', returned: '退回' };

/** A department's review grid: 自评, 考评 and 状态 per item it reviews, then its totals. */
export function exportReviewGridXlsx(data: ReviewGridSheetData): Promise<Buffer> {
  return unitsByItemsXlsx('考评表', data.title, data.rows, {
    lead: [],
    perItem: [
      { header: '自评', width: 6 },
      { header: '考评', width: 6 },
      { header: '状态', width: 6 },
    ],
    itemHeaders: data.items.map((i) => `第${i.number}项`),
    after: [...SCORE_TOTALS, { header: '逾期', width: 14 }],
    cells: (r) => [
      ...r.cells.flatMap((c) => [
        scoreCell(c.selfScore),
        scoreCell(c.reviewScore),
        STATUS_TEXT[c.status] ?? c.status,
      ]),
      scoreCell(r.selfTotal),
      scoreCell(r.reviewTotal),
      r.late ?? '',
    ],
  });
}

/** A plain table for a workbook of several sheets (item analytics, what-if re-score). */
export interface TableSheetData {
  /** The tab's name (at most 31 characters, as Excel allows). */
  name: string;
  title: string;
  columns: Array<{ header: string; width: number }>;
  rows: Array<Array<string | number | null>>;
}

/** Several plain tables, one per sheet, with the report's title, header and page setup. */
export async function exportTablesXlsx(sheets: TableSheetData[]): Promise<Buffer> {
  const workbook = newWorkbook();
  for (const s of sheets) tableSheet(workbook, s.name.slice(0, 31), s.title, s.columns, s.rows);
  return toBuffer(workbook);
}
