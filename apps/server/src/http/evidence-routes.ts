/**
 * 佐证材料: upload (multipart), list, download and delete, under the same rules as the
 * scores: whoever may see the assessment may list and download; only the unit, while the
 * item is editable, may add or remove. Refused once the assessment is approved. A file is
 * accepted by its extension and its first bytes (EVIDENCE_TYPES), within the quotas, and
 * served back only as an attachment.
 */
import { getEvidence, listEvidence } from '@kaohe/db';
import {
  type Actor,
  checkEvidenceContent,
  DomainError,
  EVIDENCE_HEAD_BYTES,
  evidenceTypeOf,
  findItem,
  zodMessage,
} from '@kaohe/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../context.ts';
import {
  assertCanEdit,
  assertCanRead,
  itemsReviewedBy,
  loadAssessment,
} from '../services/assessment-access.ts';
import {
  addEvidenceWithinQuota,
  assertCanAddEvidence,
  assertEvidenceRoom,
  deleteEvidenceAndFile,
  evidenceLimits,
} from '../services/evidence-service.ts';
import { actorOfRequest } from './request-actor.ts';

// No NUL: PostgreSQL refuses it in text, which surfaced as an internal error.
const Id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(
    (s) => !s.includes('\u0000'),
    zodMessage({ zh: '不能含有控制字符', en: 'no control characters' }),
  );

/**
 * The multipart parser's own errors ("Multipart: Boundary not found", "Unexpected end of
 * form", "Malformed part header") are a broken request, not a server fault: a 400. Any
 * other error (the disk's EACCES) stays what it is.
 */
const BUSBOY = /^(Multipart: |Unexpected end of |Malformed (part )?header)/;
function badMultipart(e: unknown): never {
  if (e instanceof Error && !(e instanceof DomainError) && BUSBOY.test(e.message)) {
    throw new DomainError('INVALID_INPUT', {
      zh: '上传内容格式不正确，请重新选择文件上传',
      en: 'The upload is not a valid form; choose the file again',
    });
  }
  throw e;
}

async function readable(deps: AppDeps, actor: Actor, assessmentId: string, itemId: string) {
  const loaded = await loadAssessment(deps.db, assessmentId);
  assertCanRead(actor, loaded);
  if (!findItem(loaded.rubric, itemId)) {
    throw new DomainError('NOT_FOUND', { zh: '没有该项目', en: 'No such item' });
  }
  if (
    actor.role === 'department' &&
    !itemsReviewedBy(loaded.rubric, actor.departmentId ?? '').has(itemId)
  ) {
    throw new DomainError('FORBIDDEN', {
      zh: '本部门不负责该项目',
      en: 'Your department does not review this item',
    });
  }
  return loaded;
}

const view = (e: Awaited<ReturnType<typeof listEvidence>>[number]) => ({
  id: e.id,
  itemId: e.itemId,
  fileName: e.fileName,
  mimeType: e.mimeType,
  sizeBytes: e.sizeBytes,
  sha256: e.sha256,
  uploadedBy: e.uploadedBy,
  uploadedAt: e.uploadedAt,
});

/** An evidence file as the routes send it (JSON: the time as text). */
export type EvidenceView = Omit<ReturnType<typeof view>, 'uploadedAt'> & { uploadedAt: string };

export function evidenceRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    app.get('/limits', async (request) => {
      await actorOfRequest(deps, request);
      return evidenceLimits(deps.config);
    });

    app.get('/:assessmentId/:itemId', async (request) => {
      const params = z.object({ assessmentId: Id, itemId: Id }).parse(request.params);
      const actor = await actorOfRequest(deps, request);
      await readable(deps, actor, params.assessmentId, params.itemId);
      return (await listEvidence(deps.db, params)).map(view);
    });

    app.post('/:assessmentId/:itemId', async (request, reply) => {
      const params = z.object({ assessmentId: Id, itemId: Id }).parse(request.params);
      const actor = await actorOfRequest(deps, request);
      const loaded = await readable(deps, actor, params.assessmentId, params.itemId);
      await assertCanAddEvidence(deps, deps.db, actor, loaded, params.itemId);
      // Before reading the upload: a full item or assessment is refused at once. The
      // binding check, with the file's size, is under the lock once the file is stored.
      await assertEvidenceRoom(deps, deps.db, params, null);
      const file = await request.file().catch(badMultipart);
      if (!file) {
        throw new DomainError('INVALID_INPUT', {
          zh: '请选择要上传的文件',
          en: 'Choose a file to upload',
        });
      }
      // Path separators and control characters never reach the stored name.
      const fileName =
        [...file.filename]
          .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch))
          .join('')
          .slice(0, 200) || 'file';
      let type: ReturnType<typeof evidenceTypeOf>;
      try {
        type = evidenceTypeOf(fileName);
      } catch (e) {
        file.file.resume();
        throw e;
      }
      const stored = await deps.evidence
        .save(file.file, deps.config.uploadMaxBytes, {
          bytes: EVIDENCE_HEAD_BYTES,
          check: (head) => checkEvidenceContent(fileName, head),
        })
        .catch(badMultipart);
      if (file.file.truncated) {
        await deps.evidence.remove(stored.storagePath);
        throw new DomainError('PAYLOAD_TOO_LARGE', {
          zh: `文件超过大小上限（${Math.round(deps.config.uploadMaxBytes / 1048576)}MB）`,
          en: `The file exceeds the size limit (${Math.round(deps.config.uploadMaxBytes / 1048576)} MB)`,
        });
      }
      try {
        const row = await addEvidenceWithinQuota(deps, actor, {
          assessmentId: params.assessmentId,
          itemId: params.itemId,
          fileName,
          // The type the content was checked against, not what the browser declared.
          mimeType: type.mimeType,
          ...stored,
        });
        return reply.status(201).send(view(row));
      } catch (e) {
        await deps.evidence.remove(stored.storagePath);
        throw e;
      }
    });

    app.get('/file/:id', async (request, reply) => {
      const { id } = z.object({ id: Id }).parse(request.params);
      const actor = await actorOfRequest(deps, request);
      const row = await getEvidence(deps.db, id);
      if (!row || row.deletedAt)
        throw new DomainError('NOT_FOUND', { zh: '找不到该文件', en: 'File not found' });
      await readable(deps, actor, row.assessmentId, row.itemId);
      return reply
        .header('content-type', row.mimeType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(deps.evidence.open(row.storagePath));
    });

    app.post('/file/:id/delete', async (request) => {
      const { id } = z.object({ id: Id }).parse(request.params);
      const actor = await actorOfRequest(deps, request);
      const row = await getEvidence(deps.db, id);
      if (!row || row.deletedAt)
        throw new DomainError('NOT_FOUND', { zh: '找不到该文件', en: 'File not found' });
      const loaded = await readable(deps, actor, row.assessmentId, row.itemId);
      assertCanEdit(actor, loaded, { kind: 'selfScore', itemId: row.itemId });
      await deleteEvidenceAndFile(deps, actor, id, request.log);
      return { ok: true };
    });
  };
}
