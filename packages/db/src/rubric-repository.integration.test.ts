import { cloneRubricToYear, reviewingDepartments, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { expect, it } from 'vitest';
import { listAuditEvents } from './audit-repository.ts';
import {
  archiveRubric,
  createRubric,
  getPublishedRubric,
  getRubric,
  listRubricItems,
  listRubrics,
  publishRubric,
  updateRubricDraft,
} from './rubric-repository.ts';
import { ADMIN, describeEachEngine, rejection } from './testing.ts';

describeEachEngine('rubrics', ({ db }) => {
  it('publishes a draft and writes its items out for SQL', async () => {
    const draft = await createRubric(db(), ADMIN, {
      document: cloneRubricToYear(rubric2011, 2031),
    });
    expect(draft).toMatchObject({ year: 2031, status: 'draft', version: 1, publishedAt: null });
    expect(await listRubricItems(db(), draft.id)).toEqual([]);

    const published = await publishRubric(db(), ADMIN, { rubricId: draft.id, expectedVersion: 1 });
    expect(published).toMatchObject({ status: 'published', version: 2 });
    expect(published.publishedAt).toBeInstanceOf(Date);

    const items = await listRubricItems(db(), draft.id);
    const expected = rubricItems(rubric2011);
    expect(items).toHaveLength(30);
    expect(items.map((i) => i.number)).toEqual(expected.map((e) => e.item.number));
    const item23 = items.find((i) => i.number === 23)!;
    expect(item23.baseScore).toBe('4');
    for (const { item, category } of expected) {
      const row = items.find((i) => i.itemId === item.id)!;
      expect(row.categoryId).toBe(category.id);
      expect(row.departments).toEqual(item.departments);
      expect(row.reviewingDepartments).toEqual(reviewingDepartments(item));
    }
    expect((await getPublishedRubric(db(), 2031))?.id).toBe(draft.id);
    expect((await getRubric(db(), draft.id))?.document.title).toBe(
      '2031年度工会工作目标管理考核表',
    );
  });

  it('allows one published rubric per year', async () => {
    const a = await createRubric(db(), ADMIN, { document: cloneRubricToYear(rubric2011, 2032) });
    const b = await createRubric(db(), ADMIN, { document: cloneRubricToYear(rubric2011, 2032) });
    await publishRubric(db(), ADMIN, { rubricId: a.id, expectedVersion: 1 });
    const e = await rejection(publishRubric(db(), ADMIN, { rubricId: b.id, expectedVersion: 1 }));
    expect(e.code).toBe('CONFLICT');
    expect(e.text.zh).toContain('该年度已有已发布的考核表');
    expect((await getRubric(db(), b.id))?.status).toBe('draft');

    await archiveRubric(db(), ADMIN, { rubricId: a.id, expectedVersion: 2, reason: '修订' });
    await publishRubric(db(), ADMIN, { rubricId: b.id, expectedVersion: 1 });
    const summaries = await listRubrics(db(), { year: 2032 });
    expect(summaries.map((s) => s.status).sort()).toEqual(['archived', 'published']);
    expect(summaries[0]!.title).toBe('2032年度工会工作目标管理考核表');
  });

  it('edits a draft with optimistic concurrency and records the diff', async () => {
    const doc = cloneRubricToYear(rubric2011, 2033);
    const draft = await createRubric(db(), ADMIN, { document: doc });
    const edited = structuredClone(doc);
    edited.title = '2033年度工会工作目标管理考核表（修订）';
    const updated = await updateRubricDraft(db(), ADMIN, {
      rubricId: draft.id,
      document: edited,
      expectedVersion: 1,
    });
    expect(updated.version).toBe(2);
    const stale = await rejection(
      updateRubricDraft(db(), ADMIN, { rubricId: draft.id, document: doc, expectedVersion: 1 }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((stale.details as { current: { version: number } }).current.version).toBe(2);

    const [event] = await listAuditEvents(db(), { entityType: 'rubric', entityId: draft.id });
    expect(event).toMatchObject({ action: 'rubric.updateDraft' });
    expect((event!.after as { changes: unknown[] }).changes).toContainEqual(
      expect.objectContaining({ kind: 'rubricChanged', path: 'title' }),
    );

    await publishRubric(db(), ADMIN, { rubricId: draft.id, expectedVersion: 2 });
    const locked = await rejection(
      updateRubricDraft(db(), ADMIN, { rubricId: draft.id, document: doc, expectedVersion: 3 }),
    );
    expect(locked.code).toBe('LOCKED');
  });

  it('refuses to publish an invalid rubric and keeps it a draft', async () => {
    const doc = cloneRubricToYear(rubric2011, 2034);
    doc.total = 121; // the items add up to 120
    const draft = await createRubric(db(), ADMIN, { document: doc });
    const e = await rejection(
      publishRubric(db(), ADMIN, { rubricId: draft.id, expectedVersion: 1 }),
    );
    expect(e.code).toBe('INVALID_RUBRIC');
    expect((e.details as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    expect(await getRubric(db(), draft.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(await listRubricItems(db(), draft.id)).toEqual([]);

    const malformed = await rejection(createRubric(db(), ADMIN, { document: { year: 'x' } }));
    expect(malformed.code).toBe('INVALID_RUBRIC');
  });
});
