/**
 * Rubric files over HTTP (issue 6). Import parses an uploaded .xlsx/.docx/.txt/.json and
 * answers with the document, a per-item parse report and every problem with its row or
 * paragraph; it persists nothing (the admin confirms, then `rubric.createDraft`).
 * Export gives the official xlsx or the JSON exchange format (what `pnpm kaohe rubric
 * export` prints); the comparison of two rubrics downloads as a worksheet.
 * Admin only, except that anyone signed in may export a published (or archived) rubric.
 */
import {
  type Actor,
  type Criterion,
  DomainError,
  describePath,
  fromExchange,
  type LocalizedText,
  type RubricInput,
  rubricItems,
  validateRubric,
} from '@kaohe/domain';
import {
  describeLocation,
  exportRubricDiffXlsx,
  exportRubricXlsx,
  type ImportProblem,
  type ImportResult,
  importRubricXlsx,
  type ParseReport,
  parseRubricDocx,
  parseRubricText,
} from '@kaohe/rubric-io';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../context.ts';
import { plainErrorBody } from '../errors.ts';
import {
  assertCanRead,
  attachment,
  exchangeJson,
  loadRubric,
  rubricDiff,
  rubricFileName,
} from '../services/rubric-service.ts';
import { localeOf } from './context-adapter.ts';
import { actorOfRequest } from './request-actor.ts';
import type {
  ImportCriterionView,
  ImportFormat,
  ImportItemView,
  ImportProblemView,
  ImportView,
} from './rubric-import-view.ts';

// No NUL: PostgreSQL refuses it in text.
const Id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((s) => !s.includes('\u0000'));

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  xlsx: 'xlsx',
  docx: 'docx',
  txt: 'text',
  json: 'json',
};

export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') {
    throw new DomainError('FORBIDDEN', {
      zh: '此操作仅限管理员',
      en: 'Only the administrator may do this',
    });
  }
}

const fileProblem = (p: ImportProblem): ImportProblemView => ({
  severity: p.severity,
  source: 'file',
  code: p.code,
  location: describeLocation(p.location),
  zh: p.message.zh,
  en: p.message.en,
});

function validationProblems(document: unknown): ImportProblemView[] {
  return validateRubric(document).problems.map((p) => {
    const where = describePath(p.path, document);
    return {
      severity: 'error',
      source: 'validation',
      code: p.code,
      location: where.zh ? where : null,
      zh: p.message.zh,
      en: p.message.en,
    };
  });
}

function reportView(document: RubricInput, report: ParseReport): ImportItemView[] {
  const parsed = validateRubric(document).rubric;
  const criteriaOf = (itemId: string): Criterion[] =>
    parsed
      ? (rubricItems(parsed).find(({ item }) => item.id === itemId)?.item.rule.criteria ?? [])
      : [];
  return report.items.map((item) => {
    const rules = criteriaOf(item.itemId);
    const title =
      document.categories.flatMap((c) => c.items).find((i) => i.id === item.itemId)?.content ?? '';
    return {
      itemId: item.itemId,
      number: item.number,
      title,
      status: item.status,
      needsConfirmation: item.needsConfirmation,
      reason: item.reason,
      location: describeLocation(item.location),
      criteria: [
        ...item.criteria.map(
          (c): ImportCriterionView => ({
            id: c.criterionId,
            text: c.source,
            kind: c.kind,
            rule: rules.find((r) => r.id === c.criterionId) ?? null,
            status: item.status === 'manual' ? 'manual' : 'parsed',
            notes: c.notes,
          }),
        ),
        ...item.unparsed.map(
          (text): ImportCriterionView => ({
            id: null,
            text,
            kind: null,
            rule: null,
            status: 'manual',
            notes: [],
          }),
        ),
      ],
    };
  });
}

const summaryOf = (report: ImportItemView[]) => ({
  items: report.length,
  parsed: report.filter((i) => i.status === 'parsed').length,
  partial: report.filter((i) => i.status === 'partial').length,
  manual: report.filter((i) => i.status === 'manual').length,
});

function fromImportResult(
  format: ImportFormat,
  fileName: string,
  result: ImportResult,
): ImportView {
  if (!result.ok) {
    return {
      ...failed(format, fileName, 'unreadableFile', null),
      problems: result.problems.map(fileProblem),
    };
  }
  const report = reportView(result.rubric, result.report);
  return {
    format,
    fileName,
    document: result.rubric,
    summary: summaryOf(report),
    report,
    problems: [...result.report.warnings.map(fileProblem), ...validationProblems(result.rubric)],
  };
}

/** The JSON exchange format: every item's rule came with the file. */
function fromJson(fileName: string, bytes: Buffer): ImportView {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch (e) {
    const where = /position (\d+)/.exec(String(e));
    return failed('json', fileName, 'unreadableFile', {
      zh: `文件不是有效的 JSON${where ? `（第${Number(where[1]) + 1}个字符处）` : ''}`,
      en: `The file is not valid JSON${where ? ` (at character ${Number(where[1]) + 1})` : ''}`,
    });
  }
  const document = fromExchange(json);
  const validation = validateRubric(document);
  if (!validation.rubric) {
    return { ...failed('json', fileName, 'shape', null), problems: validationProblems(document) };
  }
  const report: ImportItemView[] = rubricItems(validation.rubric).map(({ item }) => ({
    itemId: item.id,
    number: item.number,
    title: item.content,
    status: 'parsed',
    needsConfirmation: false,
    reason: null,
    location: null,
    criteria: item.rule.criteria.map((c) => ({
      id: c.id,
      text: c.text,
      kind: c.kind,
      rule: c,
      status: 'parsed',
      notes: [],
    })),
  }));
  return {
    format: 'json',
    fileName,
    document: document as RubricInput,
    summary: summaryOf(report),
    report,
    problems: validationProblems(document),
  };
}

