/**
 * What `POST /api/rubric/import` answers. A plain HTTP route, so the router cannot carry
 * its type: the web imports these (as types) from `@kaohe/server`.
 */
import type { Criterion, LocalizedText, RubricInput } from '@kaohe/domain';

export type ImportFormat = 'xlsx' | 'docx' | 'text' | 'json';

/** One criterion of an imported item, as the admin confirms it. */
export interface ImportCriterionView {
  id: string | null;
  /** The words of 评分标准 it was read from. */
  text: string;
  kind: string | null;
  /** The structured rule; null where the words were not understood (enter by hand). */
  rule: Criterion | null;
  status: 'parsed' | 'manual';
  notes: LocalizedText[];
}

export interface ImportItemView {
  itemId: string;
  number: number;
  /** 考核内容. */
  title: string;
  status: 'parsed' | 'partial' | 'manual';
  needsConfirmation: boolean;
  reason: LocalizedText | null;
  location: LocalizedText | null;
  criteria: ImportCriterionView[];
}

export interface ImportProblemView {
  severity: 'error' | 'warning';
  /** 'file': reading the file; 'validation': validateRubric on the result (blocks publishing). */
  source: 'file' | 'validation';
  code: string;
  /** Where: the row, line, paragraph or cell; for validation, the document path. */
  location: LocalizedText | null;
  zh: string;
  en: string;
}

/** What `POST /api/rubric/import` answers (400 with `document: null` for a bad file). */
export interface ImportView {
  format: ImportFormat | null;
  fileName: string;
  document: RubricInput | null;
  summary: { items: number; parsed: number; partial: number; manual: number };
  report: ImportItemView[];
  problems: ImportProblemView[];
}
