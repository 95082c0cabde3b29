/**
 * What the machine remembers about one assessment. It is stored in the snapshot, so
 * it holds facts the guards need and nothing the database already keeps (scores,
 * evidence and the audit trail live there).
 */
import { type Rubric, reviewingDepartments, rubricItems, zodMessage } from '@kaohe/domain';
import { z } from 'zod';
import { DepartmentReviewStatusSchema } from './stage-schemas.ts';

const KeySchema = z.string().min(1).max(64);

/** An item a department sent back to the unit, open until the unit resubmits. */
export const OpenReturnSchema = z.object({
  itemId: KeySchema,
  departmentId: KeySchema,
  reason: z.string(),
  /** ISO date (YYYY-MM-DD) by which the unit should resubmit. */
  deadline: z.string(),
  /** userId of the department user who returned it. */
  returnedBy: z.string(),
  /** ISO date-time of the return. */
  at: z.string(),
});
export type OpenReturn = z.infer<typeof OpenReturnSchema>;

/** Why the chairman sent the assessment back to review; shown to the departments concerned. */
export const SendBackNoteSchema = z.object({
  departmentIds: z.array(KeySchema),
  reason: z.string(),
  sentBy: z.string(),
  at: z.string(),
});
export type SendBackNote = z.infer<typeof SendBackNoteSchema>;

/** Why an admin reopened an approved assessment; shown until it is approved again. */
export const ReopenNoteSchema = z.object({
  reason: z.string(),
  reopenedBy: z.string(),
  at: z.string(),
});
export type ReopenNote = z.infer<typeof ReopenNoteSchema>;

/** The publication (公示) the assessment is in: its period, for the finalisation's guard. */
export const PublicationNoteSchema = z.object({
  /** ISO date-times with offset: the appeal period. */
  periodStart: z.string(),
  periodEnd: z.string(),
  publishedBy: z.string(),
  at: z.string(),
});
export type PublicationNote = z.infer<typeof PublicationNoteSchema>;

/**
 * What the caller knows when it creates an assessment's workflow. `workflowInput`
 * builds it from the rubric so the server and the tests build it the same way.
 */
export const WorkflowInputSchema = z
  .object({
    assessmentId: KeySchema,
    unitId: KeySchema,
    /** The departments that review each item, as the domain's `reviewingDepartments` gives them. */
    itemDepartments: z.record(KeySchema, z.array(KeySchema).min(1)),
    /** 序号 of each item, so refusals can say "第7项" rather than an id. */
    itemNumbers: z.record(KeySchema, z.number().int().positive()),
    /** Department names from the rubric, for the same reason. */
    departmentNames: z.record(KeySchema, z.string()),
  })
  .refine((input) => Object.keys(input.itemDepartments).length > 0, {
    message: zodMessage({ zh: '考核至少包含一个项目', en: 'an assessment has at least one item' }),
    path: ['itemDepartments'],
  })
  .refine((input) => Object.keys(input.itemDepartments).every((id) => id in input.itemNumbers), {
    message: zodMessage({ zh: '每个项目都需要序号', en: 'every item needs its number' }),
    path: ['itemNumbers'],
  });
export type WorkflowInput = z.infer<typeof WorkflowInputSchema>;

export const WorkflowContextSchema = z.object({
  assessmentId: KeySchema,
  unitId: KeySchema,
  itemDepartments: z.record(KeySchema, z.array(KeySchema)),
  itemNumbers: z.record(KeySchema, z.number()),
  departmentNames: z.record(KeySchema, z.string()),
  /** Every department that reviews at least one item, in the order they first appear. */
  departments: z.record(KeySchema, DepartmentReviewStatusSchema),
  returns: z.array(OpenReturnSchema),
  /** The chairman completed the bonus stage (reset when the chairman sends back to review). */
  bonusComplete: z.boolean(),
  sentBack: SendBackNoteSchema.nullable(),
  reopened: ReopenNoteSchema.nullable(),
  /**
   * Set by PUBLISH, cleared by a reopen. Snapshots stored before publication existed have
   * no such field: they read as not published (decision 021).
   */
  publication: PublicationNoteSchema.nullable().default(null),
});
export type WorkflowContext = z.infer<typeof WorkflowContextSchema>;

/** The input for one unit's assessment against a rubric. */
export function workflowInput(
  rubric: Rubric,
  ids: { assessmentId: string; unitId: string },
): WorkflowInput {
  const itemDepartments: Record<string, string[]> = {};
  const itemNumbers: Record<string, number> = {};
  for (const { item } of rubricItems(rubric)) {
    itemDepartments[item.id] = reviewingDepartments(item);
    itemNumbers[item.id] = item.number;
  }
  const departmentNames = Object.fromEntries(rubric.departments.map((d) => [d.id, d.name]));
  return { ...ids, itemDepartments, itemNumbers, departmentNames };
}

export function initialContext(input: WorkflowInput): WorkflowContext {
  const departments: Record<string, 'pending'> = {};
  for (const ids of Object.values(input.itemDepartments)) {
    for (const d of ids) departments[d] = 'pending';
  }
  return {
    assessmentId: input.assessmentId,
    unitId: input.unitId,
    itemDepartments: input.itemDepartments,
    itemNumbers: input.itemNumbers,
    departmentNames: input.departmentNames,
    departments,
    returns: [],
    bonusComplete: false,
    sentBack: null,
    reopened: null,
    publication: null,
  };
}

/** The items a department reviews in this assessment, in item order. */
export function itemsReviewedBy(context: WorkflowContext, departmentId: string): string[] {
  return Object.entries(context.itemDepartments)
    .filter(([, ds]) => ds.includes(departmentId))
    .map(([itemId]) => itemId);
}
