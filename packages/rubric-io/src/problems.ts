/**
 * What an import says back: problems that stop it (errors) and things a person should
 * look at (warnings), each with where it is in the file and a message in both languages.
 * The public functions never throw; they return `{ ok: false, problems }`.
 */
import type { CriterionKind, LocalizedText, RubricInput, RubricProblem } from '@kaohe/domain';

export type SourceFormat = 'text' | 'docx' | 'xlsx';

/** Where something is in the file. Which fields are set depends on the format. */
export interface SourceLocation {
  format: SourceFormat;
  /** xlsx: the worksheet row; text and docx: the table row, the header row being 1. */
  row?: number;
  /** text: the line of the file (1-based). */
  line?: number;
  /** docx: the paragraph of the document body, counting those inside the table (1-based). */
  paragraph?: number;
  /** xlsx: the cell address ("E12"). */
  cell?: string;
  /** The column's header as the table writes it (基本分值). */
  column?: string;
}

export type ImportProblemCode =
  | 'unreadableFile'
  | 'noTable'
  | 'missingColumn'
  | 'badRowShape'
  | 'unrecognisedRow'
  | 'badItemNumber'
  | 'emptyContent'
  | 'noDepartment'
  | 'tooManyDepartments'
  | 'badBaseScore'
  | 'badTotal'
  | 'badBonusCap'
  | 'noCategory'
  | 'noItems'
  | 'noYear'
  | 'unknownDepartment'
  | 'categoryNameGuessed'
  | 'unitTypesAssumed'
  | 'storedDataIgnored'
  | 'internal';

export interface ImportProblem {
  severity: 'error' | 'warning';
  code: ImportProblemCode;
  /** Already prefixed with the location in words ("第12行：…" / "row 12: …"). */
  message: LocalizedText;
  location?: SourceLocation;
}

/** How well an item's 评分标准 was understood. */
export type ParseStatus = 'parsed' | 'partial' | 'manual';

export interface CriterionParseReport {
  criterionId: string;
  kind: CriterionKind;
  /** The words of 评分标准 this criterion was read from, verbatim. */
  source: string;
  /** Why the parser chose what it chose (a threshold's target, a department), for the admin. */
  notes: LocalizedText[];
}

export interface ItemParseReport {
  itemId: string;
  number: number;
  location: SourceLocation;
  status: ParseStatus;
  /** Why the item is partial or manual; null when parsed. */
  reason: LocalizedText | null;
  /**
   * 'text': the rule was read from the 评分标准 wording and every criterion waits for the
   * admin to confirm it; 'file': it came with the file (an exported xlsx) unchanged.
   */
  ruleSource: 'text' | 'file';
  needsConfirmation: boolean;
  criteria: CriterionParseReport[];
  /** Words of 评分标准 no pattern recognised; they need manual entry. */
  unparsed: string[];
  notes: LocalizedText[];
}

export interface ParseReport {
  format: SourceFormat;
  items: ItemParseReport[];
  summary: Record<ParseStatus, number>;
  warnings: ImportProblem[];
  /** What `validateRubric` says of the imported document: empty when it validates clean. */
  validation: RubricProblem[];
}

export type ImportResult =
  | { ok: true; rubric: RubricInput; report: ParseReport }
  | { ok: false; problems: ImportProblem[] };

export function describeLocation(location: SourceLocation | undefined): LocalizedText | null {
  if (!location) return null;
  const zh: string[] = [];
  const en: string[] = [];
  switch (location.format) {
    case 'xlsx':
      if (location.row !== undefined) {
        zh.push(`第${location.row}行`);
        en.push(`row ${location.row}`);
      }
      if (location.cell) {
        zh.push(`（${location.cell}）`);
        en.push(`(${location.cell})`);
      }
      break;
    case 'text':
      if (location.line !== undefined) {
        zh.push(`第${location.line}行`);
        en.push(`line ${location.line}`);
      }
      if (location.row !== undefined) {
        zh.push(`（表格第${location.row}行）`);
        en.push(`(table row ${location.row})`);
      }
      break;
    case 'docx':
      if (location.row !== undefined) {
        zh.push(`表格第${location.row}行`);
        en.push(`table row ${location.row}`);
      }
      if (location.paragraph !== undefined) {
        zh.push(`（第${location.paragraph}段）`);
        en.push(`(paragraph ${location.paragraph})`);
      }
      break;
  }
  if (location.column) {
    zh.push(`「${location.column}」列`);
    en.push(`column ${location.column}`);
  }
  if (zh.length === 0) return null;
  return { zh: zh.join(''), en: en.join(' ') };
}

export function problem(
  severity: ImportProblem['severity'],
  code: ImportProblemCode,
  text: LocalizedText,
  location?: SourceLocation,
): ImportProblem {
  const where = describeLocation(location);
  const message = where ? { zh: `${where.zh}：${text.zh}`, en: `${where.en}: ${text.en}` } : text;
  return location ? { severity, code, message, location } : { severity, code, message };
}

export const fail = (problems: ImportProblem[]): ImportResult => ({ ok: false, problems });

/** Runs an import so that nothing escapes as an exception. */
export async function guarded(
  format: SourceFormat,
  run: () => Promise<ImportResult> | ImportResult,
): Promise<ImportResult> {
  try {
    return await run();
  } catch (e) {
    return fail([
      problem('error', 'internal', {
        zh: `无法读取文件：${String(e)}`,
        en: `Could not read the ${format} file: ${String(e)}`,
      }),
    ]);
  }
}

export function guardedSync(format: SourceFormat, run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (e) {
    return fail([
      problem('error', 'internal', {
        zh: `无法读取文件：${String(e)}`,
        en: `Could not read the ${format} file: ${String(e)}`,
      }),
    ]);
  }
}
