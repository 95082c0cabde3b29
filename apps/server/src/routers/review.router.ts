import { REVIEW_STATUSES, reviewGrid } from '@kaohe/db';
import { ItemInputsSchema, ListQuerySchema, zodMessage } from '@kaohe/domain';
import { ReturnItemsCommandSchema } from '@kaohe/workflow';
import { z } from 'zod';
import { adoptSelfScores } from '../services/adopt-self-service.ts';
import { saveReviewScore } from '../services/scoring-service.ts';
import { roleProcedure, router } from '../trpc.ts';
import { plainJson } from '../wire.ts';
import { scoreResult, workflowProcedure } from './assessment.router.ts';
import { IdInput, ItemScoreResultSchema, VersionInput } from './schemas.ts';

const LocalizedText = z.object({ zh: z.string(), en: z.string() });
const ItemRef = z.object({ itemId: z.string(), number: z.number() });

export const reviewRouter = router({
  /**
   * Units × this department's items: self score, review score and status; one page of the
   * units whose name or code contains `q`, with `total` the count on all pages. Plain
   * data, sent as it is and not validated again row by row (decision 029): its type is
   * `ReviewGrid` of @kaohe/db.
   */
  grid: roleProcedure('department')
    .input(
      ListQuerySchema.extend({
        cycleId: IdInput,
        unitTypeId: IdInput.optional(),
        status: z.enum(REVIEW_STATUSES).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { page, pageSize, ...filter } = input;
      const grid = await reviewGrid(ctx.db, {
        ...filter,
        departmentId: ctx.actor.departmentId!,
        // A draft self-assessment is the unit's own business until it is submitted.
        notStage: 'selfScoring',
        page: { page, pageSize },
      });
      return plainJson(grid);
    }),

  saveReviewScore: roleProcedure('department')
    .input(
      z.object({
        assessmentId: IdInput,
        itemId: IdInput,
        inputs: ItemInputsSchema,
        remarks: z
          .string()
          .max(
            2000,
            zodMessage({ zh: '备注不能超过2000字', en: 'remarks have at most 2000 characters' }),
          )
          .nullable(),
        expectedVersion: VersionInput,
      }),
    )
    .output(ItemScoreResultSchema.extend({ reviewVersion: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const { itemReview, itemScore, score } = await saveReviewScore(ctx, ctx.actor, input);
      return { ...scoreResult(itemScore, score), reviewVersion: itemReview.version };
    }),

  /**
   * 采用自评分: the unit's self score as this department's review score, of the named items
   * or of all its items not yet scored, for one unit or many (each unit on its own).
   */
  adoptSelfScores: roleProcedure('department')
    .input(
      z.object({
        assessmentIds: z.array(IdInput).min(1).max(500),
        itemIds: z.array(IdInput).min(1).max(200).optional(),
      }),
    )
    .output(
      z.array(
        z.union([
          z.object({
            assessmentId: z.string(),
            adopted: z.array(ItemRef.extend({ score: z.string() })),
            skipped: z.array(
              ItemRef.extend({
                code: z.enum(['scored', 'notOpen', 'noSelfScore']),
                reason: LocalizedText,
              }),
            ),
          }),
          z.object({ assessmentId: z.string(), error: LocalizedText }),
        ]),
      ),
    )
    .mutation(({ ctx, input }) => adoptSelfScores(ctx, ctx.actor, input)),

  returnItems: workflowProcedure(ReturnItemsCommandSchema, ['department']),
  completeUnit: workflowProcedure(z.object({ type: z.literal('COMPLETE_REVIEW') }), ['department']),
});
