/**
 * The rubric screens' server shapes (from the router's output schemas) and the file
 * routes: import (read only, nothing stored), export as xlsx or JSON, the comparison as xlsx.
 */
import type { ImportView } from '@kaohe/server';
import type { MessageKey } from '../../i18n/messages.ts';
import { AppError, fetchResponse, UNKNOWN_TEXT } from '../../lib/app-error.ts';
import { apiHeaders, type inferOutput, type Trpc } from '../../trpc.ts';

export type RubricStatus = 'draft' | 'published' | 'archived';

export type RubricSummary = inferOutput<Trpc['rubric']['list']>[number];
export type RubricRecord = inferOutput<Trpc['rubric']['get']>;
export type RubricDiffResult = inferOutput<Trpc['rubric']['diff']>;

export const statusOf = (status: string): RubricStatus =>
  status === 'published' || status === 'archived' ? status : 'draft';

// ---------------------------------------------------------------------------
// Files.

/** What POST /api/rubric/import answers (also with a 400 for a file that cannot be read). */
export type ImportResponse = ImportView;
export type ImportItemReport = ImportView['report'][number];
export type ImportCriterionReport = ImportItemReport['criteria'][number];
export type ImportStatus = ImportItemReport['status'];

/** Sends a rubric file to be read (nothing is stored): the document and what was understood. */
export async function importFile(file: File): Promise<ImportResponse> {
  const body = new FormData();
  body.append('file', file, file.name);
  // A file that cannot be read still answers (400) with its problems: the review lists them.
  const isView = (json: unknown): json is ImportResponse =>
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as ImportResponse).problems) &&
    Array.isArray((json as ImportResponse).report);
  const answer = await fetchResponse(
    '/api/rubric/import',
    { method: 'POST', body, headers: apiHeaders() },
    isView,
  );
  if (isView(answer.body)) return answer.body;
  throw new AppError('UNKNOWN', UNKNOWN_TEXT);
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
