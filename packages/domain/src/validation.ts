/**
 * Rubric validation: every problem, each with its path and a message in Chinese and
 * English. Never throws, whatever it is given: an admin's half-edited draft or a file
 * from elsewhere gets a list, not a crash.
 */
import { issueText, type LocalizedText } from './errors.ts';
import { type Centi, formatCenti, tryToCenti } from './points.ts';
import { type Item, type Rubric, RubricSchema } from './rubric.ts';
import { ruleMaximum } from './scoring.ts';

export type RubricPath = Array<string | number>;

export interface RubricProblem {
  path: RubricPath;
  code: string;
  message: LocalizedText;
}

export type ValidationResult =
  | { ok: true; rubric: Rubric; problems: [] }
  | { ok: false; rubric: Rubric | null; problems: RubricProblem[] };

/** "categories[0].items[2].baseScore" */
export function formatPath(path: RubricPath): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p),
    '',
  );
}

export function validateRubric(input: unknown): ValidationResult {
  try {
    const parsed = RubricSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        rubric: null,
        problems: parsed.error.issues.map((issue) => ({
          path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          code: `shape.${issue.code}`,
          message: issueText(issue.message) ?? {
            zh: `格式错误：${issue.message}`,
            en: `Invalid shape: ${issue.message}`,
          },
        })),
      };
    }
    const problems = checkRules(parsed.data);
    return problems.length === 0
      ? { ok: true, rubric: parsed.data, problems: [] }
      : { ok: false, rubric: parsed.data, problems };
  } catch (e) {
    return {
      ok: false,
      rubric: null,
      problems: [
        {
          path: [],
          code: 'internal',
          message: { zh: `无法校验：${String(e)}`, en: `Could not validate: ${String(e)}` },
        },
      ],
    };
  }
}

const centi = (n: number): Centi => tryToCenti(n) ?? 0;

