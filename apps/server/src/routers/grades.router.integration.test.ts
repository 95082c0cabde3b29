import { listAuditEvents } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { issueText } from '@kaohe/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { assessmentAt, cycleOf } from '../testing/drive.ts';
import { createHarness, type Harness, outcome, UNITS, USERS } from '../testing/harness.ts';

/** The zh and en messages of an input refusal, as the web shows them beside the field. */
async function inputProblems(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const cause = (error as TRPCError).cause;
  expect(cause).toBeInstanceOf(ZodError);
  return (cause as ZodError).issues.map((i) => ({
    path: i.path.join('.'),
    ...issueText(i.message),
  }));
}

describeEachEngine('grades router', ({ db }) => {
  let h: Harness;
  let approvedId: string;
  let cycleId: string;
  const admin = () => h.as(USERS.admin);

  beforeAll(async () => {
    h = await createHarness(db());
    approvedId = await assessmentAt(h, 'approved');
    cycleId = await cycleOf(h, approvedId);
  }, 180_000);
  afterAll(() => h.dispose());

  describe('bands', () => {
    it('refuses bad bands with a message in both languages, and stores nothing', async () => {
      const set = (bands: unknown) =>
        admin().grades.setBands({ cycleId, unitTypeId: 'district', bands: bands as never });
      expect(
        await inputProblems(
          set({
            mode: 'total',
            bands: [
              { label: '良好', bound: '100' },
              { label: '优秀', bound: '110' },
            ],
            otherwise: '不达标',
          }),
        ),
      ).toEqual([
        {
          path: 'bands.bands.1.bound',
          zh: '分数线须从高到低排列且不重叠：「优秀」的110分不低于上一等次的100分',
          en: 'Bands go from the highest total down without overlapping: "优秀" at 110 is not below the band before it at 100',
        },
      ]);
      expect(
        await inputProblems(
          set({
            mode: 'share',
            bands: [
              { label: '优秀', bound: 60 },
              { label: '良好', bound: 41 },
            ],
            otherwise: '一般',
          }),
        ),
      ).toEqual([
        {
          path: 'bands.bands',
          zh: '各等次比例合计101%，超过100%',
          en: 'The shares add up to 101%, over 100%',
        },
      ]);
      const labels = await inputProblems(
        set({ mode: 'total', bands: [{ label: '', bound: 1 }], otherwise: '优秀' }),
      );
      expect(labels[0]).toMatchObject({ zh: '请填写等次名称', en: 'a grade label is required' });
      expect(
        await outcome(
          admin().grades.setBands({
            cycleId,
            unitTypeId: 'nowhere',
            bands: { mode: 'total', bands: [{ label: 'A', bound: 1 }], otherwise: 'B' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await admin().grades.bands({ cycleId })).toEqual([]);
    });

    it('grades appear in the ranking, on the unit’s own result and over the years once bands are set', async () => {
      const before = await admin().report.ranking({ cycleId });
      expect(before.every((r) => r.grade === null)).toBe(true);
      const set = await admin().grades.setBands({
        cycleId,
        unitTypeId: 'district',
        bands: {
          mode: 'total',
          bands: [
            { label: '优秀', bound: '110' },
            { label: '良好', bound: '100' },
          ],
          otherwise: '达标',
        },
      });
      const ranking = await h.as(USERS.chairman).report.ranking({ cycleId });
      const mine = ranking.find((r) => r.assessmentId === approvedId)!;
      expect(mine.grade).toMatch(/^(优秀|良好|达标)$/);
      const unit = await h.as(USERS.unitA).grades.ofAssessment({ assessmentId: approvedId });
      expect(unit).toMatchObject({ visible: true, grade: mine.grade, rank: mine.rank });
      const years = await h.as(USERS.unitA).report.yearOverYear({ unitId: UNITS.a.id });
      expect(years.cycles.find((c) => c.assessmentId === approvedId)!.grade).toBe(mine.grade);
      // A stale version is refused and changes nothing.
      expect(
        await outcome(
          admin().grades.setBands({
            cycleId,
            unitTypeId: 'district',
            bands: { mode: 'share', bands: [{ label: 'A', bound: 10 }], otherwise: 'B' },
            expectedVersion: set.version + 5,
          }),
        ),
      ).toBe('CONFLICT');
      expect((await admin().grades.bands({ cycleId }))[0]!.version).toBe(set.version);
    });
  });

  describe('不予评先 by hand', () => {
    it('needs a condition and a reason, is audited, shows in the ranking, and is lifted with a reason', async () => {
      const chairman = h.as(USERS.chairman);
      expect(
        await outcome(
          chairman.grades.bar({ assessmentId: approvedId, condition: ' ', reason: 'r' }),
        ),
      ).toBe('BAD_REQUEST');
      expect(
        await outcome(
          chairman.grades.bar({ assessmentId: approvedId, condition: '违纪', reason: '' }),
        ),
      ).toBe('BAD_REQUEST');
      expect(
        await outcome(
          chairman.grades.bar({ assessmentId: 'nothing', condition: '违纪', reason: 'r' }),
        ),
      ).toBe('NOT_FOUND');
      const { id } = await chairman.grades.bar({
        assessmentId: approvedId,
        condition: '发生重大安全责任事故',
        reason: '经主席室会议研究决定',
      });
      const row = (await chairman.report.ranking({ cycleId })).find(
        (r) => r.assessmentId === approvedId,
      )!;
      expect(row).toMatchObject({ barredFromHonours: true, barredByHand: true });
      expect(
        await h.as(USERS.unitA).grades.ofAssessment({ assessmentId: approvedId }),
      ).toMatchObject({
        barredFromHonours: true,
        bars: [{ condition: '发生重大安全责任事故', reason: '经主席室会议研究决定' }],
      });
      // The unit sees it in its history (after approval), as the bonus.
      const history = await h.as(USERS.unitA).audit.history({ assessmentId: approvedId });
      expect(history.events.map((e) => e.action)).toContain('honours.bar');

      await admin().grades.lift({ barId: id, reason: '经复核撤销' });
      expect(await outcome(admin().grades.lift({ barId: id, reason: '再次' }))).toBe('CONFLICT');
      const events = await listAuditEvents(h.db, { entityType: 'honoursBar', entityId: id });
      expect(events.map((e) => [e.action, e.reason, e.actorRole])).toEqual([
        ['honours.lift', '经复核撤销', 'admin'],
        ['honours.bar', '经主席室会议研究决定', 'chairman'],
      ]);
      const [bar] = await admin().grades.bars({ cycleId });
      expect(bar).toMatchObject({ unitName: UNITS.a.name, liftReason: '经复核撤销' });
      expect(
        (await chairman.report.ranking({ cycleId })).find((r) => r.assessmentId === approvedId)!
          .barredFromHonours,
      ).toBe(false);
    });

    it('a unit sees nothing of its grade before approval', async () => {
      const reviewId = await assessmentAt(h, 'review');
      expect(await h.as(USERS.unitA).grades.ofAssessment({ assessmentId: reviewId })).toEqual({
        visible: false,
        grade: null,
        rank: null,
        barredFromHonours: false,
        vetoedItemIds: [],
        bars: [],
      });
    });
  });
});
