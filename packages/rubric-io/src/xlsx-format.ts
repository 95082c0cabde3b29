/**
 * The rubric as an Excel workbook in the official layout: the seed table's columns
 * (考核项目, 序号, 考核内容, 工作对应部门, 基本分值, 评分标准, 考评分, 备注), the title
 * above, categories as vertically merged cells, then 合计, the 加分项 rows and 总计;
 * Chinese fonts, wrapped text, A4 landscape. A very hidden sheet carries the rubric in
 * the JSON exchange format, so the structured rules (which the table cannot show) and
 * the ids come back on import.
 *
 * Import reads the visible table first, through the same table step as text and docx:
 * what an office changed in Excel (content, base scores, criteria text, departments,
 * order) wins. Each item still matching its stored one gets its stored rule back; an
 * item whose 评分标准, base score or departments were edited is parsed again and reported.
 */
import {
  type Department,
  fromExchange,
  type Rubric,
  type RubricInput,
  RubricSchema,
  toExchange,
  validateRubric,
} from '@kaohe/domain';
import ExcelJS from 'exceljs';
import {
  fail,
  guarded,
  type ImportProblem,
  type ImportResult,
  type ItemParseReport,
  problem,
  type SourceLocation,
} from './problems.ts';
import {
  COLUMNS,
  hasHeader,
  headerRowIndex,
  type ParseOptions,
  type SourceCell,
  tableToRubric,
} from './table.ts';
import {
  a4,
  BODY_FONT,
  BORDER,
  headerCell,
  newWorkbook,
  PAGE_FOOTER,
  TITLE_FONT,
  toBuffer,
} from './xlsx-style.ts';

export const RUBRIC_SHEET = '考核表';
/** The sheet with the rubric as JSON; "veryHidden": Excel's menus cannot unhide it. */
export const DATA_SHEET = 'kaohe-data';
const DATA_MARKER = 'kaohe-rubric-exchange';
const DATA_VERSION = 1;
/** Excel holds at most 32,767 characters in a cell. */
const CHUNK = 30000;

/** Widths in Excel's character units, for 考核项目 … 备注. */
const WIDTHS = [10, 6, 46, 12, 8, 52, 8, 10];

type Align = 'left' | 'center';
const ALIGN: Align[] = ['center', 'center', 'left', 'center', 'center', 'left', 'center', 'left'];

