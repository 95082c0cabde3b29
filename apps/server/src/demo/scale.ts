/**
 * `pnpm kaohe demo seed --units N` (issue 17): a 2011 cycle of N units (up to 10,000) with
 * most assessments approved, to see the product at scale; the benchmarks use it.
 *
 * The ~30 demo units (with their accounts) come first, then generated ones. Nothing goes
 * through the services one save at a time (N × 30 round trips): the scores are a few
 * variants of plausible inputs per unit type, each scored once by the domain engine; the
 * workflow snapshots are the pure machine's, driven once per stage through the real events
 * and readiness facts; both are written in a few big statements, and the kept totals are
 * then backfilled by the domain engine. The per-save audit trail is not written (the
 * cycle's and assessments' creation is); the small `demo seed` drives every save for that.
 */
import {
  backfillTotals,
  createCycle,
  type Database,
  inTransaction,
  listCycles,
  SYSTEM_ACTOR,
  upsertUnits,
} from '@kaohe/db';
import {
  type Actor,
  criteriaOf,
  DomainError,
  formatCenti,
  type Item,
  type ItemInputs,
  reviewingDepartments,
  rubricItems,
  scoreItem,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import {
  type AssessmentEvent,
  applyWorkflowEvent,
  createWorkflow,
  type PersistedWorkflow,
  reviewReadiness,
  selfScoreReadiness,
  workflowInput,
} from '@kaohe/workflow';
import { sql, type Transaction } from 'kysely';
import { ensureOrganisation } from '../bootstrap.ts';
import type { AppDeps } from '../context.ts';
import { DEMO_UNITS } from './organisation.ts';
import { EXPLANATIONS, prng, seedDemoAccounts, selfInputs } from './seed.ts';

export const MAX_DEMO_UNITS = 10_000;

/** The stage a unit is left in: most approved, a few at each earlier stage. */
export type ScalePlan = 'selfScoring' | 'review' | 'bonus' | 'finalApproval' | 'approved';
export function planOf(index: number): ScalePlan {
  switch (index % 20) {
    case 3:
      return 'selfScoring';
    case 7:
      return 'review';
    case 11:
      return 'bonus';
    case 15:
      return 'finalApproval';
    default:
      return 'approved';
  }
}

const VARIANTS = 8;
const UNIT_TYPES = ['district', 'devZone', 'bureau'] as const;
const PLACEHOLDER_ASSESSMENT = '__demo_assessment__';
const PLACEHOLDER_UNIT = '__demo_unit__';
const REMARK = '佐证材料不足以证明该项成效，酌情扣分。';

interface ItemVariant {
  t: string;
  v: number;
  i: string;
  si: ItemInputs;
  ss: string | null;
  rs: string | null;
  e: string;
}
interface ReviewVariant {
  t: string;
  v: number;
  i: string;
  d: string;
  ri: ItemInputs;
  rs: string | null;
  r: string | null;
}

/** Plausible self inputs, and the departments' reviews of them, scored by the domain engine. */
function variants(items: readonly Item[]) {
  const rand = prng(2011);
  const itemRows: ItemVariant[] = [];
  const reviewRows: ReviewVariant[] = [];
  const sample = new Map<string, { self: ItemInputs; reviews: ReviewVariant[] }>();
  for (const t of UNIT_TYPES) {
    for (let v = 0; v < VARIANTS; v++) {
      for (const item of items) {
        const self = selfInputs(item, rand, t);
        const merged: ItemInputs = {};
        const reviews: ReviewVariant[] = [];
        for (const d of reviewingDepartments(item)) {
          const own = criteriaOf(item, d);
          const ri: ItemInputs = Object.fromEntries(
            own.filter((c) => self[c.id]).map((c) => [c.id, { ...self[c.id] }]),
          );
          // Now and then a department marks an award down, and says why (备注).
          let r: string | null = null;
          const award = own.find((c) => c.kind === 'award' && !c.threshold);
          if (award && ri[award.id]?.met && rand() < 0.12) {
            ri[award.id] = { met: false };
            r = REMARK;
          }
          Object.assign(merged, ri);
          const share = scoreItem(rubric2011, item.id, ri, { unitType: t }, { department: d });
          const row = {
            t,
            v,
            i: item.id,
            d,
            ri,
            rs: share.complete ? formatCenti(share.points) : null,
            r,
          };
          reviews.push(row);
          reviewRows.push(row);
        }
        const selfScore = scoreItem(rubric2011, item.id, self, { unitType: t }, { explain: false });
        const review = scoreItem(rubric2011, item.id, merged, { unitType: t }, { explain: false });
        itemRows.push({
          t,
          v,
          i: item.id,
          si: self,
          ss: selfScore.complete ? formatCenti(selfScore.points) : null,
          rs: review.complete ? formatCenti(review.points) : null,
          e: EXPLANATIONS[Math.floor(rand() * EXPLANATIONS.length)]!,
        });
        if (v === 0 && t === 'district') sample.set(item.id, { self, reviews });
      }
    }
  }
  return { itemRows, reviewRows, sample };
}

/**
 * The workflow of an assessment left at each stage, driven through the pure machine with
 * the real events and readiness facts, for a placeholder assessment and unit.
 */
function stageTemplates(
  items: readonly Item[],
  sample: Map<string, { self: ItemInputs; reviews: ReviewVariant[] }>,
  at: string,
): Record<ScalePlan, string> {
  const unit: Actor = {
    userId: `unit-${PLACEHOLDER_UNIT}`,
    role: 'unit',
    unitId: PLACEHOLDER_UNIT,
    departmentId: null,
  };
  const chairman: Actor = {
    userId: 'chairman',
    role: 'chairman',
    unitId: null,
    departmentId: 'chairman',
  };
  const step = (wf: PersistedWorkflow, event: AssessmentEvent) =>
    applyWorkflowEvent(wf, event).next;
  const text = (wf: PersistedWorkflow) =>
    JSON.stringify({ stage: wf.stage, machineVersion: wf.machineVersion, snapshot: wf.snapshot });
  const created = createWorkflow(
    workflowInput(rubric2011, { assessmentId: PLACEHOLDER_ASSESSMENT, unitId: PLACEHOLDER_UNIT }),
  );
  const selfEntries = Object.fromEntries(
    items.map((item) => [
      item.id,
      { inputs: sample.get(item.id)!.self, explanation: EXPLANATIONS[0]! },
    ]),
  );
  let wf = step(created, {
    type: 'SUBMIT',
    actor: unit,
    at,
    readiness: selfScoreReadiness(rubric2011, 'district', selfEntries),
  });
  const review = text(wf);
  const departments = [...new Set(items.flatMap((i) => reviewingDepartments(i)))];
  for (const departmentId of departments) {
    const entries = Object.fromEntries(
      items.map((item) => {
        const mine = sample.get(item.id)!.reviews.find((r) => r.d === departmentId);
        return [
          item.id,
          {
            selfInputs: sample.get(item.id)!.self,
            reviewInputs: mine?.ri,
            remarks: mine?.r ?? null,
          },
        ];
      }),
    );
    wf = step(wf, {
      type: 'COMPLETE_REVIEW',
      actor: { userId: `dept-${departmentId}`, role: 'department', unitId: null, departmentId },
      at,
      readiness: reviewReadiness(rubric2011, 'district', departmentId, entries),
    });
  }
  const bonus = text(wf);
  wf = step(wf, { type: 'COMPLETE_BONUS', actor: chairman, at });
  const finalApproval = text(wf);
  wf = step(wf, { type: 'APPROVE', actor: chairman, at });
  return { selfScoring: text(created), review, bonus, finalApproval, approved: text(wf) };
}

export interface ScaleSeedResult {
  skipped: boolean;
  units: number;
  approved: number;
}

export async function seedDemoScale(
  deps: AppDeps,
  options: { units: number; log?: (line: string) => void },
): Promise<ScaleSeedResult> {
  const n = options.units;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEMO_UNITS) {
    throw new DomainError('INVALID_INPUT', {
      zh: `单位数须为1到${MAX_DEMO_UNITS}之间的整数`,
      en: `The number of units must be a whole number from 1 to ${MAX_DEMO_UNITS}`,
    });
  }
  const started = performance.now();
  const log = (line: string) =>
    options.log?.(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await ensureOrganisation(deps.db);
  if ((await listCycles(deps.db)).length > 0) return { skipped: true, units: 0, approved: 0 };
  await seedDemoAccounts(deps);
  log('  accounts');
  // All or nothing: a seed that fails leaves no half-scored cycle behind.
  return inTransaction(deps.db, (db) => seedCycle(deps.now(), db, n, log));
}

async function seedCycle(
  now: Date,
  db: Transaction<Database>,
  n: number,
  log: (line: string) => void,
): Promise<ScaleSeedResult> {
  const generated = Array.from({ length: Math.max(0, n - DEMO_UNITS.length) }, (_, i) => {
    const k = String(i + 1).padStart(5, '0');
    const unitTypeId = UNIT_TYPES[i % UNIT_TYPES.length]!;
    const kind = { district: '街道', devZone: '园区', bureau: '系统' }[unitTypeId];
    return { id: `demo-${k}`, name: `演示${kind}工会${k}`, unitTypeId, memberCount: 0 };
  });
  const units = [...DEMO_UNITS.slice(0, n), ...generated];
  await upsertUnits(db, SYSTEM_ACTOR, generated);
  log(`  ${units.length} units (${generated.length} generated)`);

  const items = rubricItems(rubric2011).map(({ item }) => item);
  const { itemRows, reviewRows, sample } = variants(items);
  const templates = stageTemplates(items, sample, now.toISOString());
  const planByUnit = new Map(units.map((u, i) => [u.id, planOf(i)]));
  const DAY = 86_400_000;
  const { cycle, assessments } = await createCycle(db, SYSTEM_ACTOR, {
    name: `2011年度工会工作目标管理考核（${units.length}个单位演示）`,
    rubricId: 'rubric-2011',
    unitIds: units.map((u) => u.id),
    deadlines: {
      selfScoring: new Date(now.getTime() - 20 * DAY),
      review: new Date(now.getTime() - 10 * DAY),
      bonus: new Date(now.getTime() - 5 * DAY),
      finalApproval: new Date(now.getTime() + 10 * DAY),
    },
    initialWorkflow: (a) => {
      const stored = JSON.parse(
        templates[planByUnit.get(a.unitId)!]
          .replaceAll(PLACEHOLDER_ASSESSMENT, a.assessmentId)
          .replaceAll(PLACEHOLDER_UNIT, a.unitId),
      );
      return stored;
    },
  });
  log(`  cycle ${cycle.id}: ${assessments.length} assessments`);

  // Which variant each assessment scored: a few big statements, not N × 30 saves.
  const plan = assessments.map((a, i) => ({
    a: a.assessmentId,
    t: a.unitTypeId,
    v: i % VARIANTS,
    p: planByUnit.get(a.unitId)!,
  }));
  const reviewed = ['bonus', 'finalApproval', 'approved'];
  const CHUNK = 2000;
  for (let i = 0; i < plan.length; i += CHUNK) {
    const chunk = JSON.stringify(plan.slice(i, i + CHUNK));
    await sql`
      update item_scores s set
        self_inputs = v.si, self_score = v.ss, explanation = v.e,
        review_score = case when p.p in (${sql.join(reviewed)}) then v.rs end,
        version = s.version + 1
      from jsonb_to_recordset(${chunk}::jsonb) as p(a text, t text, v int, p text)
      join jsonb_to_recordset(${JSON.stringify(itemRows)}::jsonb)
        as v(t text, v int, i text, si jsonb, ss numeric, rs numeric, e text)
        on v.t = p.t and v.v = p.v
      where s.assessment_id = p.a and s.item_id = v.i and p.p <> 'selfScoring'`.execute(db);
    await sql`
      update item_reviews r set
        review_inputs = v.ri, review_score = v.rs, remarks = v.r,
        reviewer_id = 'dept-' || v.d, status = 'scored', version = r.version + 1
      from jsonb_to_recordset(${chunk}::jsonb) as p(a text, t text, v int, p text)
      join jsonb_to_recordset(${JSON.stringify(reviewRows)}::jsonb)
        as v(t text, v int, i text, d text, ri jsonb, rs numeric, r text)
        on v.t = p.t and v.v = p.v
      where r.assessment_id = p.a and r.item_id = v.i and r.department_id = v.d
        and p.p in (${sql.join(reviewed)})`.execute(db);
  }
  await sql`
    update assessments a set
      submitted_at = case when a.stage <> 'selfScoring' then ${now}::timestamptz end,
      approved_at = case when a.stage = 'approved' then ${now}::timestamptz end
    where a.cycle_id = ${cycle.id}`.execute(db);
  // One in ten units that got past the bonus stage earned a bonus award.
  await sql`
    insert into bonus_awards (id, assessment_id, bonus_item_id, points, reason, awarded_by)
    select 'demo-bonus-' || a.id, a.id,
           (${JSON.stringify(rubric2011.bonusItems.map((b) => b.id))}::jsonb)
             ->> (abs(hashtext(a.id)) % ${rubric2011.bonusItems.length}),
           case when abs(hashtext(a.id)) % 2 = 0 then 1 else 0.5 end,
           '“两个普遍”工作推进有力，经验在全市交流推广。', 'chairman'
    from assessments a
    where a.cycle_id = ${cycle.id} and a.stage in ('finalApproval', 'approved')
      and abs(hashtext(a.id || 'bonus')) % 10 = 0`.execute(db);
  await backfillTotals(db, sql`a.cycle_id = ${cycle.id}`);
  const approved = plan.filter((p) => p.p === 'approved').length;
  log(`  ${approved} approved`);
  return { skipped: false, units: units.length, approved };
}
