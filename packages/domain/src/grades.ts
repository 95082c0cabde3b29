/**
 * 等次 (grades, issue 14): per cycle and unit type, the approved units are sorted into
 * grades by rule from their 总计 — either by total (≥ 110 优秀, ≥ 100 良好, …) or by share of
 * the units of the type (优秀 不超过 20%, …). Everything is on integer hundredths: totals
 * in centipoints, shares in hundredths of a percent; no float is ever compared.
 *
 * Ties always share a grade (decision 022): in share mode a tied group takes a band only
 * when the whole group fits inside the band's quota ("比例不超过"), otherwise the whole group
 * goes down to the next band together.
 */
import { z } from 'zod';
import { type LocalizedText, zodMessage } from './errors.ts';
import { type Centi, formatCenti, tryToCenti } from './points.ts';

export const GRADE_MODES = ['total', 'share'] as const;
export type GradeMode = (typeof GRADE_MODES)[number];

/** 10000 hundredths of a percent: 100%. */
const WHOLE_SHARE = 10_000;

export const GradeLabelSchema = z
  .string()
  .trim()
  .min(1, zodMessage({ zh: '请填写等次名称', en: 'a grade label is required' }))
  .max(20, zodMessage({ zh: '等次名称最多20个字', en: 'a grade label has at most 20 characters' }));

/** A decimal with at most two places, as text or number ("110", 20.5). */
const BoundSchema = z.union([z.number(), z.string().trim().max(20)]);

export const GradeBandSchema = z.object({
  label: GradeLabelSchema,
  /** total mode: the least 总计 of the band; share mode: the band's share of units in percent. */
  bound: BoundSchema,
});
export type GradeBand = z.infer<typeof GradeBandSchema>;

/** One problem with a set of bands: where, and what, in both languages. */
export interface GradeBandProblem {
  path: (string | number)[];
  message: LocalizedText;
}

/**
 * What is wrong with a set of bands; empty when it is good. Total mode: bounds strictly
 * descending (a band that does not lie below the one before overlaps it or is out of
 * order). Share mode: each share above 0 and the shares together at most 100%. Labels:
 * distinct, and the rest's label differs from every band's.
 */
export function gradeBandProblems(input: {
  mode: GradeMode;
  bands: readonly GradeBand[];
  otherwise: string;
}): GradeBandProblem[] {
  const problems: GradeBandProblem[] = [];
  const seen = new Set<string>();
  input.bands.forEach((band, i) => {
    const label = band.label.trim();
    if (seen.has(label)) {
      problems.push({
        path: ['bands', i, 'label'],
        message: { zh: `等次名称「${label}」重复`, en: `The grade label "${label}" is used twice` },
      });
    }
    seen.add(label);
  });
  if (seen.has(input.otherwise.trim())) {
    problems.push({
      path: ['otherwise'],
      message: {
        zh: `其余单位的等次「${input.otherwise.trim()}」与上面的等次重名`,
        en: `The grade for the rest, "${input.otherwise.trim()}", repeats a band's label`,
      },
    });
  }
  let previous: Centi | undefined;
  let sum = 0;
  input.bands.forEach((band, i) => {
    const path = ['bands', i, 'bound'];
    const c = tryToCenti(band.bound);
    if (c === undefined || c < 0) {
      problems.push({
        path,
        message:
          input.mode === 'total'
            ? {
                zh: `「${band.label}」的分数线须为不小于0、最多两位小数的数：${String(band.bound)}`,
                en: `"${band.label}": the least total must be a number ≥ 0 with at most two decimals: ${String(band.bound)}`,
              }
            : {
                zh: `「${band.label}」的比例须为大于0、最多两位小数的百分数：${String(band.bound)}`,
                en: `"${band.label}": the share must be a percentage above 0 with at most two decimals: ${String(band.bound)}`,
              },
      });
      return;
    }
    if (input.mode === 'total') {
      if (previous !== undefined && c >= previous) {
        problems.push({
          path,
          message: {
            zh: `分数线须从高到低排列且不重叠：「${band.label}」的${formatCenti(c)}分不低于上一等次的${formatCenti(previous)}分`,
            en: `Bands go from the highest total down without overlapping: "${band.label}" at ${formatCenti(c)} is not below the band before it at ${formatCenti(previous)}`,
          },
        });
      }
      previous = c;
    } else {
      if (c <= 0 || c > WHOLE_SHARE) {
        problems.push({
          path,
          message: {
            zh: `「${band.label}」的比例须大于0%且不超过100%：${formatCenti(c)}%`,
            en: `"${band.label}": the share must be above 0% and at most 100%: ${formatCenti(c)}%`,
          },
        });
        return;
      }
      sum += c;
    }
  });
  if (input.mode === 'share' && sum > WHOLE_SHARE) {
    problems.push({
      path: ['bands'],
      message: {
        zh: `各等次比例合计${formatCenti(sum)}%，超过100%`,
        en: `The shares add up to ${formatCenti(sum)}%, over 100%`,
      },
    });
  }
  return problems;
}