/** Display width of a text: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Lines a text wraps to in a column of `width` characters, a Chinese character taking two.
 * One character of the width goes to the cell's padding. Rendered in LibreOffice, a
 * column holds a little more than this (13 Chinese characters in 24), so the estimate
 * errs towards a taller row, never a cut-off one.
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(2, width - 1);
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** Points per line of 10.5 pt body text (宋体 in Excel, a CJK fallback in LibreOffice), and the padding. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 5;
const MIN_ROW_HEIGHT = 20;

/**
 * Sets each row from `from` to `to` to the height of its tallest cell. Neither Excel
 * nor LibreOffice sizes wrapped rows itself when a file opens (a row keeps the height the
 * file gives it), so the text is measured here: lines per cell from its column's width.
 * A cell merged over several rows (a category's name) does not size any one of them.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  const spanning = new Set<string>();
  for (const range of sheet.model.merges ?? []) {
    const [a, b] = range.split(':');
    const top = sheet.getCell(a!);
    const bottom = sheet.getCell(b ?? a!);
    if (Number(bottom.row) === Number(top.row)) continue;
    for (let r = Number(top.row); r <= Number(bottom.row); r++) {
      for (let c = Number(top.col); c <= Number(bottom.col); c++) spanning.add(`${r}:${c}`);
    }
  }
  for (let r = from; r <= to; r++) {
    const row = sheet.getRow(r);
    let lines = 1;
    row.eachCell((cell, c) => {
      if (spanning.has(`${r}:${c}`)) return;
      const text = cellValueText(cell.value);
      if (text === '') return;
      lines = Math.max(lines, wrappedLines(text, sheet.getColumn(c).width ?? 8.43));
    });
    row.height = Math.max(MIN_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
  }
}

export async function exportRubricXlsx(rubric: Rubric): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = rubric.title;
  const sheet = workbook.addWorksheet(RUBRIC_SHEET, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { ...a4('landscape', { side: 0.5, top: 0.6 }), printTitlesRow: '2:2' },
    headerFooter: PAGE_FOOTER,
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const name = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;

  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = rubric.title;
  title.font = TITLE_FONT;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;

  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => {
    headerCell(header.getCell(i + 1), c.header);
  });
  header.height = 30;

  let r = 3;
  const put = (values: Array<string | number | null>) => {
    const row = sheet.getRow(r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      if (v !== null && v !== '') cell.value = v;
      cell.font = BODY_FONT;
      cell.border = BORDER;
      cell.alignment = { horizontal: ALIGN[i], vertical: 'middle', wrapText: true };
    });
    r++;
  };
  const mergeDown = (from: number, to: number) => {
    if (to > from) sheet.mergeCells(from, 1, to, 1);
  };

  for (const category of rubric.categories) {
    const start = r;
    if (category.items.length === 0) put([category.name, null, null, null, null, null, null, null]);
    for (const [k, item] of category.items.entries()) {
      const departments = item.departments.map(name).join('\n');
      const values = [
        k === 0 ? category.name : null,
        item.number,
        item.content,
        departments,
        item.baseScore,
        item.criteriaText,
        null,
        null,
      ];
      put(values);
    }
    mergeDown(start, r - 1);
  }

  put([null, null, '合计', null, rubric.total, null, null, null]);
  sheet.getCell(r - 1, 3).alignment = { horizontal: 'center', vertical: 'middle' };

  const bonusStart = r;
  if (rubric.bonusItems.length === 0) put(['加分项', null, null, null, null, null, null, null]);
  for (const [k, bonus] of rubric.bonusItems.entries()) {
    put([
      k === 0 ? '加分项' : null,
      null,
      bonus.content,
      bonus.department === null ? null : name(bonus.department),
      // 基本分值 is the most an item can score; for a bonus item, its cap, if one is set.
      bonus.cap,
      null,
      null,
      null,
    ]);
  }
  mergeDown(bonusStart, r - 1);

  put([null, null, '总计', null, null, null, null, null]);
  sheet.getCell(r - 1, 3).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.pageSetup.printArea = `A1:H${r - 1}`;
  fitRowHeights(sheet, 3, r - 1);

  const data = workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(toExchange(rubric));
  data.getCell(1, 1).value = DATA_MARKER;
  data.getCell(1, 2).value = DATA_VERSION;
  for (let i = 0, row = 2; i < json.length; i += CHUNK, row++) {
    data.getCell(row, 1).value = json.slice(i, i + CHUNK);
  }

  return toBuffer(workbook);
}

/** A cell's value as text: rich text joined, a formula's result, a number as written. */
export function cellValueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? '' : cellValueText(result as ExcelJS.CellValue);
    }
    if ('text' in value && 'hyperlink' in value) return cellValueText(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function readRows(sheet: ExcelJS.Worksheet): SourceCell[][] {
  const rows: SourceCell[][] = [];
  const width = Math.max(sheet.columnCount, COLUMNS.length);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: SourceCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const location: SourceLocation = { format: 'xlsx', row: r, cell: cell.address };
      // A merged-away cell reads as empty, like a vMerge continuation in Word.
      const text = cell.type === ExcelJS.ValueType.Merge ? '' : cellValueText(cell.value);
      cells.push({ text, location });
    }
    rows.push(cells);
  }
  return rows;
}

