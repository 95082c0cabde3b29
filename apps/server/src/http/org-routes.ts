import {
  ORG_MAX_BYTES,
  readOrgWorkbook,
  writeAccountsWorkbook,
  writeOrgTemplate,
  writeOrgWorkbook,
} from '@kaohe/rubric-io';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.ts';
import { plainErrorBody } from '../errors.ts';
import {
  exportOrganisation,
  importOrganisation,
  previewOrgImport,
} from '../services/org-import-service.ts';
import { attachment } from '../services/rubric-service.ts';
import { localeOf } from './context-adapter.ts';
import type { OrgImportDone, OrgImportPreview } from './org-import-view.ts';
import { actorOfRequest } from './request-actor.ts';
import { assertAdmin, importedFile } from './rubric-routes.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The uploaded file, within the smaller of the upload limit and the workbook's. */
async function upload(deps: AppDeps, request: FastifyRequest) {
  const limit = Math.min(deps.config.uploadMaxBytes, ORG_MAX_BYTES);
  return { ...(await importedFile(request, limit, { limits: { fileSize: limit } })), limit };
}

function refused(request: FastifyRequest, reply: FastifyReply, preview: OrgImportPreview) {
  const count = preview.problems.length;
  const text = {
    zh: `无法导入：工作簿有${count}${preview.truncated ? '个以上' : '个'}问题，未写入任何内容`,
    en: `Cannot import: the workbook has ${count}${preview.truncated ? '+' : ''} problem(s); nothing was written`,
  };
  return reply
    .status(400)
    .send({ ...plainErrorBody(localeOf(request), 'INVALID_INPUT', text), ...preview });
}

function sendXlsx(reply: FastifyReply, name: string, ascii: string, body: Buffer) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', attachment(name, ascii))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

export function orgRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    app.get('/template.xlsx', async (request, reply) => {
      assertAdmin(await actorOfRequest(deps, request));
      return sendXlsx(
        reply,
        '组织机构导入模板.xlsx',
        'org-template.xlsx',
        await writeOrgTemplate(),
      );
    });

    app.get('/export.xlsx', async (request, reply) => {
      assertAdmin(await actorOfRequest(deps, request));
      const data = await exportOrganisation(deps.db);
      return sendXlsx(reply, '组织机构.xlsx', 'organisation.xlsx', await writeOrgWorkbook(data));
    });

    app.post('/preview', async (request, reply) => {
      const actor = await actorOfRequest(deps, request);
      assertAdmin(actor);
      const { fileName, bytes, limit } = await upload(deps, request);
      const read = await readOrgWorkbook(bytes, { maxBytes: limit });
      const preview = await previewOrgImport(deps.db, actor, fileName, read);
      if (preview.problems.length > 0) return refused(request, reply, preview);
      return preview;
    });

    app.post('/import', async (request, reply) => {
      const actor = await actorOfRequest(deps, request);
      assertAdmin(actor);
      const { fileName, bytes, limit } = await upload(deps, request);
      const read = await readOrgWorkbook(bytes, { maxBytes: limit });
      const result = await importOrganisation(deps.db, actor, read, { fileName });
      if (!result.ok) return refused(request, reply, result.preview);
      const done: OrgImportDone = {
        summary: result.summary,
        accounts: result.accounts.length,
        accountsXlsx: (await writeAccountsWorkbook(result.accounts)).toString('base64'),
      };
      return reply.header('cache-control', 'no-store').send(done);
    });
  };
}
