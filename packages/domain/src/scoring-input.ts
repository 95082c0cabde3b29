/**
 * What a scorer enters for a criterion and for an item, as zod schemas (the server checks
 * every save with them); the types are inferred from them. Apart from scoring.ts, so the
 * scoring page, which only scores, does not load zod.
 */
import { z } from 'zod';

/** What was recorded for one criterion. Which fields count depends on the criterion's kind. */
export const CriterionInputSchema = z
  .object({
    /** award / passFail without a threshold: was it met */
    met: z.boolean(),
    /** threshold: the reported rate as numerator / denominator */
    numerator: z.number().int().min(0).max(1_000_000_000),
    denominator: z.number().int().min(1).max(1_000_000_000),
    /** levels: the chosen level, or null for none of them */
    levelId: z.string().max(64).nullable(),
    /** deduction: how many times it happened */
    count: z.number().int().min(0).max(1000),
    /** veto: whether it applies */
    triggered: z.boolean(),
    /** holistic: the judged value, a decimal such as 2.5 or "2.5" */
    value: z.union([z.number(), z.string().max(20)]),
  })
  .partial()
  .strict();
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

/** Inputs for one item, by criterion id. */
export const ItemInputsSchema = z.record(z.string().max(64), CriterionInputSchema);
export type ItemInputs = z.infer<typeof ItemInputsSchema>;
