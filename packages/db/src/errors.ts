/**
 * Database failures a user can cause, turned into the domain's one error type. Only
 * constraints listed here are translated; anything else is a bug and stays as the
 * database reported it.
 */
import { DomainError, type DomainErrorCode, type LocalizedText } from '@kaohe/domain';

export function conflict(current: unknown): DomainError {
  return new DomainError(
    'CONFLICT',
    {
      zh: '数据已被他人修改，请刷新后重试',
      en: 'Someone else changed this in the meantime; refresh and try again',
    },
    { current },
  );
}

export function notFound(what: LocalizedText, id: string): DomainError {
  return new DomainError('NOT_FOUND', {
    zh: `未找到${what.zh}：${id}`,
    en: `${what.en} not found: ${id}`,
  });
}

/** Names of things for NOT_FOUND messages. */
export const ENTITY = {
  assessment: { zh: '考核', en: 'Assessment' },
  itemScore: { zh: '考核内容', en: 'Item' },
  itemReview: { zh: '部门考评', en: 'Department review' },
  rubric: { zh: '考核表', en: 'Rubric' },
  cycle: { zh: '考核年度', en: 'Cycle' },
  unit: { zh: '被考核单位', en: 'Unit' },
  user: { zh: '用户', en: 'User' },
  session: { zh: '会话', en: 'Session' },
  bonusAward: { zh: '加分', en: 'Bonus award' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
  gradeBands: { zh: '等次设置', en: 'Grade bands' },
  honoursBar: { zh: '不予评先记录', en: 'Honours bar' },
} satisfies Record<string, LocalizedText>;

/** When nothing was updated: the row is gone (NOT_FOUND) or has moved on (CONFLICT). */
export function conflictOrNotFound(current: unknown, what: LocalizedText, id: string): DomainError {
  return current === undefined ? notFound(what, id) : conflict(current);
}

const CONSTRAINTS: Record<string, { code: DomainErrorCode; text: LocalizedText }> = {
  item_scores_self_score_range: {
    code: 'INVALID_SCORE',
    text: {
      zh: '自评分必须在0到基本分值之间',
      en: 'A self score must be between 0 and the base score',
    },
  },
  item_scores_review_score_range: {
    code: 'INVALID_SCORE',
    text: {
      zh: '考评分必须在0到基本分值之间',
      en: 'A review score must be between 0 and the base score',
    },
  },
  item_reviews_review_score_check: {
    code: 'INVALID_SCORE',
    text: { zh: '考评分不能为负数', en: 'A review score cannot be negative' },
  },
  bonus_awards_points_check: {
    code: 'INVALID_SCORE',
    text: { zh: '加分不能为负数', en: 'Bonus points cannot be negative' },
  },
  bonus_awards_reason_check: {
    code: 'INVALID_INPUT',
    text: { zh: '加分必须填写理由', en: 'A bonus award needs a reason' },
  },
  item_reviews_returned_reason_check: {
    code: 'INVALID_INPUT',
    text: { zh: '退回必须填写原因', en: 'Returning an item needs a reason' },
  },
  indicator_values_rate_check: {
    code: 'INVALID_INPUT',
    text: {
      zh: '指标的分子不能大于分母，分母必须大于0',
      en: 'An indicator numerator cannot exceed its denominator, which must be above 0',
    },
  },
  honours_bars_condition_check: {
    code: 'INVALID_INPUT',
    text: { zh: '不予评先须写明情形', en: 'A bar from honours needs a named condition' },
  },
  honours_bars_reason_check: {
    code: 'INVALID_INPUT',
    text: { zh: '不予评先必须填写理由', en: 'A bar from honours needs a reason' },
  },
  users_username_key: {
    code: 'CONFLICT',
    text: { zh: '用户名已被使用', en: 'That username is taken' },
  },
  rubrics_published_year_key: {
    code: 'CONFLICT',
    text: {
      zh: '该年度已有已发布的考核表，请先归档',
      en: 'A rubric is already published for that year; archive it first',
    },
  },
  assessments_cycle_unit_key: {
    code: 'CONFLICT',
    text: { zh: '该单位在本年度已有考核', en: 'That unit is already assessed in this cycle' },
  },
  cycle_units_pkey: {
    code: 'CONFLICT',
    text: { zh: '该单位在本年度已有考核', en: 'That unit is already assessed in this cycle' },
  },
};

/** The SQLSTATE and constraint of a PostgreSQL error, from either driver. */
export function pgErrorInfo(e: unknown): { code?: string; constraint?: string } {
  if (typeof e !== 'object' || e === null) return {};
  const { code, constraint } = e as { code?: unknown; constraint?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
  };
}

/** A DomainError for a known constraint violation, else the error unchanged. */
export function translateDbError(e: unknown): unknown {
  if (e instanceof DomainError) return e;
  const { code: sqlState, constraint } = pgErrorInfo(e);
  // A deadlock or serialization failure: another write got there first, as with a version.
  if (sqlState === '40P01' || sqlState === '40001') {
    const error = conflict(undefined);
    Object.defineProperty(error, 'cause', { value: e, enumerable: false });
    return error;
  }
  const known = constraint === undefined ? undefined : CONSTRAINTS[constraint];
  if (!known) return e;
  // details reach the client; the driver's error (SQL text, parameters) stays server-side.
  const error = new DomainError(known.code, known.text, { constraint });
  Object.defineProperty(error, 'cause', { value: e, enumerable: false });
  return error;
}