/** The grade bands of one unit type in one cycle, checked (the procedure's input too). */
export const GradeBandsSchema = z
  .object({
    mode: z.enum(GRADE_MODES),
    /** Best first. */
    bands: z
      .array(GradeBandSchema)
      .min(1, zodMessage({ zh: '至少设一个等次', en: 'at least one band is required' }))
      .max(10, zodMessage({ zh: '最多10个等次', en: 'at most 10 bands' })),
    /** The grade of every unit below the last band (such as 不达标). */
    otherwise: GradeLabelSchema,
  })
  .superRefine((value, ctx) => {
    for (const p of gradeBandProblems(value)) {
      ctx.addIssue({ code: 'custom', path: p.path, message: zodMessage(p.message) });
    }
  });
export type GradeBands = z.infer<typeof GradeBandsSchema>;

export interface GradeCandidate {
  id: string;
  /** 总计 in hundredths. */
  total: Centi;
}

/**
 * The grade of every candidate (the approved units of one unit type) under `bands`: a
 * label for each, or null for each when no bands are set. Pure; the order of the
 * candidates does not matter.
 *
 * Total mode: the first band whose bound the total reaches, else `otherwise`.
 * Share mode: sorted by total, a unit's group of equal totals spans positions
 * first..last (1-based); band k's quota is floor(n × (share₁ + … + shareₖ) / 100%), and
 * the group takes the first band whose quota holds its last position, else `otherwise`.
 */
export function assignGrades(
  bands: GradeBands | null,
  candidates: readonly GradeCandidate[],
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (bands === null) {
    for (const c of candidates) out.set(c.id, null);
    return out;
  }
  const labels = bands.bands.map((b) => b.label.trim());
  const otherwise = bands.otherwise.trim();
  const bounds = bands.bands.map((b) => tryToCenti(b.bound) ?? 0);
  if (bands.mode === 'total') {
    for (const c of candidates) {
      const k = bounds.findIndex((bound) => c.total >= bound);
      out.set(c.id, k < 0 ? otherwise : labels[k]!);
    }
    return out;
  }
  const n = candidates.length;
  const quotas: number[] = [];
  let cumulative = 0;
  for (const share of bounds) {
    cumulative += share;
    const product = n * cumulative;
    // Integer floor division: no float is compared.
    quotas.push((product - (product % WHOLE_SHARE)) / WHOLE_SHARE);
  }
  // Last position of each group of equal totals, best first.
  const lastPosition = new Map<Centi, number>();
  const totals = candidates.map((c) => c.total).sort((a, b) => b - a);
  totals.forEach((t, i) => {
    lastPosition.set(t, i + 1);
  });
  for (const c of candidates) {
    const last = lastPosition.get(c.total)!;
    const k = quotas.findIndex((q) => last <= q);
    out.set(c.id, k < 0 ? otherwise : labels[k]!);
  }
  return out;
}

/** The labels in order, best first, the rest last: for legends and checks. */
export function gradeLabels(bands: GradeBands): string[] {
  return [...bands.bands.map((b) => b.label.trim()), bands.otherwise.trim()];
}
