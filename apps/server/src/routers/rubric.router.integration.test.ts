/**
 * Next year's rubric through the API (issue 6): list, clone 2011 into 2012 (ids kept),
 * save a draft with problems, compare, publish only when clean, refuse edits of a
 * published or used rubric (RUBRIC_IMMUTABLE), stale versions (CONFLICT), one published
 * rubric per year, discard a draft, and a cycle created from the published 2012 rubric.
 */
import { getRubric } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { fromExchange, type Rubric, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppTrpcError } from '../errors.ts';
import { exchangeJson } from '../services/rubric-service.ts';
import {
  type Caller,
  createHarness,
  fingerprint,
  type Harness,
  outcome,
  UNITS,
  USERS,
} from '../testing/harness.ts';

/** The refusal a call ends in: its domain code, texts and details. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppTrpcError)) throw new Error(`expected a refusal, got ${error}`);
  return { code: error.domainCode, text: error.text, details: error.details as never };
}

const itemOf = (r: Rubric, id: string) => rubricItems(r).find(({ item }) => item.id === id)!.item;

describeEachEngine('rubric router: next year’s rubric', ({ db }) => {
  let h: Harness;
  let admin: Caller;
  let draftId: string;
  let draft: Rubric;
  let version: number;

  beforeAll(async () => {
    h = await createHarness(db());
    admin = h.as(USERS.admin);
  });
  afterAll(() => h.dispose());

  it('lists the published 2011 rubric with its items and the cycle that uses it', async () => {
    const list = await admin.rubric.list();
    expect(list).toEqual([
      expect.objectContaining({
        id: h.rubricId,
        year: 2011,
        status: 'published',
        itemCount: 30,
        cycleCount: 1,
        title: rubric2011.title,
      }),
    ]);
    const got = await h.as(USERS.unitA).rubric.get({ year: 2011 });
    expect(got).toMatchObject({ id: h.rubricId, status: 'published', inUse: true });
    expect(got.version).toBeGreaterThanOrEqual(1);
    expect(await outcome(h.as(USERS.chairman).rubric.list())).toBe('FORBIDDEN');
  });

  it('clones 2011 into a 2012 draft that keeps every id', async () => {
    const { id } = await admin.rubric.clone({ sourceId: h.rubricId, year: 2012 });
    draftId = id;
    const got = await admin.rubric.get({ id });
    expect(got).toMatchObject({ status: 'draft', inUse: false, version: 1 });
    draft = got.document;
    version = got.version;
    expect(draft.year).toBe(2012);
    expect(draft.title).toBe('2012年度工会工作目标管理考核表');
    const ids = (r: Rubric) => rubricItems(r).map(({ item }) => [item.id, item.number]);
    expect(ids(draft)).toEqual(ids(rubric2011));
    expect(draft.bonusItems.map((b) => b.id)).toEqual(rubric2011.bonusItems.map((b) => b.id));
    // Only the admin sees the draft.
    expect(await outcome(h.as(USERS.unitA).rubric.get({ id }))).toBe('NOT_FOUND');
    expect((await admin.rubric.list()).map((r) => [r.year, r.status])).toEqual([
      [2012, 'draft'],
      [2011, 'published'],
    ]);
  });

  it('refuses a second clone into a year that has a draft or a published rubric, saying which', async () => {
    const before = await fingerprint(h.db);
    const twice = await refusal(admin.rubric.clone({ sourceId: h.rubricId, year: 2012 }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.text.zh).toContain('2012年度已有草稿「2012年度工会工作目标管理考核表」');
    expect(twice.text.en).toContain('2012 already has a draft');
    const published = await refusal(admin.rubric.clone({ sourceId: draftId, year: 2011 }));
    expect(published.code).toBe('CONFLICT');
    expect(published.text.zh).toContain('2011年度已有已发布的考核表');
    expect(published.text.en).toContain('2011 already has a published rubric');
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('saves a draft with validation problems and returns them with their paths', async () => {
    const next = structuredClone(draft);
    const item1 = itemOf(next, 'party-union-cobuilding');
    item1.baseScore = 7; // 6 → 7
    const b = item1.rule.criteria.find((c) => c.id === 'b')!;
    if (b.kind !== 'award') throw new Error('item 1 b is an award');
    b.points = 5; // 4 → 5: the rule reaches 7 again, but the table adds up to 121
    const saved = await admin.rubric.saveDraft({
      id: draftId,
      expectedVersion: version,
      document: next,
    });
    expect(saved.version).toBe(version + 1);
    expect(saved.problems).toEqual([
      expect.objectContaining({
        path: ['total'],
        field: 'total',
        code: 'totalMismatch',
        zh: '各项基本分值之和为121分，与合计120分不符',
      }),
    ]);
    version = saved.version;
    draft = next;
    expect(itemOf((await admin.rubric.get({ id: draftId })).document, item1.id).baseScore).toBe(7);
  });

  it('refuses a malformed document and a stale version, changing nothing', async () => {
    const before = await fingerprint(h.db);
    const malformed = await refusal(
      admin.rubric.saveDraft({
        id: draftId,
        expectedVersion: version,
        document: { ...draft, categories: 'none' } as never,
      }),
    );
    expect(malformed.code).toBe('INVALID_RUBRIC');
    const stale = await refusal(
      admin.rubric.saveDraft({ id: draftId, expectedVersion: version - 1, document: draft }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.text.zh).toBe('数据已被他人修改，请刷新后重试');
    expect(
      (await refusal(admin.rubric.publish({ id: draftId, expectedVersion: version - 1 }))).code,
    ).toBe('CONFLICT');
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('compares 2011 with the draft field by field', async () => {
    const diff = await admin.rubric.diff({ fromId: h.rubricId, toId: draftId });
    expect(diff.from).toMatchObject({ id: h.rubricId, year: 2011, title: rubric2011.title });
    expect(diff.to).toMatchObject({ id: draftId, year: 2012, status: 'draft' });
    expect(diff.changes).toEqual([
      { kind: 'rubricChanged', path: 'title', before: rubric2011.title, after: draft.title },
      {
        kind: 'itemChanged',
        itemId: 'party-union-cobuilding',
        number: 1,
        path: 'baseScore',
        before: 6,
        after: 7,
      },
      {
        kind: 'itemChanged',
        itemId: 'party-union-cobuilding',
        number: 1,
        path: 'rule.criteria[b].points',
        before: 4,
        after: 5,
      },
    ]);
  });

  it('refuses to publish while the draft is invalid, listing the problems, and changes nothing', async () => {
    const before = await fingerprint(h.db);
    const refused = await refusal(admin.rubric.publish({ id: draftId, expectedVersion: version }));
    expect(refused.code).toBe('INVALID_RUBRIC');
    expect(refused.text.zh).toBe(
      '考核表有1处问题，修正后才能发布：合计: 各项基本分值之和为121分，与合计120分不符',
    );
    expect(refused.text.en).toContain('1 problem(s) to fix before it can be published');
    expect((refused.details as { problems: unknown[] }).problems).toHaveLength(1);
    expect(await fingerprint(h.db)).toEqual(before);
    expect((await getRubric(h.db, draftId))!.status).toBe('draft');
  });

  it('publishes once clean; the rubric is then frozen and offered for cloning', async () => {
    const fixed = structuredClone(draft);
    fixed.total = 121;
    const saved = await admin.rubric.saveDraft({
      id: draftId,
      expectedVersion: version,
      document: fixed,
    });
    expect(saved.problems).toEqual([]);
    const published = await admin.rubric.publish({ id: draftId, expectedVersion: saved.version });
    expect(published).toEqual({ id: draftId, status: 'published', version: saved.version + 1 });
    version = published.version;
    draft = fixed;
    // Now every signed-in user reads it as the 2012 rubric.
    const byYear = await h.as(USERS.unitA).rubric.get({ year: 2012 });
    expect(byYear).toMatchObject({ id: draftId, status: 'published', inUse: false });
    expect(byYear.document.total).toBe(121);

    const before = await fingerprint(h.db);
    const refused = await refusal(
      admin.rubric.saveDraft({ id: draftId, expectedVersion: version, document: fixed }),
    );
    expect(refused.code).toBe('RUBRIC_IMMUTABLE');
    expect(refused.text.zh).toBe('此考核表已发布，不能修改。可复制为新一年的草稿后修改。');
    expect(refused.text.en).toContain('Clone it into a draft for a new year');
    expect(refused.details).toMatchObject({ canClone: true, status: 'published' });
    expect(
      (await refusal(admin.rubric.publish({ id: draftId, expectedVersion: version }))).code,
    ).toBe('RUBRIC_IMMUTABLE');
    expect(
      (await refusal(admin.rubric.discardDraft({ id: draftId, expectedVersion: version }))).code,
    ).toBe('RUBRIC_IMMUTABLE');
    expect(await fingerprint(h.db)).toEqual(before);
  });

  it('creates the 2012 cycle from the published 2012 rubric; a used rubric says so', async () => {
    const cycle = await admin.cycle.create({
      name: '2012年度工会工作目标管理考核',
      rubricId: draftId,
      unitIds: [UNITS.a.id, UNITS.spare.id],
    });
    expect(cycle).toMatchObject({ year: 2012, rubricId: draftId, assessmentCount: 2 });
    const detail = await h.as(USERS.unitA).assessment.mine();
    const mine2012 = detail.find((a) => a.cycleId === cycle.id);
    expect(mine2012).toBeDefined();
    expect((await admin.rubric.get({ id: draftId })).inUse).toBe(true);
    const refused = await refusal(
      admin.rubric.saveDraft({ id: draftId, expectedVersion: version, document: draft }),
    );
    expect(refused.text.zh).toBe(
      '此考核表已发布并被考核周期使用，不能修改。可复制为新一年的草稿后修改。',
    );
    expect(refused.text.en).toBe(
      'This rubric is published and a cycle uses it; it cannot change. Clone it into a draft for a new year and edit that.',
    );
    expect((await admin.rubric.list()).find((r) => r.id === draftId)).toMatchObject({
      cycleCount: 1,
      itemCount: 30,
    });
  });

  it('refuses a second published rubric for a year, explained, and discards a draft', async () => {
    const other = await admin.rubric.createDraft({
      document: { ...structuredClone(draft), title: '2012年度考核表（另一版）' },
    });
    expect(other.problems).toEqual([]);
    const before = await fingerprint(h.db);
    const refused = await refusal(
      admin.rubric.publish({ id: other.id, expectedVersion: other.version }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.text.zh).toContain('2012年度已发布考核表「2012年度工会工作目标管理考核表」');
    expect(refused.text.zh).toContain('每个年度只能有一个已发布的考核表');
    expect(await fingerprint(h.db)).toEqual(before);

    expect(
      (
        await refusal(
          admin.rubric.discardDraft({ id: other.id, expectedVersion: other.version + 1 }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(
      await admin.rubric.discardDraft({ id: other.id, expectedVersion: other.version }),
    ).toEqual({
      ok: true,
    });
    expect(await outcome(admin.rubric.get({ id: other.id }))).toBe('NOT_FOUND');
    expect((await admin.rubric.list()).some((r) => r.id === other.id)).toBe(false);
  });

  it('JSON export → createDraft gives back the identical document', async () => {
    const exported = exchangeJson(rubric2011);
    const { id, problems } = await admin.rubric.createDraft({
      document: fromExchange(JSON.parse(exported)) as never,
    });
    expect(problems).toEqual([]);
    const got = await admin.rubric.get({ id });
    expect(got.document).toEqual(rubric2011);
    expect(exchangeJson(got.document)).toBe(exported);
    await admin.rubric.discardDraft({ id, expectedVersion: got.version });
  });

  describe('who', () => {
    it('only the admin writes rubrics', async () => {
      const before = await fingerprint(h.db);
      expect(
        await outcome(h.as(USERS.chairman).rubric.clone({ sourceId: h.rubricId, year: 2013 })),
      ).toBe('FORBIDDEN');
      expect(await outcome(h.as(null).rubric.createDraft({ document: rubric2011 }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await fingerprint(h.db)).toEqual(before);
    });
  });
});
