/**
 * `pnpm kaohe demo seed`: a realistic 2011 cycle. About 30 units across the three unit
 * types, an account for every role, and assessments spread over every stage, driven
 * through the same services the API uses, so the audit trail and the workflow snapshots
 * are real. Deterministic: the same seed gives the same data.
 */
import {
  createCycle,
  listCycles,
  SYSTEM_ACTOR,
  setGradeBands,
  upsertUnits,
  upsertUsers,
} from '@kaohe/db';
import {
  type Actor,
  type Criterion,
  type CriterionInput,
  criteriaOf,
  type GradeBands,
  type Item,
  type ItemInputs,
  type Role,
  reviewingDepartments,
  rubricItems,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { createWorkflow, workflowInput } from '@kaohe/workflow';
import { ensureOrganisation } from '../bootstrap.ts';
import type { AppDeps } from '../context.ts';
import { hashPassword } from '../password.ts';
import { loadAssessment } from '../services/assessment-access.ts';
import { awardBonusPoints } from '../services/bonus-service.ts';
import { saveReviewScore, saveSelfScore } from '../services/scoring-service.ts';
import { runCommand } from '../services/workflow-service.ts';
import { DEMO_PASSWORD, DEMO_UNITS } from './organisation.ts';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Actor['role'];
}

export function prng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** What an office would plausibly record for a criterion: mostly met, sometimes not. */
function plausibleInput(c: Criterion, rand: () => number, unitType: string): CriterionInput {
  switch (c.kind) {
    case 'award':
    case 'passFail':
      if (c.threshold) {
        const target =
          c.threshold.targets.find((t) => t.unitTypes?.includes(unitType))?.percent ??
          c.threshold.targets.find((t) => !t.unitTypes)?.percent ??
          80;
        const denominator = 40 + Math.floor(rand() * 360);
        const rate = Math.min(100, target + (rand() < 0.8 ? rand() * 6 : -rand() * 8));
        return {
          numerator: Math.min(denominator, Math.round((denominator * rate) / 100)),
          denominator,
        };
      }
      return { met: rand() < 0.85 };
    case 'levels':
      return {
        levelId:
          rand() < 0.7
            ? c.levels.reduce((a, b) => (b.points > a.points ? b : a)).id
            : c.levels[c.levels.length - 1]!.id,
      };
    case 'deduction':
      return { count: rand() < 0.85 ? 0 : 1 };
    case 'veto':
      return { triggered: rand() < 0.03 };
    case 'holistic':
      return { value: Math.max(0, c.max - Math.floor(rand() * 3) * 0.5) };
  }
}

export const EXPLANATIONS = [
  '已按市总要求部署落实，相关文件、台账及工作记录详见佐证材料。',
  '年内召开专题会议研究推进，形成工作方案并组织实施，成效见附件。',
  '数据来源于年度统计报表，已经区（局）工会审核确认。',
  '按季度督促检查，建立工作台账，年底完成情况良好。',
];

export function selfInputs(item: Item, rand: () => number, unitType: string): ItemInputs {
  return Object.fromEntries(
    item.rule.criteria.map((c) => [c.id, plausibleInput(c, rand, unitType)]),
  );
}

/** Stages the demo units are left in, in order of DEMO_UNITS. */
const PLAN: Array<
  'selfScoring' | 'partial' | 'review' | 'returned' | 'bonus' | 'finalApproval' | 'approved'
> = [
  'approved',
  'approved',
  'approved',
  'approved',
  'approved',
  'finalApproval',
  'finalApproval',
  'finalApproval',
  'bonus',
  'bonus',
  'bonus',
  'bonus',
  'returned',
  'returned',
  'returned',
  'review',
  'review',
  'review',
  'review',
  'review',
  'review',
  'review',
  'review',
  'partial',
  'partial',
  'partial',
  'selfScoring',
  'selfScoring',
  'selfScoring',
  'selfScoring',
];

/** 优秀 ≥ 110, 良好 ≥ 100, 达标 ≥ 90, else 不达标 (issue 14's example). */
export const DEMO_GRADE_BANDS: GradeBands = {
  mode: 'total',
  bands: [
    { label: '优秀', bound: '110' },
    { label: '良好', bound: '100' },
    { label: '达标', bound: '90' },
  ],
  otherwise: '不达标',
};