function failed(
  format: ImportFormat | null,
  fileName: string,
  code: string,
  text: LocalizedText | null,
): ImportView {
  return {
    format,
    fileName,
    document: null,
    summary: summaryOf([]),
    report: [],
    problems: text ? [{ severity: 'error', source: 'file', code, location: null, ...text }] : [],
  };
}

/** UTF-8 (with or without BOM); a file saved by Chinese Windows tools may be GB18030. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Parses an uploaded rubric file by its extension. Never throws; never writes. */
export async function importRubricFile(fileName: string, bytes: Buffer): Promise<ImportView> {
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const format = FORMAT_BY_EXTENSION[ext];
  switch (format) {
    case 'xlsx':
      return fromImportResult(format, fileName, await importRubricXlsx(bytes));
    case 'docx':
      return fromImportResult(format, fileName, await parseRubricDocx(bytes));
    case 'text':
      return fromImportResult(format, fileName, parseRubricText(decodeText(bytes)));
    case 'json':
      return fromJson(fileName, bytes);
    default:
      return failed(null, fileName, 'unsupportedType', {
        zh: '不支持该文件类型：请上传 Excel（.xlsx）、Word（.docx）、文本（.txt）或 JSON（.json）文件',
        en: 'This file type is not supported: upload an Excel (.xlsx), Word (.docx), text (.txt) or JSON (.json) file',
      });
  }
}

function badFile(request: FastifyRequest, reply: FastifyReply, view: ImportView) {
  const locale = localeOf(request);
  const first = view.problems.find((p) => p.severity === 'error') ?? view.problems[0];
  const text = first
    ? { zh: `无法导入：${first.zh}`, en: `Cannot import: ${first.en}` }
    : { zh: '无法导入该文件', en: 'The file cannot be imported' };
  return reply.status(400).send({ ...plainErrorBody(locale, 'INVALID_RUBRIC', text), ...view });
}

export function sizeText(bytes: number): LocalizedText {
  const mb = bytes / 1048576;
  const shown = mb >= 1 ? String(Math.round(mb)) : mb.toFixed(1);
  return {
    zh: `文件超过大小上限（${shown}MB）`,
    en: `The file exceeds the size limit (${shown} MB)`,
  };
}

/** The multipart parser's own errors (no boundary, cut short) are a bad request, not a fault. */
export function brokenForm(e: unknown): never {
  const { code, statusCode } = (e ?? {}) as { code?: unknown; statusCode?: unknown };
  if (
    e instanceof Error &&
    !(e instanceof DomainError) &&
    code === undefined &&
    statusCode === undefined
  ) {
    throw new DomainError('INVALID_INPUT', {
      zh: '上传内容格式不正确，请重新选择文件',
      en: 'The upload is not a valid form; choose the file again',
    });
  }
  throw e;
}

/**
 * The one file of an import form, read whole; a missing file, a broken form or a file over
 * `limit` bytes is refused in words. The limit is the app's upload limit, or a smaller one the
 * route sets in `options`.
 */
export async function importedFile(
  request: FastifyRequest,
  limit: number,
  options?: Parameters<FastifyRequest['file']>[0],
): Promise<{ fileName: string; bytes: Buffer }> {
  const file = await request.file(options).catch(brokenForm);
  if (!file) {
    throw new DomainError('INVALID_INPUT', {
      zh: '请选择要导入的文件',
      en: 'Choose a file to import',
    });
  }
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new DomainError('PAYLOAD_TOO_LARGE', sizeText(limit));
    }
    brokenForm(e);
  }
  if (file.file.truncated) throw new DomainError('PAYLOAD_TOO_LARGE', sizeText(limit));
  return { fileName: file.filename.replace(/[/\\]/g, '_').slice(0, 200), bytes };
}

export function rubricRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    app.post('/import', async (request, reply) => {
      assertAdmin(await actorOfRequest(deps, request));
      const { fileName, bytes } = await importedFile(request, deps.config.uploadMaxBytes);
      const view = await importRubricFile(fileName, bytes);
      if (view.document === null) return badFile(request, reply, view);
      return view;
    });

    app.get('/diff.xlsx', async (request, reply) => {
      assertAdmin(await actorOfRequest(deps, request));
      const { from, to } = z.object({ from: Id, to: Id }).parse(request.query);
      const diff = await rubricDiff(deps.db, from, to);
      const buffer = await exportRubricDiffXlsx(diff.fromRubric, diff.toRubric, diff.changes);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          attachment(
            `${diff.from.year}—${diff.to.year}考核表变更对照.xlsx`,
            `rubric-diff-${diff.from.year}-${diff.to.year}.xlsx`,
          ),
        )
        .header('x-content-type-options', 'nosniff')
        .send(buffer);
    });

    const exportable = async (request: FastifyRequest) => {
      const { id } = z.object({ id: Id }).parse(request.params);
      const actor = await actorOfRequest(deps, request);
      const record = await loadRubric(deps.db, id);
      assertCanRead(actor, record);
      return record;
    };

    app.get('/:id/export.xlsx', async (request, reply) => {
      const record = await exportable(request);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          attachment(rubricFileName(record, 'xlsx'), `rubric-${record.year}.xlsx`),
        )
        .header('x-content-type-options', 'nosniff')
        .send(await exportRubricXlsx(record.document));
    });

    app.get('/:id/export.json', async (request, reply) => {
      const record = await exportable(request);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header(
          'content-disposition',
          attachment(rubricFileName(record, 'json'), `rubric-${record.year}.json`),
        )
        .header('x-content-type-options', 'nosniff')
        .send(exchangeJson(record.document));
    });
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
