/**
 * The rubric (考核表) model. One zod schema per concept; the inferred types are the
 * only types. A rubric document is self-contained: it names the departments and unit
 * types it refers to, so an exported year can be read without the database.
 */
import { z } from 'zod';
import { isPointValue } from './points.ts';

const message = (zh: string, en: string) => ({ message: `${zh} / ${en}` });

/** A stable identifier: survives renumbering and cloning from year to year. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    message(
      '标识只能包含字母、数字、点、下划线和连字符',
      'ids use letters, digits, ".", "_" and "-"',
    ),
  );

/** A point value in a document: a decimal number with at most two places, ≥ 0. */
export const PointsSchema = z
  .number()
  .nonnegative(message('分值不能为负数', 'points cannot be negative'))
  .refine(isPointValue, message('分值最多两位小数', 'points have at most two decimal places'));

export const PercentSchema = z
  .number()
  .gt(0, message('目标百分比必须大于0', 'a target percentage must be above 0'))
  .lte(100, message('目标百分比不能超过100', 'a target percentage cannot exceed 100'))
  .refine(
    isPointValue,
    message('百分比最多两位小数', 'percentages have at most two decimal places'),
  );

/**
 * A reference to a department or unit type by id. Looser than IdSchema on purpose: an
 * unknown reference (a typo, a name from an edited file) is reported by validation as
 * "部门「…」不存在", which a person can act on, rather than as a malformed id.
 */
export const RefSchema = z.string().min(1).max(64);

const NameSchema = z.string().trim().min(1).max(2000);

export const DepartmentSchema = z.object({ id: IdSchema, name: NameSchema });
export type Department = z.infer<typeof DepartmentSchema>;

export const UnitTypeSchema = z.object({ id: IdSchema, name: NameSchema });
export type UnitType = z.infer<typeof UnitTypeSchema>;

/**
 * A target for an indicator threshold. `unitTypes` limits it to some unit types
 * (item 2: 80% for 区县/开发区, 95% for 局（产业）); a target without it applies to
 * every unit type no other target names.
 */
export const TargetSchema = z.object({
  unitTypes: z.array(RefSchema).min(1).optional(),
  percent: PercentSchema,
});
export type Target = z.infer<typeof TargetSchema>;

/** A rate the unit reports as numerator / denominator, met when it reaches its target. */
export const ThresholdSchema = z.object({
  indicator: z.object({
    id: IdSchema,
    name: NameSchema,
    numeratorLabel: NameSchema.optional(),
    denominatorLabel: NameSchema.optional(),
  }),
  targets: z.array(TargetSchema).min(1),
});
export type Threshold = z.infer<typeof ThresholdSchema>;

const criterionBase = {
  id: IdSchema,
  /** This criterion's own words, as they stand in the 评分标准 text. */
  text: NameSchema,
  /** The department that judges it; required where the item has two departments. */
  department: RefSchema.optional(),
};

/** Checklist entry: met adds its points (item 1: 建立相应领导机构和工作机构得2分). */
export const AwardCriterionSchema = z.object({
  ...criterionBase,
  kind: z.literal('award'),
  points: PointsSchema,
  threshold: ThresholdSchema.optional(),
});

/** All or nothing (item 5: 同步组建率达标得3分，未达标不得分). */
export const PassFailCriterionSchema = z.object({
  ...criterionBase,
  kind: z.literal('passFail'),
  points: PointsSchema,
  threshold: ThresholdSchema.optional(),
});

export const LevelSchema = z.object({ id: IdSchema, text: NameSchema, points: PointsSchema });
export type Level = z.infer<typeof LevelSchema>;

/** Pick one level (item 28: 完成基数得4分，增长得7分). Choosing none scores 0. */
export const LevelsCriterionSchema = z.object({
  ...criterionBase,
  kind: z.literal('levels'),
  levels: z.array(LevelSchema).min(1),
});

/** Subtract per occurrence (item 30: 缺一项扣1分); the item never goes below 0. */
export const DeductionCriterionSchema = z.object({
  ...criterionBase,
  kind: z.literal('deduction'),
  pointsPerOccurrence: PointsSchema,
  maxOccurrences: z.number().int().positive().optional(),
});

/** When triggered the whole item scores 0 (item 16: 建档率不达标整项不得分). */
export const VetoCriterionSchema = z.object({
  ...criterionBase,
  kind: z.literal('veto'),
});

/** A judged value from 0 to max (item 8: 综合打分). */
export const HolisticCriterionSchema = z.object({
  ...criterionBase,
  kind: z.literal('holistic'),
  max: PointsSchema,
});

export const CriterionSchema = z.discriminatedUnion('kind', [
  AwardCriterionSchema,
  PassFailCriterionSchema,
  LevelsCriterionSchema,
  DeductionCriterionSchema,
  VetoCriterionSchema,
  HolisticCriterionSchema,
]);
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriterionKind = Criterion['kind'];
/** The kinds in the union's order, read from it. */
export const CRITERION_KINDS: readonly CriterionKind[] = CriterionSchema.options.map(
  (o) => o.shape.kind.value,
);

/** The structured form of an item's 评分标准. Criteria combine by addition, then the veto, then the clamp to [0, base]. */
export const RuleSchema = z.object({ criteria: z.array(CriterionSchema).min(1) });
export type Rule = z.infer<typeof RuleSchema>;

export const ItemSchema = z.object({
  id: IdSchema,
  /** 序号 */
  number: z.number().int().positive(),
  /** 考核内容 */
  content: NameSchema,
  /** 工作对应部门, in the order the table names them: the first leads. */
  departments: z
    .array(RefSchema)
    .min(1, message('每项至少有一个负责部门', 'every item needs a department')),
  /** 基本分值: the item's maximum. */
  baseScore: PointsSchema,
  /** 评分标准, verbatim. */
  criteriaText: NameSchema,
  /** Whether a self score needs a written explanation (说明) before submission. */
  explanationRequired: z.boolean().default(true),
  rule: RuleSchema,
});
export type Item = z.infer<typeof ItemSchema>;

export const CategorySchema = z.object({
  id: IdSchema,
  /** 考核项目 */
  name: NameSchema,
  items: z.array(ItemSchema),
});
export type Category = z.infer<typeof CategorySchema>;

export const BonusItemSchema = z.object({
  id: IdSchema,
  content: NameSchema,
  /** null where the table names no department (the third 2011 bonus item). */
  department: RefSchema.nullable(),
  /** Most points this bonus item can add; null: no cap set (the 2011 table sets none). */
  cap: PointsSchema.nullable(),
});
export type BonusItem = z.infer<typeof BonusItemSchema>;

export const RubricSchema = z.object({
  year: z.number().int().min(2000).max(2999),
  title: NameSchema,
  /** 合计: what the item base scores must add up to. */
  total: PointsSchema,
  /** Every score is a multiple of this (default 0.5: half points exist, item 23). */
  step: PointsSchema.refine(
    (s) => s > 0,
    message('分值步长必须大于0', 'the step must be above 0'),
  ).default(0.5),
  departments: z.array(DepartmentSchema).min(1),
  unitTypes: z.array(UnitTypeSchema).min(1),
  categories: z.array(CategorySchema).min(1),
  bonusItems: z.array(BonusItemSchema),
  /** Most points all bonus items together can add; null: no cap set. */
  bonusCap: PointsSchema.nullable(),
});
export type Rubric = z.infer<typeof RubricSchema>;
export type RubricInput = z.input<typeof RubricSchema>;
