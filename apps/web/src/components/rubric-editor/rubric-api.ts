/**
 * The rubric screens' server shapes (from the router's output schemas) and the file
 * routes: import (read only, nothing stored), export as xlsx or JSON, the comparison as xlsx.
 */
import type { Criterion, LocalizedText, RubricInput } from '@kaohe/domain';
import type { MessageKey } from '../../i18n/messages.ts';
import { AppError, NETWORK_TEXT, toAppError } from '../../lib/app-error.ts';
import { apiHeaders, type inferOutput, type Trpc } from '../../trpc.ts';

export type RubricStatus = 'draft' | 'published' | 'archived';

export type RubricSummary = inferOutput<Trpc['rubric']['list']>[number];
export type RubricRecord = inferOutput<Trpc['rubric']['get']>;
export type RubricDiffResult = inferOutput<Trpc['rubric']['diff']>;

export const statusOf = (status: string): RubricStatus =>
  status === 'published' || status === 'archived' ? status : 'draft';

// ---------------------------------------------------------------------------
// Files.

export type ImportStatus = 'parsed' | 'partial' | 'manual';

/** One criterion of an imported item: its words, and the rule read from them (null: enter by hand). */
export interface ImportCriterionReport {
  id: string | null;
  text: string;
  kind: string | null;
  rule: Criterion | null;
  status: 'parsed' | 'manual';
  notes: LocalizedText[];
}

export interface ImportItemReport {
  itemId: string;
  number: number;
  title: string;
  status: ImportStatus;
  reason: LocalizedText | null;
  location: LocalizedText | null;
  criteria: ImportCriterionReport[];
}

/** What POST /api/rubric/import answers (also with a 400 for a file that cannot be read). */
export interface ImportResponse {
  format: string | null;
  fileName?: string;
  document: RubricInput | null;
  summary?: { items: number; parsed: number; partial: number; manual: number };
  report: ImportItemReport[];
  problems: Array<{
    severity: 'error' | 'warning';
    source?: string;
    code?: string;
    location: LocalizedText | null;
    zh: string;
    en: string;
  }>;
}

/** Sends a rubric file to be read (nothing is stored): the document and what was understood. */
export async function importFile(file: File): Promise<ImportResponse> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/rubric/import', {
      method: 'POST',
      body,
      headers: apiHeaders(),
      credentials: 'same-origin',
    });
  } catch {
    throw new AppError('NETWORK', NETWORK_TEXT);
  }
  const json = (await response.json().catch(() => null)) as
    | (ImportResponse & { code?: string; text?: LocalizedText; message?: string })
    | null;
  // A file that cannot be read still answers with its problems: the review lists them.
  if (json && Array.isArray(json.problems) && Array.isArray(json.report)) return json;
  if (json?.text && typeof json.text.zh === 'string') {
    throw new AppError((json.code ?? 'INVALID_INPUT') as AppError['code'], json.text, {}, json);
  }
  throw toAppError(new Error(`import failed: ${response.status}`));
}

export const exportUrl = (id: string, format: 'xlsx' | 'json') =>
  `/api/rubric/${encodeURIComponent(id)}/export.${format}`;

export const diffUrl = (fromId: string, toId: string) =>
  `/api/rubric/diff.xlsx?from=${encodeURIComponent(fromId)}&to=${encodeURIComponent(toId)}`;

export const STATUS_COLOR: Record<RubricStatus, string> = {
  draft: 'gold',
  published: 'green',
  archived: 'default',
};

export const STATUS_LABEL: Record<RubricStatus, MessageKey> = {
  draft: 'rubric.status.draft',
  published: 'rubric.status.published',
  archived: 'rubric.status.archived',
};
