/**
 * Authorization as a property (issue 8): random (actor, target, procedure, input) over
 * every procedure of `appRouter`. Actors: a user of unit A or B, the department that owns
 * the item (法律部), one that reviews the unit but not the item (财务部), one that reviews
 * nothing (后勤部), the chairman's office, the admin, nobody. Targets: each unit's
 * assessment in review (scores of every department entered) and its draft, any item of
 * the rubric (so mostly items another department owns), and forged ids (random uuids,
 * unit ids, user ids used as assessment ids).
 *
 * Properties, for every run:
 *  - a write that touches an assessment of another unit, an item the department does not
 *    own, or a forged id is refused;
 *  - a refused write leaves the business tables byte for byte unchanged (fingerprint);
 *  - an answered read shows a unit nothing of another unit's assessments, and no review
 *    score, input or remark before approval; a department no item it does not review;
 *  - nothing ends in an internal error.
 *
 * Inputs come from a small table of generators for the procedures where a realistic input
 * matters (score saves with real criterion inputs, the current versions) and, for all the
 * others, from the procedure's own zod input with the target's ids put into the named
 * fields: a new procedure is covered without an edit, and one whose input cannot be
 * generated fails the test. Runs per engine: PROPERTY_RUNS (default 600; 1,200 in all).
 */
