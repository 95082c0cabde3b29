import type { Actor } from '@kaohe/domain';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { awardBonus } from './bonus-repository.ts';
import { addEvidence, deleteEvidence } from './evidence-repository.ts';
import { type HistoryQuery, type HistoryViewer, listHistory } from './history-repository.ts';
import { saveSelfScore } from './item-score-repository.ts';
import { migrateToLatest, migrateUpTo } from './migrate.ts';
import {
  ADMIN,
  CHAIRMAN,
  createTestDb,
  departmentActor,
  describeEachEngine,
  type SeededUnit,
  seedCycle,
} from './testing.ts';
import { withAudit } from './transaction.ts';

const LEGAL = departmentActor('legal');
const ORG = departmentActor('org');
/** 第7项 is legal's alone; 第2项 is org's alone. */
const LEGAL_ITEM = 'dispute-mediation';
const ORG_ITEM = 'union-founding';

const viewers = {
  admin: { role: 'admin' },
  chairman: { role: 'chairman' },
  unit: { role: 'unit', approved: false },
  unitApproved: { role: 'unit', approved: true },
  legal: {
    role: 'department',
    departmentId: 'legal',
    itemIds: [LEGAL_ITEM, 'collective-contracts'],
  },
} satisfies Record<string, HistoryViewer>;

/** Every page of a query, following `nextBeforeId`. */
async function allPages(db: Parameters<typeof listHistory>[0], query: HistoryQuery) {
  const events = [];
  let beforeId: number | undefined;
  let pages = 0;
  for (;;) {
    const page = await listHistory(db, { ...query, ...(beforeId ? { beforeId } : {}) });
    events.push(...page.events);
    pages += 1;
    if (page.nextBeforeId === null) return { events, pages, total: page.total };
    beforeId = page.nextBeforeId;
  }
}

/** A workflow step's audit event as updateAssessmentWorkflow writes it. */
function workflowStep(assessmentId: string, type: string, context: object = {}) {
  return {
    action: `assessment.${type}`,
    entityType: 'assessment',
    entityId: assessmentId,
    assessmentId,
    before: { stage: 'review' },
    after: { stage: 'review', snapshot: { value: 'review', context } },
    reason: type === 'SEND_BACK' ? '第7项扣分依据不足' : null,
  };
}

