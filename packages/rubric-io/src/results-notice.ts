/**
 * 考核结果通报 (issue 14, decision 022): the results of a cycle as the federation sends them
 * out — per unit type, the ranked units with their 总计 and 等次, and who is barred from
 * honours (不予评先) and why; closed by the chairman's office's signature block (主席室签章
 * and the date). One data shape, two files: an xlsx (exceljs) and an A4 Word document
 * (docx), pure functions so the server and any later caller write the same files.
 *
 * Only ranked (approved, later final) units appear: a notice states results, and a unit
 * still under review has none yet; each block says how many are still outstanding.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { NOT_APPROVED, type RankingSheetRow, rankingBlocks, scoreCell } from './report-xlsx.ts';
import { a4, BORDER, newWorkbook, PAGE_FOOTER, TITLE_FONT, toBuffer } from './xlsx-style.ts';

export interface ResultsNoticeRow extends RankingSheetRow {
  /** Why the unit is barred from honours, in words (一票否决：第16项; a condition by hand); null when it is not. */
  honoursNote: string | null;
}

export interface ResultsNoticeData {
  /** 2011年度工会工作考核结果通报 */
  title: string;
  /** The unit types in the order their blocks appear (the rubric's), with their names. */
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  rows: ResultsNoticeRow[];
  /** Who signs: 主席室 */
  signatory: string;
  /** The date under the signature, as written (2012年1月20日). */
  date: string;
}

export interface NoticeBlock {
  name: string;
  rows: ResultsNoticeRow[];
  /** Units of the type without a result yet (not approved). */
  outstanding: number;
}

/** The notice's blocks: each unit type's ranked units in rank order. */
export function noticeBlocks(data: Pick<ResultsNoticeData, 'unitTypes' | 'rows'>): NoticeBlock[] {
  return rankingBlocks(data.unitTypes, data.rows).map((b) => ({
    name: b.name,
    rows: b.ranked as ResultsNoticeRow[],
    outstanding: b.unranked.length,
  }));
}

export const NOTICE_COLUMNS = ['名次', '单位', '总计', '等次', '不予评先'] as const;

/** The cells of one notice row, as both files write them (总计 as exact decimal text). */
export function noticeCells(r: ResultsNoticeRow): [number, string, string, string, string] {
  return [
    r.rank ?? 0,
    r.unitName,
    r.total ?? '',
    r.grade ?? '',
    r.barredFromHonours ? (r.honoursNote ?? '不予评先') : '',
  ];
}

const blockHeading = (b: NoticeBlock, index: number) =>
  `${CHINESE_ORDINALS[index] ?? String(index + 1)}、${b.name}（${b.rows.length}个${
    b.outstanding > 0 ? `，另有${b.outstanding}个${NOT_APPROVED}` : ''
  }）`;
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------------------------------------------------------------------------
// xlsx

const FONT = { name: '宋体', size: 11, charset: 134 } as const;
const BOLD = { name: '黑体', size: 12, bold: true, charset: 134 } as const;

/** Sheet 结果通报: title, per unit type a heading and a table, then the signature block. */
export async function exportResultsNoticeXlsx(data: ResultsNoticeData): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('结果通报', {
    pageSetup: a4('portrait', { side: 0.6, top: 0.8 }),
    headerFooter: PAGE_FOOTER,
  });
  sheet.columns = [{ width: 8 }, { width: 34 }, { width: 10 }, { width: 10 }, { width: 30 }];
  const width = NOTICE_COLUMNS.length;
  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = data.title;
  title.font = TITLE_FONT;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;

  noticeBlocks(data).forEach((block, index) => {
    sheet.addRow([]);
    const heading = sheet.addRow([blockHeading(block, index)]);
    sheet.mergeCells(heading.number, 1, heading.number, width);
    heading.getCell(1).font = BOLD;
    heading.height = 24;
    const header = sheet.addRow([...NOTICE_COLUMNS]);
    header.eachCell((cell) => {
      cell.font = { ...FONT, bold: true };
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    for (const r of block.rows) {
      const [rank, unit, total, grade, note] = noticeCells(r);
      const row = sheet.addRow([rank, unit, scoreCell(total || null), grade || null, note || null]);
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cell.font = FONT;
        cell.border = BORDER;
        cell.alignment = {
          vertical: 'middle',
          wrapText: true,
          horizontal: c === 2 || c === 5 ? 'left' : 'center',
        };
      }
    }
  });

  sheet.addRow([]);
  sheet.addRow([]);
  for (const text of [`${data.signatory}（签章）`, data.date]) {
    const row = sheet.addRow([]);
    sheet.mergeCells(row.number, 4, row.number, width);
    const cell = row.getCell(4);
    cell.value = text;
    cell.font = { ...FONT, size: 12 };
    cell.alignment = { horizontal: 'right' };
    row.height = 22;
  }
  sheet.pageSetup.printArea = `A1:E${sheet.rowCount}`;
  return toBuffer(workbook);
}

// ---------------------------------------------------------------------------
// docx

const SONG = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const HEI = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
/** A4 in twentieths of a point; 2.5 cm margins (1417) as official documents use. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1417;
/** Column widths in twentieths of a point, summing to the text width (11906 − 2 × 1417). */
const COLUMN_WIDTHS = [900, 3600, 1100, 1100, 2372];
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const run = (text: string, options: { bold?: boolean; size?: number; hei?: boolean } = {}) =>
  new TextRun({
    text,
    font: options.hei ? HEI : SONG,
    size: options.size ?? 24,
    bold: options.bold ?? false,
  });

function cell(text: string, options: { header?: boolean; width: number; left?: boolean }) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
    },
    children: [
      new Paragraph({
        alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [run(text, { bold: options.header, size: 21 })],
      }),
    ],
  });
}

/** The notice as an A4 Word document: what the chairman's office prints, signs and stamps. */
export async function exportResultsNoticeDocx(data: ResultsNoticeData): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [run(data.title, { size: 36, hei: true, bold: true })],
    }),
  ];
  noticeBlocks(data).forEach((block, index) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 240, after: 120 },
        children: [run(blockHeading(block, index), { size: 28, hei: true })],
      }),
    );
    const header = new TableRow({
      tableHeader: true,
      children: NOTICE_COLUMNS.map((h, i) => cell(h, { header: true, width: COLUMN_WIDTHS[i]! })),
    });
    const rows = block.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: noticeCells(r).map((v, i) =>
            cell(String(v), { width: COLUMN_WIDTHS[i]!, left: i === 1 || i === 4 }),
          ),
        }),
    );
    children.push(
      new Table({
        width: { size: A4.width - 2 * MARGIN, type: WidthType.DXA },
        columnWidths: COLUMN_WIDTHS,
        rows: [header, ...rows],
      }),
    );
  });
  children.push(
    new Paragraph({ spacing: { before: 720 }, children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run(`${data.signatory}（签章）`, { size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240 },
      children: [run(data.date, { size: 28 })],
    }),
  );
  const document = new Document({
    creator: 'kaohe',
    title: data.title,
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