function readStored(workbook: ExcelJS.Workbook): { rubric: Rubric } | { problem: string } | null {
  const data = workbook.getWorksheet(DATA_SHEET);
  if (!data) return null;
  if (cellValueText(data.getCell(1, 1).value) !== DATA_MARKER) return { problem: 'marker' };
  let json = '';
  for (let r = 2; r <= data.rowCount; r++) json += cellValueText(data.getCell(r, 1).value);
  try {
    const parsed = RubricSchema.safeParse(fromExchange(JSON.parse(json)));
    return parsed.success ? { rubric: parsed.data } : { problem: parsed.error.message };
  } catch (e) {
    return { problem: String(e) };
  }
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Gives the stored rule back to every item the sheet did not change. */
function restoreRules(
  document: RubricInput,
  reports: ItemParseReport[],
  stored: Rubric,
): RubricInput {
  const storedItems = new Map(
    stored.categories.flatMap((c) => c.items).map((item) => [item.id, item]),
  );
  const byId = new Map(reports.map((r) => [r.itemId, r]));
  for (const category of document.categories) {
    for (const item of category.items) {
      const before = storedItems.get(item.id);
      const report = byId.get(item.id);
      if (!before) continue;
      item.explanationRequired = before.explanationRequired;
      const unchanged =
        before.criteriaText === item.criteriaText &&
        before.baseScore === item.baseScore &&
        sameList(before.departments, item.departments);
      if (unchanged) {
        item.rule = structuredClone(before.rule);
        if (report) {
          report.status = 'parsed';
          report.reason = null;
          report.ruleSource = 'file';
          report.needsConfirmation = false;
          report.unparsed = [];
          report.notes = [];
          report.criteria = before.rule.criteria.map((c) => ({
            criterionId: c.id,
            kind: c.kind,
            source: c.text,
            notes: [],
          }));
        }
      } else if (report) {
        report.notes.unshift({
          zh: '表格中的评分标准、基本分值或部门已修改，评分规则已按文字重新识别，请确认',
          en: 'the criteria text, base score or departments were changed in the sheet: the rule was read again from the words, please confirm',
        });
      }
    }
  }
  return document;
}

/**
 * Reads a workbook in the official layout. With the hidden data sheet of
 * `exportRubricXlsx` it gives back the exported rubric (what the sheet changed
 * included); without it, the table is read like the text and docx forms. Never throws.
 */
export function importRubricXlsx(
  buffer: Uint8Array | ArrayBuffer,
  options: ParseOptions = {},
): Promise<ImportResult> {
  return guarded('xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    try {
      const bytes = buffer instanceof ArrayBuffer ? Buffer.from(buffer) : Buffer.from(buffer);
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      return fail([
        problem('error', 'unreadableFile', {
          zh: '文件不是有效的 Excel（.xlsx）文件',
          en: 'the file is not an Excel (.xlsx) workbook',
        }),
      ]);
    }
    const visible = workbook.worksheets.filter(
      (s) => s.state !== 'hidden' && s.state !== 'veryHidden',
    );
    const candidates = visible.map((s) => ({ sheet: s, rows: readRows(s) }));
    const chosen = candidates.find((c) => hasHeader(c.rows)) ?? candidates[0];
    if (!chosen) {
      return fail([
        problem('error', 'noTable', { zh: '工作簿中没有工作表', en: 'the workbook has no sheet' }),
      ]);
    }
    const headerRow = headerRowIndex(chosen.rows);
    const titleCell =
      chosen.rows
        .slice(0, Math.max(0, headerRow))
        .flat()
        .find((c) => c.text.trim() !== '') ?? null;

    const warnings: ImportProblem[] = [];
    const stored = readStored(workbook);
    let previous: Rubric | undefined;
    if (stored && 'rubric' in stored) {
      previous = stored.rubric;
    } else if (stored) {
      warnings.push(
        problem('warning', 'storedDataIgnored', {
          zh: '工作簿中附带的评分规则数据无法读取，评分规则已按文字重新识别',
          en: 'the rule data stored in the workbook could not be read: rules were read from the words',
        }),
      );
    }

    const result = tableToRubric(
      { format: 'xlsx', title: titleCell, rows: chosen.rows },
      previous
        ? {
            previous,
            year: previous.year,
            unknownDepartments: 'reject',
            ...options,
          }
        : { ...options },
    );
    if (!result.ok) return result;
    let document = result.rubric;
    const report = result.report;
    if (previous) {
      document = restoreRules(document, report.items, previous);
      document.step = previous.step;
      document.bonusCap = previous.bonusCap;
      document.unitTypes = structuredClone(previous.unitTypes);
      document.departments = mergeDepartments(previous.departments, document.departments);
      if (titleCell === null) document.title = previous.title;
      report.warnings = report.warnings.filter((w) => w.code !== 'unitTypesAssumed');
      report.summary = { parsed: 0, partial: 0, manual: 0 };
      for (const item of report.items) report.summary[item.status]++;
      report.validation = validateRubric(document).problems;
    }
    report.warnings.unshift(...warnings);
    return { ok: true, rubric: document, report };
  });
}

/** The stored department list, in its order, plus any the import added. */
function mergeDepartments(stored: Department[], imported: Department[]): Department[] {
  const out = structuredClone(stored);
  for (const d of imported) if (!out.some((x) => x.id === d.id)) out.push(d);
  return out;
}