import { randomUUID } from 'node:crypto';
import { describeEachEngine } from '@kaohe/db/testing';
import { rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { fullInputs } from '@kaohe/workflow/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsReviewedBy } from '../services/assessment-access.ts';
import { assessmentAt, RETURN_DEADLINE } from '../testing/drive.ts';
import {
  createHarness,
  fingerprint,
  type Harness,
  outcome,
  TEST_PASSWORD,
  UNITS,
  USERS,
} from '../testing/harness.ts';
import {
  type FieldPool,
  inputArbitrary,
  jsonSchemaOf,
  type ProcedureInfo,
  procedures,
} from './procedures.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 600);
const ITEMS = rubricItems(rubric2011).map(({ item }) => item);
const BONUS_ITEMS = rubric2011.bonusItems.map((b) => b.id);
const DEPARTMENTS = rubric2011.departments.map((d) => d.id);

interface ActorSpec {
  name: string;
  username: string | null;
  role: 'unit' | 'department' | 'chairman' | 'admin' | 'anon';
  unitId?: string;
  departmentId?: string;
}

const ACTORS: ActorSpec[] = [
  { name: 'unitA', username: USERS.unitA, role: 'unit', unitId: UNITS.a.id },
  { name: 'unitB', username: USERS.unitB, role: 'unit', unitId: UNITS.b.id },
  { name: 'deptOwner', username: USERS.dept('legal'), role: 'department', departmentId: 'legal' },
  {
    name: 'deptNonOwner',
    username: USERS.dept('finance'),
    role: 'department',
    departmentId: 'finance',
  },
  {
    name: 'deptNone',
    username: USERS.logistics,
    role: 'department',
    departmentId: 'logistics',
  },
  { name: 'chairman', username: USERS.chairman, role: 'chairman' },
  { name: 'admin', username: USERS.admin, role: 'admin' },
  { name: 'anon', username: null, role: 'anon' },
];

/** What a run aims at: an assessment (of unit a or b, in review or draft) or a forged id. */
type TargetSpec =
  | { kind: 'assessment'; unit: 'a' | 'b'; draft: boolean; item: number }
  | { kind: 'forged'; id: string; item: number };

interface Resolved {
  assessmentId: string;
  /** The unit the assessment belongs to; null for a forged id. */
  unitId: string | null;
  cycleId: string;
  itemId: string;
  assessmentVersion: number;
  itemVersion: number;
  reviewVersions: Record<string, number>;
  awardIds: string[];
}

/** Custom generators: where a realistic input, not just a well-typed one, matters. */
type InputGenerator = (r: Resolved, actor: ActorSpec) => fc.Arbitrary<unknown>;

const reviewVersion = (r: Resolved, actor: ActorSpec) =>
  fc.constantFrom(r.reviewVersions[actor.departmentId ?? 'legal'] ?? 1, r.itemVersion, 1);

const GENERATORS: Record<string, InputGenerator> = {
  'assessment.saveSelfScore': (r) =>
    fc.record({
      assessmentId: fc.constant(r.assessmentId),
      itemId: fc.constant(r.itemId),
      inputs: fc.constant(fullInputs(ITEMS.find((i) => i.id === r.itemId)!)),
      explanation: fc.constantFrom('已按要求完成，详见佐证材料。', null),
      expectedVersion: fc.constantFrom(r.itemVersion, r.itemVersion + 1, 1),
    }),
  'review.saveReviewScore': (r, actor) =>
    fc.record({
      assessmentId: fc.constant(r.assessmentId),
      itemId: fc.constant(r.itemId),
      inputs: fc.constant(
        fullInputs(ITEMS.find((i) => i.id === r.itemId)!, actor.departmentId ?? 'legal'),
      ),
      remarks: fc.constantFrom(null, '与自评一致'),
      expectedVersion: reviewVersion(r, actor),
    }),
  'review.returnItems': (r) =>
    fc.record({
      assessmentId: fc.constant(r.assessmentId),
      expectedVersion: fc.constant(r.assessmentVersion),
      command: fc.record({
        type: fc.constant('RETURN_ITEMS' as const),
        itemIds: fc.constant([r.itemId]),
        reason: fc.constant('请补充佐证材料'),
        deadline: fc.constant(RETURN_DEADLINE),
      }),
    }),
  'auth.login': () =>
    fc.record({
      username: fc.constantFrom(USERS.unitA, USERS.unitB, USERS.admin, 'nobody'),
      password: fc.constantFrom('wrong-password-1234', TEST_PASSWORD.toUpperCase()),
    }),
};

/** The ids a derived input gets, by field name: all aimed at the run's target. */
function poolFor(r: Resolved, h: Harness, actor: ActorSpec): FieldPool {
  const users = Object.values(USERS).filter((u) => typeof u === 'string') as string[];
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    assessmentId: fc.constant(r.assessmentId),
    id: fc.constantFrom(r.assessmentId, r.assessmentId, r.unitId ?? r.assessmentId, h.rubricId),
    itemId: fc.constant(r.itemId),
    itemIds: fc.constant([r.itemId]),
    cycleId: fc.constant(r.cycleId),
    unitId: fc.constantFrom(UNITS.a.id, UNITS.b.id, randomUUID()),
    unitIds: fc.constant([r.unitId ?? UNITS.spare.id]),
    rubricId: fc.constant(h.rubricId),
    departmentId: fc.constantFrom(...DEPARTMENTS),
    departmentIds: fc.subarray(
      DEPARTMENTS.filter((d) => d !== 'chairman'),
      { minLength: 1 },
    ),
    userId: fc.constantFrom(...users, randomUUID()),
    actorUserId: fc.constantFrom(...users),
    awardId: fc.constantFrom(...r.awardIds, randomUUID()),
    bonusItemId: fc.constantFrom(...BONUS_ITEMS),
    points: fc.constantFrom(0.5, 1, '1.5'),
    expectedVersion: fc.constantFrom(r.assessmentVersion, r.itemVersion, 1),
    year: fc.constantFrom(2011, 2012),
    password: fc.constant('a-new-password-2012'),
    currentPassword: fc.constant('not-the-password-1'),
    newPassword: fc.constant('a-new-password-2012'),
  };
  void actor;
  return (name) => fields[name];
}

function inputFor(p: ProcedureInfo, r: Resolved, h: Harness, actor: ActorSpec) {
  const custom = GENERATORS[p.path];
  return custom ? custom(r, actor) : inputArbitrary(p, poolFor(r, h, actor));
}

/** Keys that carry a department's judgement: a unit sees them only once approved. */
const REVIEW_KEYS = new Set([
  'reviewScore',
  'reviewInputs',
  'remarks',
  'itemReviewScore',
  'reviewSubtotal',
  'reviewTotal',
]);

function* walk(value: unknown, key = '$'): Generator<[string, unknown, unknown]> {
  if (Array.isArray(value)) {
    for (const v of value) yield* walk(v, key);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      yield [k, v, value];
      yield* walk(v, k);
    }
  }
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || (Array.isArray(v) && v.length === 0);

