import { createRubric, SYSTEM_ACTOR } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  createHarness,
  type Harness,
  outcome,
  UNITS,
  USERS,
} from '../testing/harness.ts';

describeEachEngine('cycle and rubric routers', ({ db }) => {
  let h: Harness;
  let admin: Caller;
  let draftId: string;

  beforeAll(async () => {
    h = await createHarness(db());
    admin = h.as(USERS.admin);
    // Next year's rubric, still a draft in the office's hands.
    const draft = await createRubric(db(), SYSTEM_ACTOR, {
      id: 'rubric-2012-draft',
      document: { ...rubric2011, year: 2012, title: '2012年度工会工作目标管理考核表（草案）' },
    });
    draftId = draft.id;
  });

  afterAll(() => h.dispose());

  describe('rubric', () => {
    it('everyone signed in reads the published 2011 rubric, by year or by id', async () => {
      const byYear = await h.as(USERS.unitA).rubric.get({ year: 2011 });
      expect(byYear.status).toBe('published');
      expect(byYear.document.categories.flatMap((c) => c.items)).toHaveLength(30);
      const byId = await h.as(USERS.dept('legal')).rubric.get({ id: byYear.id });
      expect(byId.document.title).toBe(byYear.document.title);
    });

    it('a draft is the admin’s alone: others get NOT_FOUND and do not see it listed', async () => {
      expect((await admin.rubric.get({ id: draftId })).status).toBe('draft');
      expect(await outcome(h.as(USERS.chairman).rubric.get({ id: draftId }))).toBe('NOT_FOUND');
      expect(await outcome(h.as(USERS.unitA).rubric.get({ year: 2012 }))).toBe('NOT_FOUND');
      expect((await admin.rubric.years()).map((r) => r.year).sort()).toEqual([2011, 2012]);
      expect((await h.as(USERS.unitA).rubric.years()).map((r) => r.year)).toEqual([2011]);
    });
  });

  describe('cycle', () => {
    it('creates a cycle from the published rubric: an assessment per chosen unit, in self-scoring', async () => {
      const cycle = await admin.cycle.create({
        name: '  2011年度考核（第二批）  ',
        rubricId: h.rubricId,
        unitIds: [UNITS.spare.id, UNITS.b.id, UNITS.spare.id],
        deadlines: { selfScoring: '2011-12-10', review: null },
      });
      expect(cycle).toMatchObject({
        year: 2011,
        name: '2011年度考核（第二批）',
        assessmentCount: 2,
      });
      // A deadline is the end of that day in the federation's time zone.
      expect(cycle.deadlines).toEqual({ selfScoring: new Date('2011-12-10T23:59:59+08:00') });
      const list = await admin.assessment.list({ cycleId: cycle.id });
      expect(list.map((a) => a.unitId).sort()).toEqual([UNITS.b.id, UNITS.spare.id].sort());
      expect(list.every((a) => a.stage === 'selfScoring' && a.itemCount === 30)).toBe(true);
      const detail = await admin.assessment.byId({ id: list[0]!.id });
      expect(detail.items).toHaveLength(30);
      expect(detail.view.departments).toEqual(
        Object.fromEntries(Object.keys(detail.view.departments).map((d) => [d, 'pending'])),
      );
      expect(Object.keys(detail.view.departments)).toHaveLength(11);
    });

    it('refuses a draft rubric, no units, an unknown rubric, a bad date; and creates nothing', async () => {
      const count = async () => (await admin.cycle.list()).length;
      const before = await count();
      expect(
        await outcome(
          admin.cycle.create({ name: '草案考核', rubricId: draftId, unitIds: [UNITS.a.id] }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await outcome(admin.cycle.create({ name: '空', rubricId: h.rubricId, unitIds: [] })),
      ).toBe('BAD_REQUEST');
      expect(
        await outcome(
          admin.cycle.create({ name: '无表', rubricId: 'no-such-rubric', unitIds: [UNITS.a.id] }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        await outcome(
          admin.cycle.create({
            name: '日期',
            rubricId: h.rubricId,
            unitIds: [UNITS.a.id],
            deadlines: { review: '2011-02-30' },
          }),
        ),
      ).toBe('BAD_REQUEST');
      expect(await count()).toBe(before);
    });

    it('lists cycles by year', async () => {
      const all = await h.as(USERS.unitA).cycle.list();
      expect(all.map((c) => c.id)).toContain(h.cycleId);
      expect(await h.as(USERS.unitA).cycle.list({ year: 2010 })).toEqual([]);
    });

    it('sets and clears deadlines with the cycle’s version; a stale version is a conflict', async () => {
      const current = (await admin.cycle.list()).find((c) => c.id === h.cycleId)!;
      const updated = await admin.cycle.setDeadlines({
        cycleId: h.cycleId,
        deadlines: { review: '2011-12-22', bonus: null },
        expectedVersion: current.version,
      });
      expect(updated.version).toBe(current.version + 1);
      expect(updated.deadlines.review).toEqual(new Date('2011-12-22T23:59:59+08:00'));
      expect(updated.deadlines.bonus).toBeUndefined();
      expect(updated.deadlines.selfScoring).toEqual(current.deadlines.selfScoring);
      expect(
        await outcome(
          admin.cycle.setDeadlines({
            cycleId: h.cycleId,
            // In order (after self-scoring, 12-10): only the version is wrong.
            deadlines: { review: '2011-12-15' },
            expectedVersion: current.version,
          }),
        ),
      ).toBe('CONFLICT');
      expect(
        await outcome(
          admin.cycle.setDeadlines({ cycleId: 'no-such-cycle', deadlines: {}, expectedVersion: 1 }),
        ),
      ).toBe('NOT_FOUND');
      expect((await admin.cycle.list()).find((c) => c.id === h.cycleId)!.deadlines.review).toEqual(
        new Date('2011-12-22T23:59:59+08:00'),
      );
    });
  });
});