function checkRules(rubric: Rubric): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const add = (path: RubricPath, code: string, zh: string, en: string) =>
    problems.push({ path, code, message: { zh, en } });

  const step = centi(rubric.step);
  const onStep = (value: number, path: RubricPath, what: LocalizedText) => {
    if (step > 0 && centi(value) % step !== 0) {
      add(
        path,
        'step',
        `${what.zh}${value}不是分值步长${rubric.step}的整数倍`,
        `${what.en} ${value} is not a multiple of the step ${rubric.step}`,
      );
    }
  };

  const duplicates = (ids: string[], path: (i: number) => RubricPath, what: LocalizedText) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        add(path(i), 'duplicateId', `${what.zh}标识重复：${id}`, `duplicate ${what.en} id: ${id}`);
      seen.add(id);
    });
  };

  const departmentIds = new Set(rubric.departments.map((d) => d.id));
  const unitTypeIds = new Set(rubric.unitTypes.map((u) => u.id));
  duplicates(
    rubric.departments.map((d) => d.id),
    (i) => ['departments', i, 'id'],
    { zh: '部门', en: 'department' },
  );
  duplicates(
    rubric.unitTypes.map((u) => u.id),
    (i) => ['unitTypes', i, 'id'],
    { zh: '单位类型', en: 'unit type' },
  );
  duplicates(
    rubric.categories.map((c) => c.id),
    (i) => ['categories', i, 'id'],
    { zh: '考核项目', en: 'category' },
  );

  onStep(rubric.total, ['total'], { zh: '合计', en: 'the total' });

  const allItems: Array<{ item: Item; path: RubricPath }> = [];
  rubric.categories.forEach((category, ci) => {
    if (category.items.length === 0) {
      add(
        ['categories', ci, 'items'],
        'emptyCategory',
        `考核项目「${category.name}」没有考核内容`,
        `category "${category.name}" has no items`,
      );
    }
    category.items.forEach((item, ii) => {
      allItems.push({ item, path: ['categories', ci, 'items', ii] });
    });
  });

  duplicates(
    allItems.map((x) => x.item.id),
    (i) => [...allItems[i]!.path, 'id'],
    { zh: '考核内容', en: 'item' },
  );

  // 序号 run 1, 2, 3 … in table order.
  allItems.forEach(({ item, path }, i) => {
    if (item.number !== i + 1) {
      add(
        [...path, 'number'],
        'numbering',
        `序号应为${i + 1}，实为${item.number}（序号须唯一且连续）`,
        `item number should be ${i + 1}, found ${item.number} (numbers are unique and contiguous)`,
      );
    }
  });

  let sum = 0;
  for (const { item, path } of allItems) {
    sum += centi(item.baseScore);
    const label = { zh: `第${item.number}项`, en: `item ${item.number}` };
    onStep(item.baseScore, [...path, 'baseScore'], {
      zh: `${label.zh}基本分值`,
      en: `${label.en} base score`,
    });

    const seenDept = new Set<string>();
    item.departments.forEach((d, di) => {
      if (!departmentIds.has(d)) {
        add(
          [...path, 'departments', di],
          'unknownDepartment',
          `${label.zh}的部门「${d}」不存在`,
          `${label.en}: unknown department "${d}"`,
        );
      }
      if (seenDept.has(d)) {
        add(
          [...path, 'departments', di],
          'duplicateDepartment',
          `${label.zh}的部门「${d}」重复`,
          `${label.en}: department "${d}" listed twice`,
        );
      }
      seenDept.add(d);
    });

    duplicates(
      item.rule.criteria.map((c) => c.id),
      (i) => [...path, 'rule', 'criteria', i, 'id'],
      { zh: `${label.zh}评分标准`, en: `${label.en} criterion` },
    );

    item.rule.criteria.forEach((cr, ki) => {
      const cpath: RubricPath = [...path, 'rule', 'criteria', ki];
      if (item.departments.length > 1 && cr.department === undefined) {
        add(
          [...cpath, 'department'],
          'criterionOwnerMissing',
          `${label.zh}有多个负责部门，每条评分标准须指明评分部门`,
          `${label.en} has several departments: each criterion names the one that judges it`,
        );
      }
      if (cr.department !== undefined && !item.departments.includes(cr.department)) {
        add(
          [...cpath, 'department'],
          'criterionOwner',
          `${label.zh}评分标准的评分部门「${cr.department}」不在该项的负责部门中`,
          `${label.en}: criterion department "${cr.department}" is not one of the item's departments`,
        );
      }
      switch (cr.kind) {
        case 'award':
        case 'passFail':
          onStep(cr.points, [...cpath, 'points'], {
            zh: `${label.zh}评分标准分值`,
            en: `${label.en} criterion points`,
          });
          if (cr.threshold) {
            const covered = new Set<string>();
            let hasDefault = false;
            cr.threshold.targets.forEach((t, ti) => {
              if (!t.unitTypes) {
                if (hasDefault) {
                  add(
                    [...cpath, 'threshold', 'targets', ti],
                    'duplicateTarget',
                    `${label.zh}有多个通用目标值`,
                    `${label.en}: more than one target for all unit types`,
                  );
                }
                hasDefault = true;
              }
              t.unitTypes?.forEach((u, ui) => {
                if (!unitTypeIds.has(u)) {
                  add(
                    [...cpath, 'threshold', 'targets', ti, 'unitTypes', ui],
                    'unknownUnitType',
                    `${label.zh}目标值的单位类型「${u}」不存在`,
                    `${label.en}: unknown unit type "${u}"`,
                  );
                }
                if (covered.has(u)) {
                  add(
                    [...cpath, 'threshold', 'targets', ti, 'unitTypes', ui],
                    'duplicateTarget',
                    `${label.zh}单位类型「${u}」有多个目标值`,
                    `${label.en}: unit type "${u}" has more than one target`,
                  );
                }
                covered.add(u);
              });
            });
            if (!hasDefault) {
              for (const u of rubric.unitTypes) {
                if (!covered.has(u.id)) {
                  add(
                    [...cpath, 'threshold', 'targets'],
                    'targetMissing',
                    `${label.zh}没有适用于「${u.name}」的目标值`,
                    `${label.en}: no target for unit type "${u.name}"`,
                  );
                }
              }
            }
          }
          break;
        case 'levels': {
          const seen = new Set<string>();
          cr.levels.forEach((l, li) => {
            onStep(l.points, [...cpath, 'levels', li, 'points'], {
              zh: `${label.zh}档次分值`,
              en: `${label.en} level points`,
            });
            if (seen.has(l.id)) {
              add(
                [...cpath, 'levels', li, 'id'],
                'duplicateId',
                `${label.zh}档次标识重复：${l.id}`,
                `${label.en}: duplicate level id ${l.id}`,
              );
            }
            seen.add(l.id);
          });
          break;
        }
        case 'deduction':
          onStep(cr.pointsPerOccurrence, [...cpath, 'pointsPerOccurrence'], {
            zh: `${label.zh}扣分分值`,
            en: `${label.en} deduction`,
          });
          if (cr.pointsPerOccurrence === 0) {
            add(
              [...cpath, 'pointsPerOccurrence'],
              'zeroDeduction',
              `${label.zh}每次扣分不能为0`,
              `${label.en}: a deduction of 0 does nothing`,
            );
          }
          break;
        case 'holistic':
          onStep(cr.max, [...cpath, 'max'], {
            zh: `${label.zh}综合评分上限`,
            en: `${label.en} holistic maximum`,
          });
          break;
        case 'veto':
          break;
      }
    });

    const max = ruleMaximum(item);
    const base = centi(item.baseScore);
    if (max !== base) {
      add(
        [...path, 'rule'],
        'ruleMaximum',
        `${label.zh}评分标准最高可得${formatCenti(max)}分，与基本分值${item.baseScore}分不符`,
        `${label.en}: the criteria reach at most ${formatCenti(max)}, but the base score is ${item.baseScore}`,
      );
    }
    if (item.rule.criteria.every((c) => c.kind === 'veto' || c.kind === 'deduction')) {
      add(
        [...path, 'rule'],
        'noAward',
        `${label.zh}评分标准没有可得分的条目`,
        `${label.en}: no criterion awards points`,
      );
    }
  }

  if (sum !== centi(rubric.total)) {
    add(
      ['total'],
      'totalMismatch',
      `各项基本分值之和为${formatCenti(sum)}分，与合计${rubric.total}分不符`,
      `the item base scores add up to ${formatCenti(sum)}, but the declared total is ${rubric.total}`,
    );
  }

  duplicates(
    rubric.bonusItems.map((b) => b.id),
    (i) => ['bonusItems', i, 'id'],
    { zh: '加分项', en: 'bonus item' },
  );
  rubric.bonusItems.forEach((b, bi) => {
    if (b.department !== null && !departmentIds.has(b.department)) {
      add(
        ['bonusItems', bi, 'department'],
        'unknownDepartment',
        `加分项的部门「${b.department}」不存在`,
        `bonus item: unknown department "${b.department}"`,
      );
    }
    if (b.cap !== null)
      onStep(b.cap, ['bonusItems', bi, 'cap'], { zh: '加分项上限', en: 'bonus cap' });
  });
  if (rubric.bonusCap !== null)
    onStep(rubric.bonusCap, ['bonusCap'], { zh: '加分总上限', en: 'overall bonus cap' });

  return problems;
}
