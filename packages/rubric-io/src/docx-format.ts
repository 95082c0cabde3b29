/**
 * The Word table as the federation distributes it. word/document.xml is read with jszip:
 * w:tbl → w:tr → w:tc, a cell's w:p paragraphs joined by line breaks, w:gridSpan for
 * cells across columns and w:vMerge for cells down rows (a "continue" cell reads as
 * empty, as the text form writes it). Then the same table step as the text form.
 */
import JSZip from 'jszip';
import { fail, guarded, type ImportResult, problem, type SourceLocation } from './problems.ts';
import {
  hasHeader,
  type ParseOptions,
  type SourceCell,
  type SourceTable,
  tableToRubric,
} from './table.ts';
import { childElements, firstChild, isElement, parseXml, type XmlElement } from './xml.ts';

/** Children, looking through content controls and custom XML that may wrap rows, cells or paragraphs. */
function unwrap(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(e)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') {
      const content = firstChild(c, 'w:sdtContent');
      if (content) out.push(...unwrap(content, name));
    } else if (c.name === 'w:customXml' || c.name === 'w:smartTag') {
      out.push(...unwrap(c, name));
    }
  }
  return out;
}

function paragraphText(p: XmlElement): string {
  let out = '';
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      switch (c.name) {
        case 'w:t':
          out += c.children.filter((x) => typeof x === 'string').join('');
          break;
        case 'w:tab':
          out += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          out += '\n';
          break;
        case 'w:noBreakHyphen':
          out += '-';
          break;
        case 'w:del':
        case 'w:rPr':
        case 'w:pPr':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out;
}

/** A cell's paragraphs, not those of a table nested in it. */
function cellParagraphs(tc: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (c.name === 'w:p') out.push(c);
      else if (c.name !== 'w:tbl' && c.name !== 'w:tcPr') walk(c);
    }
  };
  walk(tc);
  return out;
}

const intAttr = (e: XmlElement | undefined, fallback: number) => {
  const v = e?.attributes['w:val'];
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

function readTable(tbl: XmlElement, paragraphNumber: Map<XmlElement, number>): SourceCell[][] {
  return unwrap(tbl, 'w:tr').map((tr, ri) => {
    const row: SourceCell[] = [];
    const trPr = firstChild(tr, 'w:trPr');
    const before = intAttr(trPr && firstChild(trPr, 'w:gridBefore'), 0);
    const firstParagraph = cellParagraphs(tr)[0];
    const rowAt: SourceLocation = {
      format: 'docx',
      row: ri + 1,
      ...(firstParagraph ? { paragraph: paragraphNumber.get(firstParagraph) } : {}),
    };
    for (let i = 0; i < before; i++) row.push({ text: '', location: rowAt });
    for (const tc of unwrap(tr, 'w:tc')) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = intAttr(tcPr && firstChild(tcPr, 'w:gridSpan'), 1);
      const vMerge = tcPr && firstChild(tcPr, 'w:vMerge');
      // <w:vMerge/> or w:val="continue": the cell above reaches down into this one.
      const merged = vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart';
      const paragraphs = cellParagraphs(tc);
      const location: SourceLocation = {
        format: 'docx',
        row: ri + 1,
        ...(paragraphs[0] ? { paragraph: paragraphNumber.get(paragraphs[0]) } : {}),
      };
      const text = merged ? '' : paragraphs.map(paragraphText).join('\n');
      row.push({ text, location });
      for (let i = 1; i < span; i++) row.push({ text: '', location });
    }
    return row;
  });
}

export async function readDocxTable(
  buffer: Uint8Array | ArrayBuffer,
): Promise<
  { ok: true; table: SourceTable } | { ok: false; problems: ReturnType<typeof problem>[] }
> {
  const unreadable = (zh: string, en: string) => ({
    ok: false as const,
    problems: [problem('error', 'unreadableFile', { zh, en })],
  });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return unreadable('文件不是有效的 Word（.docx）文件', 'the file is not a Word (.docx) file');
  }
  const entry = zip.file('word/document.xml');
  if (!entry) {
    return unreadable(
      '文件中没有 Word 正文（word/document.xml）',
      'the file has no Word document body (word/document.xml)',
    );
  }
  let document: XmlElement;
  try {
    document = parseXml(await entry.async('string'));
  } catch (e) {
    return unreadable(
      `Word 正文无法解析：${String(e)}`,
      `the Word document body is malformed: ${String(e)}`,
    );
  }
  const body = firstChild(firstChild(document, 'w:document') ?? document, 'w:body');
  if (!body) return unreadable('Word 正文为空', 'the Word document has no body');

  const paragraphNumber = new Map<XmlElement, number>();
  const number = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (c.name === 'w:p') paragraphNumber.set(c, paragraphNumber.size + 1);
      number(c);
    }
  };
  number(body);

  const blocks = childElements(body).flatMap((b) =>
    b.name === 'w:sdt' ? childElements(firstChild(b, 'w:sdtContent') ?? b) : [b],
  );
  const tables = blocks.filter((b) => b.name === 'w:tbl');
  if (tables.length === 0) {
    return {
      ok: false,
      problems: [
        problem('error', 'noTable', {
          zh: 'Word 文件中没有表格',
          en: 'the Word file has no table',
        }),
      ],
    };
  }
  const read = tables.map((t) => ({ t, rows: readTable(t, paragraphNumber) }));
  const chosen = read.find((r) => hasHeader(r.rows)) ?? read[0]!;
  const before = blocks.slice(0, blocks.indexOf(chosen.t)).filter((b) => b.name === 'w:p');
  const titleParagraph = before.find((p) => paragraphText(p).trim() !== '');
  const title: SourceCell | null = titleParagraph
    ? {
        text: paragraphText(titleParagraph).trim(),
        location: { format: 'docx', paragraph: paragraphNumber.get(titleParagraph) },
      }
    : null;
  return { ok: true, table: { format: 'docx', title, rows: chosen.rows } };
}

/** Reads the rubric table of a .docx. Never throws: a bad file gives `{ ok: false, problems }`. */
export function parseRubricDocx(
  buffer: Uint8Array | ArrayBuffer,
  options: ParseOptions = {},
): Promise<ImportResult> {
  return guarded('docx', async () => {
    const read = await readDocxTable(buffer);
    if (!read.ok) return fail(read.problems);
    return tableToRubric(read.table, options);
  });
}