describe('the generator table', () => {
  it('can build an input for every procedure of appRouter', () => {
    const r: Resolved = {
      assessmentId: 'a',
      unitId: 'u',
      cycleId: 'c',
      itemId: ITEMS[0]!.id,
      assessmentVersion: 1,
      itemVersion: 1,
      reviewVersions: {},
      awardIds: [],
    };
    const h = { rubricId: 'r' } as Harness;
    const missing: string[] = [];
    for (const p of procedures()) {
      try {
        fc.sample(inputFor(p, r, h, ACTORS[0]!), 3);
      } catch (e) {
        missing.push(`${p.path}: ${(e as Error).message}`);
      }
    }
    expect(missing, 'procedures without a generator: add one to GENERATORS').toEqual([]);
  });
});

/** Whether the procedure names an assessment (its input has assessmentId, or is byId). */
function onAssessment(p: ProcedureInfo): boolean {
  if (p.path === 'assessment.byId') return true;
  if (!p.input) return false;
  const schema = jsonSchemaOf(p.input) as { properties?: Record<string, unknown> };
  return schema.properties !== undefined && 'assessmentId' in schema.properties;
}

describeEachEngine('authorization as a property', ({ db }) => {
  let h: Harness;
  const inReview: Record<'a' | 'b', string> = { a: '', b: '' };
  const procs = procedures();

  beforeAll(async () => {
    h = await createHarness(db());
    inReview.a = await assessmentAt(h, 'review', { unitId: UNITS.a.id });
    inReview.b = await assessmentAt(h, 'review', { unitId: UNITS.b.id });
  }, 300_000);

  afterAll(() => h.dispose());

  async function resolve(t: TargetSpec): Promise<Resolved> {
    const itemId = ITEMS[t.item % ITEMS.length]!.id;
    if (t.kind === 'forged') {
      return {
        assessmentId: t.id,
        unitId: null,
        cycleId: t.id,
        itemId,
        assessmentVersion: 1,
        itemVersion: 1,
        reviewVersions: {},
        awardIds: [],
      };
    }
    const unitId = t.unit === 'a' ? UNITS.a.id : UNITS.b.id;
    const assessmentId = t.draft ? h.assessments[unitId]! : inReview[t.unit];
    const a = await h.db
      .selectFrom('assessments')
      .select(['cycleId', 'version'])
      .where('id', '=', assessmentId)
      .executeTakeFirstOrThrow();
    const item = await h.db
      .selectFrom('itemScores')
      .select('version')
      .where('assessmentId', '=', assessmentId)
      .where('itemId', '=', itemId)
      .executeTakeFirst();
    const reviews = await h.db
      .selectFrom('itemReviews')
      .select(['departmentId', 'version'])
      .where('assessmentId', '=', assessmentId)
      .where('itemId', '=', itemId)
      .execute();
    const awards = await h.db
      .selectFrom('bonusAwards')
      .select('id')
      .where('assessmentId', '=', assessmentId)
      .execute();
    return {
      assessmentId,
      unitId,
      cycleId: a.cycleId,
      itemId,
      assessmentVersion: a.version,
      itemVersion: item?.version ?? 1,
      reviewVersions: Object.fromEntries(reviews.map((x) => [x.departmentId, x.version])),
      awardIds: awards.map((x) => x.id),
    };
  }

  /** A unit's user is sent to the other unit's assessment three times in four. */
  const target = (actor: ActorSpec): fc.Arbitrary<TargetSpec> =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('assessment' as const),
          unit:
            actor.role === 'unit'
              ? fc.constantFrom(
                  ...((actor.unitId === UNITS.a.id
                    ? ['b', 'b', 'b', 'a']
                    : ['a', 'a', 'a', 'b']) as Array<'a' | 'b'>),
                )
              : fc.constantFrom('a' as const, 'b' as const),
          draft: fc.boolean(),
          item: fc.nat(),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('forged' as const),
          id: fc.oneof(
            fc.uuid(),
            fc.constantFrom(UNITS.a.id, UNITS.b.id, UNITS.spare.id, USERS.unitA, 'rubric-2011'),
          ),
          item: fc.nat(),
        }),
      },
    );

  it(`holds for ${RUNS} random (actor, target, procedure, input)`, async () => {
    const seen = new Set<string>();
    let refusedWrites = 0;
    let answeredReads = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ACTORS).chain((actor) => fc.tuple(fc.constant(actor), target(actor))),
        // Procedures on an assessment (reads most) more often than the rest.
        fc.oneof(
          ...procs.map((p) => ({
            weight: !onAssessment(p) ? 1 : p.type === 'query' ? 10 : 4,
            arbitrary: fc.constant(p),
          })),
        ),
        fc.gen(),
        async ([actor, t], p, g) => {
          seen.add(p.path);
          const r = await resolve(t);
          const input = g(() => inputFor(p, r, h, actor));
          const caller = h.as(actor.username) as unknown as Record<
            string,
            Record<string, (input: unknown) => Promise<unknown>>
          >;
          const [group, name] = p.path.split('.') as [string, string];
          const write = p.type === 'mutation';
          const before = write ? await fingerprint(h.db) : null;
          let result: unknown;
          const how = await outcome(
            caller[group]![name]!(input).then((value) => {
              result = value;
            }),
          );
          expect(how, `${p.path} as ${actor.name}`).not.toBe('INTERNAL_SERVER_ERROR');

          // Which assessment the call names, and whether that crosses a boundary.
          const named =
            input && typeof input === 'object'
              ? ((input as Record<string, unknown>).assessmentId ??
                (p.path === 'assessment.byId' ? (input as Record<string, unknown>).id : undefined))
              : undefined;
          const item = (input as { itemId?: unknown } | undefined)?.itemId;
          const mine =
            actor.role === 'department'
              ? itemsReviewedBy(rubric2011, actor.departmentId!)
              : new Set<string>();
          const crosses =
            named !== undefined &&
            (t.kind === 'forged' ||
              (actor.role === 'unit' && r.unitId !== actor.unitId) ||
              (actor.role === 'department' &&
                (mine.size === 0 || (typeof item === 'string' && !mine.has(item))))) &&
            named === r.assessmentId;

          if (write) {
            if (crosses) expect(how, `${p.path} as ${actor.name} on ${t.kind}`).not.toBe('allowed');
            if (how !== 'allowed') {
              refusedWrites++;
              expect(await fingerprint(h.db), `${p.path} refused (${how}) changed nothing`).toEqual(
                before,
              );
            }
            return;
          }
          if (how !== 'allowed') return;
          answeredReads++;
          if (crosses && actor.role === 'unit') {
            throw new Error(`${p.path}: ${actor.name} read another unit's assessment`);
          }
          if (actor.role === 'unit') {
            const foreign = await h.db
              .selectFrom('assessments')
              .select(['id', 'stage'])
              .where('unitId', '!=', actor.unitId!)
              .execute();
            const text = JSON.stringify(result) ?? '';
            for (const f of foreign) {
              expect(text.includes(f.id), `${p.path}: ${actor.name} saw assessment ${f.id}`).toBe(
                false,
              );
            }
            const stage = await h.db
              .selectFrom('assessments')
              .select('stage')
              .where('id', '=', r.assessmentId)
              .executeTakeFirst();
            if (stage?.stage !== 'approved') {
              for (const [key, value] of walk(result)) {
                if (REVIEW_KEYS.has(key)) {
                  expect(
                    isEmpty(value),
                    `${p.path}: ${actor.name} saw ${key} before approval`,
                  ).toBe(true);
                }
              }
            }
          }
          if (actor.role === 'department') {
            for (const [key, value, holder] of walk(result)) {
              if (key === 'itemId' && typeof value === 'string') {
                const judged = Object.keys(holder as object).some((k) => REVIEW_KEYS.has(k));
                if (judged) {
                  expect(mine.has(value), `${p.path}: ${actor.name} saw item ${value}`).toBe(true);
                }
              }
              if (key === 'entityId' && typeof value === 'string') {
                const itemId = value.split('/')[1];
                if (itemId !== undefined) {
                  expect(mine.has(itemId), `${p.path}: ${actor.name} saw history of ${value}`).toBe(
                    true,
                  );
                }
              }
            }
          }
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `authorization property: ${RUNS} runs over ${seen.size}/${procs.length} procedures; ` +
        `${refusedWrites} refused writes unchanged, ${answeredReads} answered reads checked`,
    );
    expect(seen.size).toBeGreaterThan(procs.length * 0.8);
  }, 600_000);
});
