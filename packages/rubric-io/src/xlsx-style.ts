/**
 * What the workbooks of this package share: the official fonts (宋体 body, 黑体 headers
 * and titles), thin borders, the grey header fill, A4 fitted to the page's width with the
 * page number below, and the workbook itself (made by kaohe, written to a Buffer).
 */
import ExcelJS from 'exceljs';

export const BODY_FONT = { name: '宋体', size: 10.5, charset: 134 } as const;
export const HEADER_FONT = { name: '黑体', size: 11, charset: 134 } as const;
export const TITLE_FONT = { name: '黑体', size: 16, bold: true, charset: 134 } as const;
const THIN = { style: 'thin' } as const;
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
} as const satisfies ExcelJS.Fill;

/** 第 1 页，共 3 页 at the foot of each printed page. */
export const PAGE_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: '第 &P 页，共 &N 页' };

/**
 * A4, one page wide and as many long as it takes; with `margins` (inches: the sides, then
 * top and bottom) centred between them.
 */
export function a4(
  orientation: 'landscape' | 'portrait',
  margins?: { side: number; top: number },
): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(margins && {
      horizontalCentered: true,
      margins: {
        left: margins.side,
        right: margins.side,
        top: margins.top,
        bottom: margins.top,
        header: 0.3,
        footer: 0.3,
      },
    }),
  };
}

/** A header cell: centred, wrapped, bordered, on the grey fill. */
export function headerCell(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  cell.font = HEADER_FONT;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = BORDER;
  cell.fill = HEADER_FILL;
}

export interface Column {
  header: string;
  width: number;
}

/**
 * A sheet with a merged title, one or two header rows and the body. `groups` adds a first
 * header row whose cells span `span` columns each from column `from`; the other columns'
 * headers then span both rows.
 */
export function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: Column[],
  body: Array<Array<string | number | null>>,
  groups?: { from: number; span: number; headers: string[] },
): ExcelJS.Worksheet {
  const headerRows = groups ? 2 : 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 + headerRows, xSplit: groups ? groups.from - 1 : 0 }],
    pageSetup: {
      ...a4('landscape', { side: 0.4, top: 0.6 }),
      printTitlesRow: `2:${1 + headerRows}`,
    },
    headerFooter: PAGE_FOOTER,
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = TITLE_FONT;
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;

  const last = 1 + headerRows;
  columns.forEach((c, i) => {
    headerCell(sheet.getCell(last, i + 1), c.header);
  });
  if (groups) {
    for (let i = 0; i < groups.from - 1; i++) {
      headerCell(sheet.getCell(2, i + 1), columns[i]!.header);
      sheet.mergeCells(2, i + 1, 3, i + 1);
    }
    groups.headers.forEach((h, g) => {
      const from = groups.from + g * groups.span;
      headerCell(sheet.getCell(2, from), h);
      if (groups.span > 1) sheet.mergeCells(2, from, 2, from + groups.span - 1);
    });
    const after = groups.from + groups.headers.length * groups.span;
    for (let c = after; c <= columns.length; c++) {
      headerCell(sheet.getCell(2, c), columns[c - 1]!.header);
      sheet.mergeCells(2, c, 3, c);
    }
    sheet.getRow(2).height = 60;
  }

  // Styles per row, not per cell: a matrix of 1,000 units has 90,000 cells.
  const style = { font: BODY_FONT, border: BORDER, alignment: { vertical: 'middle' } } as const;
  for (const values of body) {
    const row = sheet.addRow(values);
    for (let c = 1; c <= columns.length; c++) row.getCell(c).style = style;
  }
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(columns.length).letter}${sheet.rowCount}`;
  return sheet;
}

/** A new workbook, made by kaohe. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kaohe';
  return workbook;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
