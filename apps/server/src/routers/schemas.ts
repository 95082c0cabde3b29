/**
 * Output schemas shared by routers. Scores travel as canonical decimal text ("4.5");
 * dates as Date (superjson).
 */
import { RoleSchema } from '@kaohe/domain';
import { z } from 'zod';

export const IdInput = z.string().trim().min(1).max(64);
export const VersionInput = z.number().int().min(1).max(2_000_000_000);
export const Score = z.string().nullable();
export const Json = z.unknown();

const LocalizedText = z.object({ zh: z.string(), en: z.string() });

export const PublicUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  unitId: z.string().nullable(),
  departmentId: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.date(),
  /** Where email copies of messages go (null: none). */
  email: z.string().nullable(),
});

export const WorkflowViewSchema = z.object({
  assessmentId: z.string(),
  unitId: z.string(),
  stage: z.string(),
  departments: z.record(z.string(), z.string()),
  returns: z.array(
    z.object({
      itemId: z.string(),
      departmentId: z.string(),
      reason: z.string(),
      deadline: z.string(),
      returnedBy: z.string(),
      at: z.string(),
    }),
  ),
  editableItems: z.array(z.string()),
  reviewableItems: z.record(z.string(), z.array(z.string())),
  bonusEditable: z.boolean(),
  bonusComplete: z.boolean(),
  sentBack: z.unknown().nullable(),
  reopened: z.unknown().nullable(),
  /** 公示 (issue 14): the period while published or final. */
  publication: z.object({ periodStart: z.string(), periodEnd: z.string() }).nullable(),
  locked: z.boolean(),
});

const CategoryTotal = z.object({ categoryId: z.string(), name: z.string(), points: Score });

export const AssessmentDtoSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitTypeId: z.string(),
  rubricId: z.string(),
  stage: z.string(),
  version: z.number(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  /** The deadline of the stage it is in, and whether it has passed (逾期). */
  deadline: z.object({ stage: z.string(), dueAt: z.date(), overdue: z.boolean() }).nullable(),
  /** 自评 submitted after the self-scoring deadline. */
  submittedLate: z.boolean(),
  view: WorkflowViewSchema,
  items: z.array(
    z.object({
      itemId: z.string(),
      number: z.number(),
      categoryId: z.string(),
      baseScore: z.string(),
      selfInputs: Json,
      selfScore: Score,
      explanation: z.string().nullable(),
      reviewScore: Score,
      version: z.number(),
      reviews: z.array(
        z.object({
          departmentId: z.string(),
          reviewInputs: Json,
          reviewScore: Score,
          remarks: z.string().nullable(),
          status: z.string(),
          returnedReason: z.string().nullable(),
          returnDeadline: z.date().nullable(),
          version: z.number(),
        }),
      ),
    }),
  ),
  bonusAwards: z.array(
    z.object({
      id: z.string(),
      bonusItemId: z.string(),
      points: z.string(),
      reason: z.string(),
      awardedBy: z.string(),
      awardedAt: z.date(),
      revokedAt: z.date().nullable(),
    }),
  ),
  totals: z.object({
    itemCount: z.number(),
    selfScoredCount: z.number(),
    selfSubtotal: Score,
    reviewSubtotal: Score,
    bonus: Score,
    total: Score,
    selfCategories: z.array(CategoryTotal),
    reviewCategories: z.array(CategoryTotal),
  }),
});

export const ItemScoreResultSchema = z.object({
  itemId: z.string(),
  selfScore: Score,
  reviewScore: Score,
  version: z.number(),
  points: z.string(),
  complete: z.boolean(),
  breakdown: z.array(
    z.object({
      criterionId: z.string(),
      status: z.string(),
      delta: z.string(),
      explanation: LocalizedText,
    }),
  ),
});

export const WorkflowResultSchema = z.object({
  assessmentId: z.string(),
  stage: z.string(),
  version: z.number(),
  view: WorkflowViewSchema,
});

/** One event of an assessment's history as its reader may see it (services/history.ts). */
export const HistoryEventSchema = z.object({
  id: z.number(),
  at: z.date(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  itemId: z.string().nullable(),
  actorUserId: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorName: z.string().nullable(),
  actorDepartmentId: z.string().nullable(),
  actorDepartmentName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: LocalizedText.nullable(),
});

export const HistoryPageSchema = z.object({
  events: z.array(HistoryEventSchema),
  /** Every event the reader may see under this filter. */
  total: z.number(),
  /** The `cursor` of the next page; null on the last. */
  nextCursor: z.number().nullable(),
});

export const OkSchema = z.object({ ok: z.literal(true) });
