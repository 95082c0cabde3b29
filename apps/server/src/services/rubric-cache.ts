import { type DbOrTx, getRubric } from '@kaohe/db';
import { DomainError, type Rubric } from '@kaohe/domain';

/**
 * Published rubrics never change (issue 6: "a published rubric is immutable"), so the
 * document an assessment scores against is read once per process. Drafts are not cached.
 */
const cache = new Map<string, Rubric>();

export async function rubricById(db: DbOrTx, rubricId: string): Promise<Rubric> {
  const hit = cache.get(rubricId);
  if (hit) return hit;
  const record = await getRubric(db, rubricId);
  if (!record) {
    throw new DomainError('NOT_FOUND', { zh: '找不到考核表', en: 'Rubric not found' });
  }
  if (record.status !== 'draft') cache.set(rubricId, record.document);
  return record.document;
}
