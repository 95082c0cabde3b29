/**
 * audit.history per role (decision 015): what each role reads of an assessment's history,
 * named and in the reader's language, every page of it.
 */
import { addEvidence, deleteEvidence, withAudit } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import type { Actor } from '@kaohe/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentAt, ITEMS, RETURNED_ITEM, version } from '../testing/drive.ts';
import { createHarness, type Harness, outcome, UNITS, USERS } from '../testing/harness.ts';

/** 第2项 is 组织部's alone; 第7项 (RETURNED_ITEM) 法律部's alone. */
const ORG_ITEM = 'union-founding';
const UNIT_A: Actor = { userId: USERS.unitA, role: 'unit', unitId: UNITS.a.id, departmentId: null };
const itemsOf = (departmentId: string) =>
  new Set(ITEMS.filter((i) => i.departments.includes(departmentId)).map((i) => i.id));

describeEachEngine('audit.history', ({ db }) => {
  let h: Harness;

  /** Every page of a history, through the procedure's cursor. */
  async function everything(
    username: string,
    input: { assessmentId: string; itemId?: string; limit?: number },
  ) {
    const events = [];
    let cursor: number | null = null;
    let total = 0;
    do {
      const page = await h.as(username).audit.history({ ...input, cursor });
      events.push(...page.events);
      total = page.total;
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(events).toHaveLength(total);
    return events;
  }

  /** The unit uploads to 第2项 and 第7项 while self-scoring and deletes one of 第2项's. */
  async function withEvidence(assessmentId: string) {
    const file = (itemId: string, fileName: string) => ({
      assessmentId,
      itemId,
      fileName,
      mimeType: 'application/pdf',
      sizeBytes: 1024,
      sha256: 'cd'.repeat(32),
      storagePath: `${assessmentId}/${itemId}/${fileName}`,
    });
    const wrong = await addEvidence(h.db, UNIT_A, file(ORG_ITEM, '建会名册（旧）.pdf'));
    await addEvidence(h.db, UNIT_A, file(ORG_ITEM, '建会名册.pdf'));
    await deleteEvidence(h.db, UNIT_A, { evidenceId: wrong.id, reason: '上传错了版本' });
    await addEvidence(h.db, UNIT_A, file(RETURNED_ITEM, '调解组织台账.pdf'));
  }

  let atFinal: string;

  beforeAll(async () => {
    h = await createHarness(db());
    atFinal = await assessmentAt(h, 'finalApproval', { whileSelfScoring: withEvidence });
  });

  afterAll(() => h.dispose());

  describe('each role reads what the visibility table gives it', () => {
    it('a department reads its items’ events and its own steps: no other item’s evidence, no bonus', async () => {
      const legal = await everything(USERS.dept('legal'), { assessmentId: atFinal });
      const mine = itemsOf('legal');
      expect(legal.filter((e) => e.itemId !== null && !mine.has(e.itemId))).toEqual([]);
      expect(legal.filter((e) => e.entityType === 'bonusAward')).toEqual([]);
      expect(legal.filter((e) => e.action === 'evidence.add').map((e) => e.itemId)).toEqual([
        RETURNED_ITEM,
      ]);
      expect(
        legal
          .filter((e) => e.action === 'assessment.COMPLETE_REVIEW')
          .map((e) => e.actorDepartmentId),
      ).toEqual(['legal']);
      expect(legal.map((e) => e.action)).not.toContain('assessment.COMPLETE_BONUS');
      expect(legal.map((e) => e.action)).toContain('assessment.SUBMIT');
      // What the attack found: file name, sha-256, storage path and uploader of 第2项.
      expect(JSON.stringify(legal)).not.toContain('建会名册');

      // A department with no evidence on its items reads none.
      const finance = await everything(USERS.dept('finance'), { assessmentId: atFinal });
      expect(finance.filter((e) => e.entityType === 'evidence')).toEqual([]);
      expect(
        await outcome(
          h.as(USERS.dept('finance')).audit.history({ assessmentId: atFinal, itemId: ORG_ITEM }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('the unit reads its own work, the returns and the steps, not the review before approval', async () => {
      const unit = await everything(USERS.unitA, { assessmentId: atFinal });
      const actions = new Set(unit.map((e) => e.action));
      for (const hidden of [
        'itemReview.saveReviewScore',
        'bonus.award',
        'assessment.COMPLETE_BONUS',
      ]) {
        expect(actions, hidden).not.toContain(hidden);
      }
      for (const shown of ['assessment.SUBMIT', 'evidence.add', 'evidence.delete']) {
        expect(actions, shown).toContain(shown);
      }
      expect(unit.filter((e) => e.action === 'assessment.COMPLETE_REVIEW').length).toBeGreaterThan(
        1,
      );
      expect(await outcome(h.as(USERS.unitB).audit.history({ assessmentId: atFinal }))).toBe(
        'FORBIDDEN',
      );
    });

    it('the chairman’s office and the admin read every event, none cut', async () => {
      const stored = await h.db
        .selectFrom('auditEvents')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('assessmentId', '=', atFinal)
        .executeTakeFirstOrThrow();
      for (const user of [USERS.chairman, USERS.admin]) {
        const all = await everything(user, { assessmentId: atFinal, limit: 200 });
        expect(all).toHaveLength(Number(stored.n));
        expect(all.map((e) => e.action)).toContain('bonus.award');
      }
    });

    it('no role receives an evidence file’s storage path or the workflow snapshot', async () => {
      for (const user of [USERS.admin, USERS.unitA, USERS.dept('org')]) {
        const text = JSON.stringify(await everything(user, { assessmentId: atFinal }));
        expect(text).toContain('fileName');
        expect(text).not.toContain('storagePath');
        expect(text).not.toContain('snapshot');
      }
    });

    it('once approved the unit reads the review and the bonus too', async () => {
      await h.as(USERS.chairman).approval.approve({
        assessmentId: atFinal,
        expectedVersion: await version(h, atFinal),
        command: { type: 'APPROVE' },
      });
      const actions = (await everything(USERS.unitA, { assessmentId: atFinal })).map(
        (e) => e.action,
      );
      expect(actions).toContain('itemReview.saveReviewScore');
      expect(actions).toContain('bonus.award');
      expect(actions).toContain('assessment.APPROVE');
    });
  });

  describe('one item’s history', () => {
    it('has its evidence uploads and deletions, each actor by name, in order', async () => {
      const events = await everything(USERS.dept('org'), {
        assessmentId: atFinal,
        itemId: ORG_ITEM,
      });
      // Newest first: the self score came first, then two uploads and a deletion.
      expect(events.map((e) => e.action).slice(-4)).toEqual([
        'evidence.delete',
        'evidence.add',
        'evidence.add',
        'itemScore.saveSelfScore',
      ]);
      const deletion = events.find((e) => e.action === 'evidence.delete')!;
      expect(deletion).toMatchObject({
        actorName: `${UNITS.a.name}填报员`,
        actorRole: 'unit',
        reason: { zh: '上传错了版本', en: '上传错了版本' },
        after: expect.objectContaining({ fileName: '建会名册（旧）.pdf' }),
      });
      const review = events.find((e) => e.action === 'itemReview.saveReviewScore')!;
      expect(review).toMatchObject({
        actorName: 'org考评员',
        actorDepartmentId: 'org',
        actorDepartmentName: '组织部',
      });
    });

    it('a resubmission’s reason is in words, in both languages', async () => {
      const returned = await assessmentAt(h, 'returned');
      await h.as(USERS.unitA).assessment.resubmit({
        assessmentId: returned,
        expectedVersion: await version(h, returned),
        command: { type: 'RESUBMIT' },
      });
      const events = await everything(USERS.unitA, {
        assessmentId: returned,
        itemId: RETURNED_ITEM,
      });
      const reopened = events.find((e) => e.action === 'itemReview.reopen')!;
      expect(reopened.reason).toEqual({
        zh: '单位修改后重新提交',
        en: 'The unit revised and resubmitted it',
      });
      const returnEvent = events.find((e) => e.action === 'itemReview.return')!;
      expect(returnEvent).toMatchObject({
        actorName: 'legal考评员',
        actorDepartmentName: '法律部',
        reason: { zh: '调解组织建立率与年报不一致，请核实' },
      });
    });

    it('pages 1,233 saves of one item among newer events of others, every one shown', async () => {
      const assessmentId = h.assessments[UNITS.b.id]!;
      const key = (itemId: string) => ({
        action: 'itemScore.saveSelfScore',
        entityType: 'itemScore',
        entityId: `${assessmentId}/${itemId}`,
        assessmentId,
      });
      const unitB: Actor = {
        userId: USERS.unitB,
        role: 'unit',
        unitId: UNITS.b.id,
        departmentId: null,
      };
      await withAudit(h.db, unitB, async () => ({
        result: null,
        audit: [
          ...Array.from({ length: 1233 }, (_, i) => ({ ...key(ORG_ITEM), after: { n: i } })),
          ...Array.from({ length: 1100 }, (_, i) => ({ ...key(RETURNED_ITEM), after: { n: i } })),
        ],
      }));
      const first = await h.as(USERS.unitB).audit.history({ assessmentId, itemId: ORG_ITEM });
      expect(first.events).toHaveLength(50);
      expect(first.total).toBe(1233);
      expect(first.nextCursor).toBe(first.events[49]!.id);
      const events = await everything(USERS.unitB, { assessmentId, itemId: ORG_ITEM, limit: 200 });
      expect(events.map((e) => (e.after as { n: number }).n)).toEqual(
        Array.from({ length: 1233 }, (_, i) => 1232 - i),
      );
    });
  });
});
