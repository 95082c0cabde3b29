/**
 * The steps of the people a journey does not click through, taken through the API the way
 * the app takes them: the same procedures, versions and commands.
 */
import type { ItemInputs } from '@kaohe/domain';
import type { Api } from './api.ts';
import { agreeing, explanationOf, ITEMS, REVIEWING_DEPARTMENTS } from './plan.ts';

export async function assessmentVersion(api: Api, id: string): Promise<number> {
  return (await api.assessment.byId.query({ id })).version;
}

export async function selfScoreAll(
  unit: Api,
  id: string,
  inputsOf: (item: (typeof ITEMS)[number]) => ItemInputs,
) {
  const detail = await unit.assessment.byId.query({ id });
  for (const item of ITEMS) {
    const row = detail.items.find((i) => i.itemId === item.id)!;
    await unit.assessment.saveSelfScore.mutate({
      assessmentId: id,
      itemId: item.id,
      inputs: inputsOf(item),
      explanation: explanationOf(item),
      expectedVersion: row.version,
    });
  }
}

export async function submit(unit: Api, id: string) {
  await unit.assessment.submit.mutate({
    assessmentId: id,
    expectedVersion: await assessmentVersion(unit, id),
    command: { type: 'SUBMIT' },
  });
}

/** A department agrees with every self score of its criteria, and optionally completes. */
export async function reviewAgreeing(
  department: Api,
  departmentId: string,
  id: string,
  options: { complete: boolean },
) {
  const detail = await department.assessment.byId.query({ id });
  for (const row of detail.items) {
    const review = row.reviews.find((r) => r.departmentId === departmentId);
    if (!review) continue;
    const item = ITEMS.find((i) => i.id === row.itemId)!;
    await department.review.saveReviewScore.mutate({
      assessmentId: id,
      itemId: row.itemId,
      inputs: agreeing(item, departmentId, (row.selfInputs ?? {}) as ItemInputs),
      remarks: null,
      expectedVersion: review.version,
    });
  }
  if (options.complete) await completeReview(department, id);
}

/** A department's own finding on one item: its inputs, and the remarks a difference needs. */
export interface Finding {
  itemId: string;
  inputs: ItemInputs;
  remarks: string | null;
}

async function reviewItem(department: Api, departmentId: string, id: string, change: Finding) {
  const row = (await department.assessment.byId.query({ id })).items.find(
    (i) => i.itemId === change.itemId,
  )!;
  await department.review.saveReviewScore.mutate({
    assessmentId: id,
    ...change,
    expectedVersion: row.reviews.find((r) => r.departmentId === departmentId)!.version,
  });
}

export async function completeReview(department: Api, id: string) {
  await department.review.completeUnit.mutate({
    assessmentId: id,
    expectedVersion: await assessmentVersion(department, id),
    command: { type: 'COMPLETE_REVIEW' },
  });
}

export async function bonusAndComplete(chairman: Api, id: string, points: string) {
  await chairman.bonus.award.mutate({
    assessmentId: id,
    bonusItemId: 'bonus-honours',
    points,
    reason: '荣获全国模范职工之家称号',
    // The totals may pass the rubric's 合计: confirmed, as the office would (issue 16).
    confirmOverSubtotal: true,
  });
  await completeBonus(chairman, id);
}

async function completeBonus(chairman: Api, id: string) {
  await chairman.bonus.complete.mutate({
    assessmentId: id,
    expectedVersion: await assessmentVersion(chairman, id),
    command: { type: 'COMPLETE_BONUS' },
  });
}

/** The chairman's final approval. */
export async function approve(chairman: Api, id: string) {
  await chairman.approval.approve.mutate({
    assessmentId: id,
    expectedVersion: await assessmentVersion(chairman, id),
    command: { type: 'APPROVE' },
  });
}

/** A unit as the office saves it: the router's own input, without `active`. */
export type NewUnit = Omit<Parameters<Api['admin']['saveUnit']['mutate']>[0], 'active'>;

/** The published 2011 rubric, by year: another e2e file may have published a 2012 one already. */
export async function rubric2011Id(admin: Api): Promise<string> {
  const rubrics = await admin.rubric.years.query();
  return rubrics.find((r) => r.year === 2011 && r.status === 'published')!.id;
}

const FAR_DEADLINES = { selfScoring: '2099-12-31', review: '2099-12-31' };

/**
 * A cycle of the 2011 rubric for these (active) units, which then stop being active, so
 * that the other files' "every active unit" leaves them out. `deadlines`: far off unless
 * given; `null` for the server's defaults. Its id and each unit's assessment id.
 */
export async function cycleOf(
  admin: Api,
  name: string,
  units: readonly NewUnit[],
  deadlines: { selfScoring?: string; review?: string } | null = FAR_DEADLINES,
): Promise<{ id: string; assessmentOf: Record<string, string> }> {
  const cycle = await admin.cycle.create.mutate({
    name,
    rubricId: await rubric2011Id(admin),
    unitIds: units.map((u) => u.id),
    ...(deadlines ? { deadlines } : {}),
  });
  for (const u of units) await admin.admin.saveUnit.mutate({ ...u, active: false });
  const listed = await admin.assessment.list.query({ cycleId: cycle.id });
  return { id: cycle.id, assessmentOf: Object.fromEntries(listed.map((a) => [a.unitId, a.id])) };
}

/** The people an assessment goes through: its unit, every reviewing department, the chairman. */
export interface Takers {
  unit: Api;
  departments: Record<string, Api>;
  chairman: Api;
}

/**
 * The unit's self scores (`inputsOf`) and submission, then every reviewing department
 * agreeing but for its `findings`, each completing its review when `complete`.
 */
export async function throughReview(
  takers: Omit<Takers, 'chairman'>,
  id: string,
  inputsOf: (item: (typeof ITEMS)[number]) => ItemInputs,
  options: { complete: boolean; findings?: Record<string, Finding> },
) {
  await selfScoreAll(takers.unit, id, inputsOf);
  await submit(takers.unit, id);
  for (const d of REVIEWING_DEPARTMENTS) {
    const department = takers.departments[d]!;
    const finding = options.findings?.[d];
    await reviewAgreeing(department, d, id, { complete: options.complete && !finding });
    if (!finding) continue;
    await reviewItem(department, d, id, finding);
    if (options.complete) await completeReview(department, id);
  }
}

/**
 * …through review, the chairman's bonus (`points`, or none awarded) and, unless
 * `approve: false`, the final approval.
 */
export async function approvedThrough(
  takers: Takers,
  id: string,
  inputsOf: (item: (typeof ITEMS)[number]) => ItemInputs,
  options: { points: string | null; findings?: Record<string, Finding>; approve?: boolean },
) {
  await throughReview(takers, id, inputsOf, { complete: true, findings: options.findings });
  if (options.points === null) await completeBonus(takers.chairman, id);
  else await bonusAndComplete(takers.chairman, id, options.points);
  if (options.approve ?? true) await approve(takers.chairman, id);
}