describeEachEngine('assessment history', ({ db, engine }) => {
  it('gives the events recorded before migration 0006 their item too', async () => {
    const old = await createTestDb(engine, { migrate: false });
    try {
      const odb = old.handle.db;
      await migrateUpTo(odb, '0003-report-indexes');
      const event = (entityType: string, entityId: string, after: object | null) =>
        sql`insert into audit_events (action, entity_type, entity_id, assessment_id, after)
            values ('x', ${entityType}, ${entityId}, 'a1', ${after && JSON.stringify(after)}::jsonb)`.execute(
          odb,
        );
      await event('itemScore', 'a1/item-1', null);
      await event('itemReview', 'a1/item-2/legal', null);
      await event('evidence', crypto.randomUUID(), { itemId: 'item-3', storagePath: 'p' });
      await event('bonusAward', crypto.randomUUID(), { bonusItemId: 'bonus-1' });
      await event('assessment', 'a1', null);
      await migrateToLatest(odb);
      const rows = await odb
        .selectFrom('auditEvents')
        .select(['entityType', 'itemId'])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.itemId)).toEqual(['item-1', 'item-2', 'item-3', null, null]);
    } finally {
      await old.dispose();
    }
  });

  /** One assessment with an event of every kind the visibility table names. */
  async function assessmentWithEveryKind(): Promise<SeededUnit> {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const unit = units[0]!;
    const { assessmentId } = unit;
    await saveSelfScore(db(), unit.actor, {
      assessmentId,
      itemId: ORG_ITEM,
      inputs: {},
      selfScore: '1',
      explanation: null,
      expectedVersion: 1,
    });
    const file = (itemId: string) => ({
      assessmentId,
      itemId,
      fileName: `${itemId}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      sha256: 'ab'.repeat(32),
      storagePath: `evidence/${assessmentId}/${itemId}.pdf`,
    });
    const orgFile = await addEvidence(db(), unit.actor, file(ORG_ITEM));
    await deleteEvidence(db(), unit.actor, { evidenceId: orgFile.id, reason: '传错了' });
    await addEvidence(db(), unit.actor, file(LEGAL_ITEM));
    await awardBonus(db(), CHAIRMAN, {
      assessmentId,
      bonusItemId: 'bonus-1',
      points: '1',
      reason: '获全国五一劳动奖状',
    });
    const review = (dept: Actor, itemId: string, action: string) => ({
      action,
      entityType: 'itemReview',
      entityId: `${assessmentId}/${itemId}/${dept.departmentId}`,
      assessmentId,
      after: { reviewScore: '1', remarks: '内部意见' },
    });
    await withAudit(db(), LEGAL, async () => ({
      result: null,
      audit: [
        workflowStep(assessmentId, 'RETURN_ITEMS'),
        review(LEGAL, LEGAL_ITEM, 'itemReview.return'),
        review(LEGAL, LEGAL_ITEM, 'itemReview.saveReviewScore'),
        workflowStep(assessmentId, 'COMPLETE_REVIEW'),
      ],
    }));
    await withAudit(db(), ORG, async () => ({
      result: null,
      audit: [
        review(ORG, ORG_ITEM, 'itemReview.saveReviewScore'),
        workflowStep(assessmentId, 'COMPLETE_REVIEW'),
      ],
    }));
    await withAudit(db(), CHAIRMAN, async () => ({
      result: null,
      audit: [
        workflowStep(assessmentId, 'SEND_BACK', {
          sentBack: { departmentIds: ['org'], reason: '第2项', sentBy: CHAIRMAN.userId },
        }),
        workflowStep(assessmentId, 'COMPLETE_BONUS'),
        workflowStep(assessmentId, 'APPROVE'),
        {
          action: 'assessment.futureKind',
          entityType: 'assessment',
          entityId: assessmentId,
          assessmentId,
        },
      ],
    }));
    return unit;
  }

  const kinds = (page: {
    events: Array<{ action: string; actorDepartmentId: string | null; itemId: string | null }>;
  }) =>
    page.events
      .map(
        (e) =>
          `${e.action}${e.itemId ? ` ${e.itemId}` : ''}${e.actorDepartmentId ? ` by ${e.actorDepartmentId}` : ''}`,
      )
      .sort();

  it('each role sees what the visibility table gives it, filtered by the database', async () => {
    const { assessmentId } = await assessmentWithEveryKind();
    const read = (viewer: HistoryViewer) => listHistory(db(), { assessmentId, viewer, limit: 200 });

    const all = await read(viewers.admin);
    expect(all.total).toBe(all.events.length);
    expect(kinds(all)).toEqual(kinds(await read(viewers.chairman)));
    expect(all.events.map((e) => e.action)).toContain('assessment.futureKind');

    // Legal: its items' events (evidence of 第7项 only), its own steps, no bonus, no
    // other department's steps, no send-back that does not name it.
    expect(kinds(await read(viewers.legal))).toEqual(
      [
        `evidence.add ${LEGAL_ITEM}`,
        'assessment.RETURN_ITEMS by legal',
        `itemReview.return ${LEGAL_ITEM} by legal`,
        `itemReview.saveReviewScore ${LEGAL_ITEM} by legal`,
        'assessment.COMPLETE_REVIEW by legal',
        'assessment.APPROVE',
      ].sort(),
    );
    // Org is named by the send-back; it does not review 第7项 and so sees none of its evidence.
    const org = await read({ role: 'department', departmentId: 'org', itemIds: [ORG_ITEM] });
    expect(kinds(org)).toContain('assessment.SEND_BACK');
    expect(kinds(org)).toContain(`evidence.add ${ORG_ITEM}`);
    expect(kinds(org)).toContain(`evidence.delete ${ORG_ITEM}`);
    expect(kinds(org).filter((k) => k.includes(LEGAL_ITEM))).toEqual([]);

    // The unit before approval: no review scores, no bonus, no send-back; returns yes.
    const unit = kinds(await read(viewers.unit));
    expect(unit).toEqual(
      [
        'assessment.create',
        `itemScore.saveSelfScore ${ORG_ITEM}`,
        `evidence.add ${ORG_ITEM}`,
        `evidence.delete ${ORG_ITEM}`,
        `evidence.add ${LEGAL_ITEM}`,
        'assessment.RETURN_ITEMS by legal',
        `itemReview.return ${LEGAL_ITEM} by legal`,
        'assessment.COMPLETE_REVIEW by legal',
        'assessment.COMPLETE_REVIEW by org',
        'assessment.APPROVE',
      ].sort(),
    );
    const approved = kinds(await read(viewers.unitApproved));
    expect(approved).toEqual(
      expect.arrayContaining([
        'bonus.award',
        'assessment.SEND_BACK',
        `itemReview.saveReviewScore ${ORG_ITEM} by org`,
      ]),
    );
    expect(approved).not.toContain('assessment.futureKind');
  });

  it('names the actor and withholds the storage path and the workflow snapshot', async () => {
    const { assessmentId } = await assessmentWithEveryKind();
    const { events } = await listHistory(db(), { assessmentId, viewer: viewers.admin, limit: 200 });
    const upload = events.find((e) => e.action === 'evidence.add')!;
    expect(upload.after).toMatchObject({ fileName: expect.stringMatching(/\.pdf$/) });
    expect(JSON.stringify(events)).not.toContain('storagePath');
    expect(JSON.stringify(events)).not.toContain('evidence/');
    expect(JSON.stringify(events)).not.toContain('snapshot');
    const sendBack = events.find((e) => e.action === 'assessment.SEND_BACK')!;
    expect(sendBack).toMatchObject({
      actorName: '主席室',
      actorRole: 'chairman',
      reason: '第7项扣分依据不足',
      after: { stage: 'review' },
    });
    const legalStep = events.find((e) => e.action === 'assessment.RETURN_ITEMS')!;
    expect(legalStep).toMatchObject({
      actorName: '法律部',
      actorDepartmentId: 'legal',
      actorDepartmentName: '法律部',
    });
    expect(events.find((e) => e.action === 'assessment.create')).toMatchObject({
      actorUserId: ADMIN.userId,
      actorName: '考核办',
    });
  });

  it('finds an item’s evidence by item, uploads and deletions alike', async () => {
    const { assessmentId } = await assessmentWithEveryKind();
    const item = await listHistory(db(), {
      assessmentId,
      itemId: ORG_ITEM,
      viewer: viewers.unit,
      limit: 50,
    });
    expect(item.events.map((e) => e.action)).toEqual([
      'evidence.delete',
      'evidence.add',
      'itemScore.saveSelfScore',
    ]);
    expect(item.events[0]).toMatchObject({
      reason: '传错了',
      after: { fileName: `${ORG_ITEM}.pdf` },
    });
  });

  it('pages one item’s 1,233 saves from the database, every one of them, none twice', async () => {
    const { units } = await seedCycle(db(), { unitCount: 1 });
    const { assessmentId, actor } = units[0]!;
    const save = (i: number) => ({
      action: 'itemScore.saveSelfScore',
      entityType: 'itemScore',
      entityId: `${assessmentId}/${ORG_ITEM}`,
      assessmentId,
      before: { selfScore: String(i) },
      after: { selfScore: String(i + 1) },
    });
    // Other items' events in between, newer than most of the item's: the old read of
    // "the newest 1,000 of the assessment, then filter" lost most of the item's.
    const other = (i: number) => ({ ...save(i), entityId: `${assessmentId}/${LEGAL_ITEM}` });
    await withAudit(db(), actor, async () => ({
      result: null,
      audit: [
        ...Array.from({ length: 1233 }, (_, i) => save(i)),
        ...Array.from({ length: 1500 }, (_, i) => other(i)),
      ],
    }));
    const query = { assessmentId, itemId: ORG_ITEM, viewer: viewers.unit, limit: 200 };
    const { events, pages, total } = await allPages(db(), query);
    expect(total).toBe(1233);
    expect(pages).toBe(7);
    expect(events).toHaveLength(1233);
    expect(new Set(events.map((e) => e.id)).size).toBe(1233);
    expect(events.map((e) => (e.after as { selfScore: string }).selfScore)).toEqual(
      Array.from({ length: 1233 }, (_, i) => String(1233 - i)),
    );
    expect(events.every((e) => e.itemId === ORG_ITEM)).toBe(true);

    const first = await listHistory(db(), { ...query, limit: 50 });
    expect(first).toMatchObject({ total: 1233, nextBeforeId: first.events[49]!.id });
    expect(first.events).toHaveLength(50);
    // The whole assessment pages the same way.
    const whole = await allPages(db(), { assessmentId, viewer: viewers.admin, limit: 200 });
    expect(whole.total).toBe(1233 + 1500 + 1);
    expect(whole.events).toHaveLength(whole.total);
  });
});
