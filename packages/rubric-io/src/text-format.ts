/**
 * The seed's plain-text form: a Word table saved as text. The title comes first; then
 * every cell starts with a tab, a cell's further paragraphs are lines without one, and a
 * blank line followed by a tab ends a row once it has as many cells as the header.
 * Merged-away cells are written as empty cells, as docx writes vMerge continuations.
 */
import { fail, guardedSync, type ImportResult, problem, type SourceLocation } from './problems.ts';
import { type ParseOptions, type SourceCell, type SourceTable, tableToRubric } from './table.ts';

interface RawCell {
  lines: string[];
  line: number;
}

export function readTextTable(
  text: string,
): { ok: true; table: SourceTable } | { ok: false; problems: ReturnType<typeof problem>[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.includes('\t'));
  if (first < 0) {
    return {
      ok: false,
      problems: [
        problem('error', 'noTable', {
          zh: '文本中没有表格（单元格以制表符分隔）',
          en: 'the text holds no table (cells separated by tabs)',
        }),
      ],
    };
  }
  const titleIndex = lines.slice(0, first).findIndex((l) => l.trim() !== '');
  const title: SourceCell | null =
    titleIndex < 0
      ? null
      : { text: lines[titleIndex]!.trim(), location: { format: 'text', line: titleIndex + 1 } };

  const rawRows: RawCell[][] = [];
  let row: RawCell[] = [];
  let width: number | undefined;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    const nextStartsCell = (lines[i + 1] ?? '').startsWith('\t');
    if (line.trim() === '' && nextStartsCell && (width === undefined || row.length >= width)) {
      if (row.length > 0) {
        rawRows.push(row);
        width ??= row.length;
      }
      row = [];
      continue;
    }
    const parts = line.split('\t');
    const cont = parts.shift()!;
    if (row.length > 0) row.at(-1)!.lines.push(cont);
    else if (cont.trim() !== '') row.push({ lines: [cont], line: i + 1 });
    for (const part of parts) row.push({ lines: [part], line: i + 1 });
  }
  if (row.length > 0) rawRows.push(row);
  width ??= rawRows[0]?.length ?? 0;

  const problems: ReturnType<typeof problem>[] = [];
  const rows: SourceCell[][] = rawRows.map((cells, ri) => {
    const at = (c: RawCell): SourceLocation => ({ format: 'text', line: c.line, row: ri + 1 });
    if (cells.length !== width) {
      problems.push(
        problem(
          'error',
          'badRowShape',
          {
            zh: `这一行有${cells.length}个单元格，表头有${width}个`,
            en: `this row has ${cells.length} cells, the header ${width}`,
          },
          at(cells[0]!),
        ),
      );
    }
    return cells.map((c) => ({ text: c.lines.join('\n'), location: at(c) }));
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, table: { format: 'text', title, rows } };
}

/** Reads the seed's text form. Never throws: a bad text gives `{ ok: false, problems }`. */
export function parseRubricText(text: string, options: ParseOptions = {}): ImportResult {
  return guardedSync('text', () => {
    const read = readTextTable(text);
    if (!read.ok) return fail(read.problems);
    return tableToRubric(read.table, options);
  });
}
