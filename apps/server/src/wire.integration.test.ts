/**
 * The wire of decision 029: a result marked plain goes out as superjson's own `{ json }`
 * envelope, untouched, and reads back exactly (decimal text, nulls, Chinese text) through
 * the real server; every other result is still superjson, so its dates arrive as Date.
 */
import { reportMatrix, reviewGrid } from '@kaohe/db';
import { describeEachEngine } from '@kaohe/db/testing';
import { DEFAULT_PAGE_SIZE } from '@kaohe/domain';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './http/app.ts';
import { selfScoreAll, version } from './testing/drive.ts';
import { createHarness, type Harness, TEST_PASSWORD, UNITS, USERS } from './testing/harness.ts';
import { HttpClient } from './testing/http.ts';
import { plainJson, transformer } from './wire.ts';

describe('the transformer', () => {
  const value = {
    rows: [
      { unitName: '河西区总工会', score: '4.50', total: '-0.05', note: null, count: 0, ok: true },
      {
        unitName: 'Ünïcode “quotes” \\ and\nnewlines',
        score: null,
        total: '100',
        note: '',
        count: 3,
        ok: false,
      },
    ],
    items: [],
  };

  const overTheWire = (result: unknown) => JSON.parse(JSON.stringify(result));

  it('sends a marked result as it is, in the envelope superjson reads', () => {
    const sent = transformer.output.serialize(plainJson(structuredClone(value)));
    expect(sent).toEqual({ json: value });
    expect(sent).not.toHaveProperty('meta');
    expect(superjson.deserialize(overTheWire(sent))).toEqual(value);
  });

  it('sends a marked part as it is, and the rest through superjson', () => {
    const at = new Date('2011-12-10T08:30:00.000Z');
    const part = structuredClone(value);
    const sent = transformer.output.serialize({ at, part: plainJson(part) });
    expect((sent.json as { part: unknown }).part).toBe(part);
    const back = superjson.deserialize<{ at: Date; part: unknown }>(overTheWire(sent));
    expect(back.at).toEqual(at);
    expect(back.part).toEqual(value);
  });

  it('still sends dates (and anything else) through superjson', () => {
    const at = new Date('2011-12-10T08:30:00.000Z');
    const sent = transformer.output.serialize({ at, rows: [{ score: '1.00' }] });
    const back = superjson.deserialize<{ at: Date }>(overTheWire(sent));
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.getTime()).toBe(at.getTime());
  });
});

describeEachEngine('the wire through the server', ({ db }) => {
  let h: Harness;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const a = () => h.assessments[UNITS.a.id]!;

  beforeAll(async () => {
    h = await createHarness(db());
    await selfScoreAll(h, a(), USERS.unitA);
    await h.as(USERS.unitA).assessment.submit({
      assessmentId: a(),
      expectedVersion: await version(h, a()),
      command: { type: 'SUBMIT' },
    });
    app = await buildApp(h.deps, { webDist: null });
  });
  afterAll(async () => {
    await app.close();
    await h.dispose();
  });

  async function signedIn(username: string) {
    const client = new HttpClient(app);
    expect((await client.login(username, TEST_PASSWORD)).ok).toBe(true);
    return client;
  }

  it('review.grid arrives exactly as the query built it, without superjson annotations', async () => {
    const legal = await signedIn(USERS.dept('legal'));
    const response = await legal.query('review.grid', { cycleId: h.cycleId });
    expect(response.ok).toBe(true);
    const body = response.response.json() as {
      result: { data: { json: unknown; meta?: unknown } };
    };
    expect(body.result.data).not.toHaveProperty('meta');
    const expected = await reviewGrid(db(), {
      cycleId: h.cycleId,
      departmentId: 'legal',
      notStage: 'selfScoring',
      page: { page: 1, pageSize: DEFAULT_PAGE_SIZE },
    });
    expect(body.result.data.json).toEqual(expected);
    // What it holds: Chinese names, decimal text and nulls (a review not yet given).
    expect(expected.rows.map((r) => r.unitName)).toContain(UNITS.a.name);
    const cells = expected.rows.flatMap((r) => r.cells);
    expect(cells.some((c) => c.selfScore !== null && /^\d+(\.\d+)?$/.test(c.selfScore))).toBe(true);
    expect(cells.some((c) => c.reviewScore === null)).toBe(true);
  });

  it('report.matrix arrives exactly as the query built it', async () => {
    const chairman = await signedIn(USERS.chairman);
    const response = await chairman.query('report.matrix', { cycleId: h.cycleId });
    expect(response.ok && response.data).toEqual(await reportMatrix(db(), { cycleId: h.cycleId }));
  });

  it('dates elsewhere still arrive as Date (auth.me, assessment.byId)', async () => {
    const unit = await signedIn(USERS.unitA);
    const me = await unit.query<{ user: { createdAt: unknown } }>('auth.me');
    expect(me.ok && me.data.user.createdAt).toBeInstanceOf(Date);
    const detail = await unit.query<{
      submittedAt: unknown;
      unitName: string;
      rubric: unknown;
    }>('assessment.byId', { id: a() });
    expect(detail.ok && detail.data.submittedAt).toBeInstanceOf(Date);
    expect(detail.ok && detail.data.unitName).toBe(UNITS.a.name);
    // The rubric comes with it (one round trip for the page), as rubric.get gives it.
    const { document } = await h.as(USERS.unitA).rubric.get({ id: h.rubricId });
    expect(detail.ok && detail.data.rubric).toEqual(document);
  });
});
