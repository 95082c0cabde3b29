import { rubric2011 } from '@kaohe/domain/rubric-2011';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { rankingRow } from './fixtures/ranking.ts';
import {
  exportResultsNoticeDocx,
  exportResultsNoticeXlsx,
  type ResultsNoticeData,
  type ResultsNoticeRow,
} from './results-notice.ts';

const row = (
  unitName: string,
  unitTypeId: string,
  rank: number | null,
  total: string,
  grade: string | null,
  honoursNote: string | null = null,
): ResultsNoticeRow => ({
  ...rankingRow(unitName, unitTypeId, rank, total, {
    grade,
    barredFromHonours: honoursNote !== null,
  }),
  honoursNote,
});

const DATA: ResultsNoticeData = {
  title: '2011年度工会工作考核结果通报',
  unitTypes: rubric2011.unitTypes,
  rows: [
    row('局甲', 'bureau', 1, '101.5', '良好'),
    row('区乙', 'district', 2, '110', '良好', '一票否决：第16项'),
    row('区甲', 'district', 1, '118.5', '优秀'),
    row('区丙', 'district', null, '120', null),
  ],
  signatory: '主席室',
  date: '2012年1月20日',
};

describe('results notice', () => {
  it('xlsx: per unit type its ranked units with 总计, 等次 and the honours bar, then the signature block (read back cell by cell)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportResultsNoticeXlsx(DATA)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('结果通报')!;
    const cells = (r: number) =>
      Array.from({ length: 5 }, (_, c) => sheet.getCell(r, c + 1).value ?? null);
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => cells(i + 1));
    const heading = (text: string) => Array.from({ length: 5 }, () => text);
    const empty = [null, null, null, null, null];
    expect(rows).toEqual([
      heading('2011年度工会工作考核结果通报'),
      empty,
      heading('一、区县工会（2个，另有1个未审定）'),
      ['名次', '单位', '总计', '等次', '不予评先'],
      [1, '区甲', 118.5, '优秀', null],
      [2, '区乙', 110, '良好', '一票否决：第16项'],
      empty,
      heading('二、局（产业）工会（1个）'),
      ['名次', '单位', '总计', '等次', '不予评先'],
      [1, '局甲', 101.5, '良好', null],
      empty,
      empty,
      [null, null, null, '主席室（签章）', '主席室（签章）'],
      [null, null, null, '2012年1月20日', '2012年1月20日'],
    ]);
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  it('docx: an A4 Word document whose body holds the grades, the bar and the signature', async () => {
    const buffer = await exportResultsNoticeDocx(DATA);
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('2011年度工会工作考核结果通报');
    expect(text).toContain('一、区县工会（2个，另有1个未审定）');
    expect(text).toContain('1|区甲|118.5|优秀|');
    expect(text).toContain('2|区乙|110|良好|一票否决：第16项');
    expect(text).toContain('1|局甲|101.5|良好|');
    expect(text).not.toContain('区丙');
    expect(text).toContain('主席室（签章）|2012年1月20日');
    // A4 portrait: 11906 × 16838 twentieths of a point.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
