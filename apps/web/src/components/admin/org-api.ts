/**
 * The organisation workbook routes (issue 15): the template and the export download as
 * links; a workbook goes up to be previewed (nothing stored) and then imported (one
 * transaction). A refused workbook answers 400 with every problem: the dialog lists them.
 */
import type { OrgImportDone, OrgImportPreview } from '@kaohe/server';
import { AppError, fetchResponse, UNKNOWN_TEXT } from '../../lib/app-error.ts';
import { apiHeaders } from '../../trpc.ts';

export type { OrgImportDone, OrgImportPreview };
export type OrgProblemRow = OrgImportPreview['problems'][number];
export type OrgChangeRow = OrgImportPreview['changes'][number];

export const ORG_TEMPLATE_URL = '/api/org/template.xlsx';
export const ORG_EXPORT_URL = '/api/org/export.xlsx';

const isPreview = (json: unknown): json is OrgImportPreview =>
  typeof json === 'object' &&
  json !== null &&
  Array.isArray((json as OrgImportPreview).problems) &&
  Array.isArray((json as OrgImportPreview).changes);

function formOf(file: File): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  return body;
}

/** What importing the workbook would do, or its problems. Stores nothing. */
export async function previewOrgWorkbook(file: File): Promise<OrgImportPreview> {
  const answer = await fetchResponse(
    '/api/org/preview',
    { method: 'POST', body: formOf(file), headers: apiHeaders() },
    isPreview,
  );
  if (isPreview(answer.body)) return answer.body;
  throw new AppError('UNKNOWN', UNKNOWN_TEXT);
}

/** Imports the workbook: done, or refused with its problems (nothing written). */
export async function importOrgWorkbook(
  file: File,
): Promise<{ done: OrgImportDone } | { refused: OrgImportPreview }> {
  const answer = await fetchResponse(
    '/api/org/import',
    { method: 'POST', body: formOf(file), headers: apiHeaders() },
    isPreview,
  );
  if (!answer.response.ok && isPreview(answer.body)) return { refused: answer.body };
  const done = answer.body as OrgImportDone;
  if (typeof done?.accountsXlsx !== 'string') throw new AppError('UNKNOWN', UNKNOWN_TEXT);
  return { done };
}

/** Saves the accounts workbook the import answered with, under a dated name. */
export function saveAccountsWorkbook(done: OrgImportDone, fileName: string): void {
  const bytes = Uint8Array.from(atob(done.accountsXlsx), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
