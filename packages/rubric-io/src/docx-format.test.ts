import type { Rubric } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import {
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseRubricDocx } from './docx-format.ts';
import { SEED_TEXT } from './fixtures/seed.ts';
import type { ImportResult } from './problems.ts';
import { parseRubricText } from './text-format.ts';

/** How the federation's table writes the category names down its narrow first column. */
const CATEGORY_LAYOUT: Record<string, string[]> = {
  '组织建设、自身建设': ['组织', '建设', '', '自身', '', '建设'],
  制度机制建设: ['制度', '机制', '', '建设'],
  维权维稳工作: ['维权', '维稳', '', '工作'],
  '服务职工、提高素质': ['服务', '职工', '', '提高', '', '素质'],
  财务经审工作: ['财务', '经审', '', '工作'],
};

const paragraphs = (lines: string[]) => lines.map((text) => new Paragraph({ text }));

interface DocxTableOptions {
  /** Replace a cell's text: (row of the table, 0-based column) → lines. */
  edit?: (row: number, column: number, lines: string[]) => string[];
  header?: string[][];
}

/** The 2011 table as the federation distributes it, built from a rubric. */
async function rubricDocx(rubric: Rubric, options: DocxTableOptions = {}): Promise<Buffer> {
  const name = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;
  let rowNumber = 0;
  const row = (cells: Array<{ lines: string[]; rowSpan?: number } | null>) => {
    rowNumber++;
    const at = rowNumber;
    return new TableRow({
      children: cells.flatMap((c, column) => {
        if (c === null) return [];
        const lines = options.edit ? options.edit(at, column, c.lines) : c.lines;
        return [
          new TableCell({
            children: paragraphs(lines.length ? lines : ['']),
            ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
          }),
        ];
      }),
    });
  };
  const text = (...lines: string[]) => ({ lines });
  const rows: TableRow[] = [
    row(
      (
        options.header ?? [
          ['考核', '项目'],
          ['序号'],
          ['考核内容'],
          ['工作对应部门'],
          ['基本分值'],
          ['评分标准'],
          ['考评分'],
          ['备注'],
        ]
      ).map((lines) => ({ lines })),
    ),
  ];
  for (const category of rubric.categories) {
    category.items.forEach((item, k) => {
      const departments = item.departments.map(name);
      rows.push(
        row([
          k === 0
            ? {
                lines: CATEGORY_LAYOUT[category.name] ?? [category.name],
                rowSpan: category.items.length,
              }
            : null,
          text(String(item.number)),
          text(item.content),
          // Item 21 in the seed: "法律部", a blank paragraph, "办公室".
          text(
            ...(item.number === 21 ? [departments[0]!, '', ...departments.slice(1)] : departments),
          ),
          text(String(item.baseScore)),
          text(item.criteriaText),
          text(),
          text(),
        ]),
      );
    });
  }
  rows.push(
    row([text(), text(), text('合计'), text(), text(String(rubric.total)), text(), text(), text()]),
  );
  rubric.bonusItems.forEach((b, k) => {
    rows.push(
      row([
        k === 0 ? { lines: ['加分项'], rowSpan: rubric.bonusItems.length } : null,
        text(),
        text(b.content),
        text(...(b.department ? [name(b.department)] : [])),
        text(),
        text(),
        text(),
        text(),
      ]),
    );
  });
  rows.push(row([text(), text(), text('总  计'), text(), text(), text(), text(), text()]));

  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: rubric.title }),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
          new Paragraph({ text: '' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe('the Word table', () => {
  it('a .docx made from the 2011 table imports the same as the text form', async () => {
    const buffer = await rubricDocx(rubric2011);
    // The shape of the federation's table: categories merged down, item 8's two departments
    // as two paragraphs of one cell.
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(6);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(30 - 5 + 2);
    expect(xml).toContain(
      '<w:t xml:space="preserve">办公室</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">组织部</w:t>',
    );
    const fromDocx = imported(await parseRubricDocx(buffer));
    const fromText = imported(parseRubricText(SEED_TEXT));
    // Both go through one table step, so even the generated ids agree.
    expect(fromDocx.rubric).toEqual(fromText.rubric);
    const summary = (r: typeof fromText) =>
      r.report.items.map((i) => [i.itemId, i.status, i.criteria.map((c) => [c.kind, c.source])]);
    expect(summary(fromDocx)).toEqual(summary(fromText));
    expect(fromDocx.report.summary).toEqual({ parsed: 30, partial: 0, manual: 0 });
    expect(fromDocx.report.validation).toEqual([]);
    // The locations say where in the document: table row and paragraph.
    expect(fromDocx.report.items[0]!.location).toMatchObject({ format: 'docx', row: 2 });
    expect(fromDocx.report.warnings[0]!.message.zh).toMatch(
      /^表格第2行（第\d+段）「考核项目」列：/,
    );
  });

  it('accepts an ArrayBuffer and a Uint8Array', async () => {
    const buffer = await rubricDocx(rubric2011);
    const bytes = new Uint8Array(buffer);
    const fromBytes = imported(await parseRubricDocx(bytes));
    const fromArrayBuffer = imported(await parseRubricDocx(bytes.slice().buffer));
    expect(fromArrayBuffer.rubric).toEqual(fromBytes.rubric);
  });

  it('with { previous: rubric2011 } keeps the 2011 ids', async () => {
    const r = imported(
      await parseRubricDocx(await rubricDocx(rubric2011), { previous: rubric2011 }),
    );
    expect(r.rubric.categories.flatMap((c) => c.items.map((i) => i.id))).toEqual(
      rubric2011.categories.flatMap((c) => c.items.map((i) => i.id)),
    );
  });
});

describe('a bad Word file', () => {
  const problemsOf = (r: ImportResult) => (r.ok ? [] : r.problems);

  it('that is not a zip gives a problem, not a throw', async () => {
    const r = await parseRubricDocx(new TextEncoder().encode('not a docx'));
    expect(problemsOf(r)).toEqual([
      expect.objectContaining({
        code: 'unreadableFile',
        message: {
          zh: '文件不是有效的 Word（.docx）文件',
          en: 'the file is not a Word (.docx) file',
        },
      }),
    ]);
  });

  it('a zip without a document, and a document with broken XML', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const empty = await parseRubricDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(problemsOf(empty).map((p) => p.code)).toEqual(['unreadableFile']);
    zip.file('word/document.xml', '<w:document><w:body><w:p></w:body></w:document>');
    const broken = await parseRubricDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(problemsOf(broken)[0]!.message.en).toContain('malformed');
  });

  it('a document without a table', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: '2011年度' })] }] });
    const r = await parseRubricDocx(await Packer.toBuffer(doc));
    expect(problemsOf(r).map((p) => p.code)).toEqual(['noTable']);
  });

  it('a table without the 基本分值 column', async () => {
    const header = [
      ['考核项目'],
      ['序号'],
      ['考核内容'],
      ['工作对应部门'],
      ['分数'],
      ['评分标准'],
      ['考评分'],
      ['备注'],
    ];
    const r = await parseRubricDocx(await rubricDocx(rubric2011, { header }));
    expect(problemsOf(r)).toEqual([
      expect.objectContaining({
        code: 'missingColumn',
        location: expect.objectContaining({ row: 1 }),
      }),
    ]);
    expect(problemsOf(r)[0]!.message.zh).toMatch(/^表格第1行（第\d+段）：缺少「基本分值」列$/);
  });

  it('a base score that is not a number and an unknown department, with table row and paragraph', async () => {
    const buffer = await rubricDocx(rubric2011, {
      edit: (row, column, lines) =>
        row === 4 && column === 4 ? ['三分'] : row === 6 && column === 3 ? ['审计处'] : lines,
    });
    const r = await parseRubricDocx(buffer, { unknownDepartments: 'reject' });
    const problems = problemsOf(r);
    expect(problems.map((p) => [p.code, p.location?.row, p.location?.column])).toEqual([
      ['badBaseScore', 4, '基本分值'],
      ['unknownDepartment', 6, '工作对应部门'],
    ]);
    expect(problems[0]!.message.zh).toMatch(
      /^表格第4行（第\d+段）「基本分值」列：第3项的基本分值「三分」不是分值/,
    );
    expect(problems.every((p) => typeof p.location?.paragraph === 'number')).toBe(true);
  });
});