const DAY = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function seedDemo(
  deps: AppDeps,
  options: { log?: (line: string) => void } = {},
): Promise<{ accounts: DemoAccount[]; skipped: boolean }> {
  const log = options.log ?? (() => {});
  const db = deps.db;
  await ensureOrganisation(db);
  const accounts: DemoAccount[] = [
    { username: 'chairman', displayName: '主席室（演示）', role: 'chairman' },
    ...rubric2011.departments
      .filter((d) => d.id !== 'chairman')
      .map((d) => ({
        username: `dept-${d.id}`,
        displayName: `${d.name}考评员`,
        role: 'department' as const,
      })),
    ...DEMO_UNITS.map((u) => ({
      username: `unit-${u.id}`,
      displayName: `${u.name}填报员`,
      role: 'unit' as const,
    })),
  ];
  if ((await listCycles(db)).length > 0) return { accounts, skipped: true };

  await seedDemoAccounts(deps);

  const now = deps.now();
  const { assessments } = await createCycle(db, SYSTEM_ACTOR, {
    name: '2011年度工会工作目标管理考核',
    rubricId: 'rubric-2011',
    unitIds: DEMO_UNITS.map((u) => u.id),
    // Relative to today, so the demo always shows what is due soon and what is overdue.
    deadlines: {
      selfScoring: new Date(now.getTime() - 2 * DAY),
      review: new Date(now.getTime() + 10 * DAY),
      bonus: new Date(now.getTime() + 20 * DAY),
      finalApproval: new Date(now.getTime() + 30 * DAY),
    },
    initialWorkflow: (a) => {
      const wf = createWorkflow(
        workflowInput(rubric2011, { assessmentId: a.assessmentId, unitId: a.unitId }),
      );
      return { stage: wf.stage, snapshot: wf.snapshot as never, machineVersion: wf.machineVersion };
    },
  });

  const rand = prng(2011);
  const items = rubricItems(rubric2011).map(({ item }) => item);
  const chairman: Actor = {
    userId: 'chairman',
    role: 'chairman',
    unitId: null,
    departmentId: 'chairman',
  };
  const department = (id: string): Actor => ({
    userId: `dept-${id}`,
    role: 'department',
    unitId: null,
    departmentId: id,
  });
  const departments = [...new Set(items.flatMap((i) => reviewingDepartments(i)))];

  for (const [index, unit] of DEMO_UNITS.entries()) {
    const plan = PLAN[index] ?? 'selfScoring';
    const assessmentId = assessments.find((a) => a.unitId === unit.id)!.assessmentId;
    const actor: Actor = {
      userId: `unit-${unit.id}`,
      role: 'unit',
      unitId: unit.id,
      departmentId: null,
    };
    log(`  ${unit.name}: ${plan}`);
    if (plan === 'selfScoring') continue;

    const chosen = new Map<string, ItemInputs>();
    const fillCount = plan === 'partial' ? 8 + Math.floor(rand() * 15) : items.length;
    for (const item of items.slice(0, fillCount)) {
      const inputs = selfInputs(item, rand, unit.unitTypeId);
      chosen.set(item.id, inputs);
      const current = (await loadAssessment(db, assessmentId)).detail.items.find(
        (i) => i.itemId === item.id,
      )!;
      await saveSelfScore(deps, actor, {
        assessmentId,
        itemId: item.id,
        inputs,
        explanation: EXPLANATIONS[Math.floor(rand() * EXPLANATIONS.length)]!,
        expectedVersion: current.version,
      });
    }
    if (plan === 'partial') continue;

    const version = async () => (await loadAssessment(db, assessmentId)).detail.assessment.version;
    await runCommand(deps, actor, {
      assessmentId,
      expectedVersion: await version(),
      command: { type: 'SUBMIT' },
    });

    // Departments review: most agree with the unit; now and then one marks a criterion down.
    const reviewAll = plan !== 'review';
    for (const departmentId of departments) {
      const reviewer = department(departmentId);
      const mine = items.filter((i) => reviewingDepartments(i).includes(departmentId));
      const share = reviewAll ? mine : mine.slice(0, Math.floor(rand() * (mine.length + 1)));
      for (const item of share) {
        const own = new Set(criteriaOf(item, departmentId).map((c) => c.id));
        const inputs = Object.fromEntries(
          Object.entries(chosen.get(item.id) ?? {}).filter(([k]) => own.has(k)),
        );
        let remarks: string | null = null;
        const award = criteriaOf(item, departmentId).find(
          (c) => c.kind === 'award' && !c.threshold,
        );
        if (award && inputs[award.id]?.met && rand() < 0.12) {
          inputs[award.id] = { met: false };
          remarks = '佐证材料不足以证明该项成效，酌情扣分。';
        }
        const row = (await loadAssessment(db, assessmentId)).detail.items
          .find((i) => i.itemId === item.id)!
          .reviews.find((r) => r.departmentId === departmentId)!;
        await saveReviewScore(deps, reviewer, {
          assessmentId,
          itemId: item.id,
          inputs,
          remarks,
          expectedVersion: row.version,
        });
      }
    }
    if (plan === 'review') continue;

    if (plan === 'returned') {
      await runCommand(deps, department('legal'), {
        assessmentId,
        expectedVersion: await version(),
        command: {
          type: 'RETURN_ITEMS',
          itemIds: ['dispute-mediation'],
          reason: '调解组织建立率的统计口径与年报不一致，请核实后重新填报并补充名录。',
          deadline: isoDate(new Date(now.getTime() + 5 * DAY)),
        },
      });
      continue;
    }

    for (const departmentId of departments) {
      await runCommand(deps, department(departmentId), {
        assessmentId,
        expectedVersion: await version(),
        command: { type: 'COMPLETE_REVIEW' },
      });
    }
    if (plan === 'bonus') continue;

    if (index % 2 === 0) {
      await awardBonusPoints(deps, chairman, {
        assessmentId,
        bonusItemId: rubric2011.bonusItems[index % 3]!.id,
        points: index % 4 === 0 ? 1 : 0.5,
        reason: '“两个普遍”工作推进有力，经验在全市交流推广。',
        // Past 合计 only with full marks; the office confirms it (issue 16).
        confirmOverSubtotal: true,
      });
    }
    await runCommand(deps, chairman, {
      assessmentId,
      expectedVersion: await version(),
      command: { type: 'COMPLETE_BONUS' },
    });
    if (plan === 'finalApproval') continue;
    await runCommand(deps, chairman, {
      assessmentId,
      expectedVersion: await version(),
      command: { type: 'APPROVE' },
    });
  }
  // 等次 (issue 14): the same bands by total for every unit type, so the approved units
  // have grades from the start; the admin changes them on the cycle page.
  const cycleId = assessments[0]!.cycleId;
  for (const unitTypeId of new Set(DEMO_UNITS.map((u) => u.unitTypeId))) {
    await setGradeBands(db, SYSTEM_ACTOR, {
      cycleId,
      unitTypeId,
      bands: DEMO_GRADE_BANDS,
    });
  }
  return { accounts, skipped: false };
}

/**
 * The demo units and an account for every role, all on the published DEMO_PASSWORD. The
 * demo password is in the README: in production (seeded only when asked for) nobody may
 * go on using it, so there every demo account must change it at first sign-in.
 */
export async function seedDemoAccounts(deps: AppDeps): Promise<void> {
  await upsertUnits(deps.db, SYSTEM_ACTOR, DEMO_UNITS);
  const hash = await hashPassword(DEMO_PASSWORD);
  const mustChangePassword = deps.config.env === 'production';
  const account = (
    id: string,
    displayName: string,
    role: Role,
    place: { unitId: string } | { departmentId: string },
  ) => ({ id, username: id, displayName, role, ...place, passwordHash: hash, mustChangePassword });
  await upsertUsers(deps.db, SYSTEM_ACTOR, [
    account('chairman', '主席室（演示）', 'chairman', { departmentId: 'chairman' }),
    ...rubric2011.departments
      .filter((d) => d.id !== 'chairman')
      .map((d) => account(`dept-${d.id}`, `${d.name}考评员`, 'department', { departmentId: d.id })),
    ...DEMO_UNITS.map((u) => account(`unit-${u.id}`, `${u.name}填报员`, 'unit', { unitId: u.id })),
  ]);
}
