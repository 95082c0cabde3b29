/**
 * 修改记录 of one item, from the audit trail: who, when, what changed (before → after) and
 * why. Score inputs are described the way the criteria read ("符合", "增长", "发生2次"),
 * not as JSON.
 */
import {
  type CriterionInput,
  findItem,
  type Item,
  type ItemInputs,
  type Rubric,
} from '@kaohe/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { type Translate, useLocale, useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { toAppError } from '../../lib/app-error.ts';
import {
  formatDate,
  formatDateTime,
  REVIEW_STATUS_LABEL,
  type ReviewStatus,
} from '../../lib/labels.ts';
import { type AuditEvent, useTRPC } from '../../trpc.ts';
import { ROLE_LABEL } from '../app-shell.tsx';

const ACTION_LABEL: Record<string, MessageKey> = {
  'itemScore.saveSelfScore': 'history.saveSelfScore',
  'itemReview.saveReviewScore': 'history.saveReviewScore',
  'itemReview.return': 'history.return',
  'itemReview.reopen': 'history.reopen',
  'evidence.add': 'history.evidenceAdd',
  'evidence.delete': 'history.evidenceDelete',
};

const FIELD_LABEL: Record<string, MessageKey> = {
  selfScore: 'table.selfScore',
  reviewScore: 'history.departmentScore',
  itemReviewScore: 'table.reviewScore',
  explanation: 'explanation.label',
  remarks: 'table.remarks',
  status: 'history.status',
  returnedReason: 'history.returnedReason',
  returnDeadline: 'history.returnDeadline',
  fileName: 'history.fileName',
};

type Json = Record<string, unknown> | null;

/** One criterion's input in words. */
export function describeInput(
  item: Item,
  criterionId: string,
  input: CriterionInput | undefined,
  t: Translate,
): string {
  if (input === undefined) return t('history.blank');
  const criterion = item.rule.criteria.find((c) => c.id === criterionId);
  if (input.met !== undefined) return input.met ? t('history.met') : t('history.notMet');
  if (input.levelId !== undefined) {
    if (input.levelId === null) return t('criterion.levelNone');
    const level =
      criterion?.kind === 'levels' ? criterion.levels.find((l) => l.id === input.levelId) : null;
    return level?.text ?? input.levelId;
  }
  if (input.count !== undefined) return t('history.count', { count: input.count });
  if (input.triggered !== undefined)
    return input.triggered ? t('criterion.vetoTriggered') : t('history.notTriggered');
  if (input.value !== undefined) return t('unit.points', { points: String(input.value) });
  if (input.numerator !== undefined || input.denominator !== undefined)
    return `${input.numerator ?? '—'} / ${input.denominator ?? '—'}`;
  return t('history.blank');
}

interface Change {
  label: string;
  before: string;
  after: string;
}

const show = (v: unknown, t?: Translate, field?: string): string => {
  if (v === null || v === undefined || v === '') return '';
  if (field === 'status' && t && typeof v === 'string' && v in REVIEW_STATUS_LABEL) {
    return t(REVIEW_STATUS_LABEL[v as ReviewStatus]);
  }
  if (v instanceof Date) return formatDate(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDate(v);
  return String(v);
};

/** What changed between the before and after of one event, field by field and criterion by criterion. */
export function changesOf(event: Pick<AuditEvent, 'before' | 'after'>, item: Item, t: Translate) {
  const before = (event.before ?? null) as Json;
  const after = (event.after ?? null) as Json;
  const out: Change[] = [];
  for (const inputsKey of ['selfInputs', 'reviewInputs']) {
    const b = (before?.[inputsKey] ?? {}) as ItemInputs;
    const a = (after?.[inputsKey] ?? {}) as ItemInputs;
    if (!(inputsKey in (before ?? {})) && !(inputsKey in (after ?? {}))) continue;
    for (const criterion of item.rule.criteria) {
      const was = describeInput(item, criterion.id, b[criterion.id], t);
      const now = describeInput(item, criterion.id, a[criterion.id], t);
      if (was !== now) out.push({ label: criterion.text, before: was, after: now });
    }
  }
  for (const [field, label] of Object.entries(FIELD_LABEL)) {
    const was = show(before?.[field], t, field);
    const now = show(after?.[field], t, field);
    if (was !== now) out.push({ label: t(label), before: was, after: now });
  }
  return out;
}

export function ItemHistory({
  rubric,
  assessmentId,
  itemId,
}: {
  rubric: Rubric;
  assessmentId: string;
  itemId: string;
}) {
  const t = useT();
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions()).data?.user;
  // The audit trail names the actor by user id only; the admin can read every account's
  // name, others see their own name and, for anyone else, the role (and department).
  const users = useQuery({
    ...trpc.admin.users.queryOptions(),
    enabled: me?.role === 'admin',
  }).data;
  const who = (event: AuditEvent, department: string | null) => {
    if (!event.actorUserId) return t('history.system');
    if (event.actorUserId === me?.id) return me.displayName;
    const named = users?.find((u) => u.id === event.actorUserId);
    if (named) return named.displayName;
    const role = event.actorRole as keyof typeof ROLE_LABEL | null;
    const roleName = role && ROLE_LABEL[role] ? t(ROLE_LABEL[role]) : (event.actorRole ?? '');
    return role === 'department' && department ? department : roleName;
  };
  const { locale } = useLocale();
  const item = findItem(rubric, itemId)!;
  const history = useQuery(trpc.audit.history.queryOptions({ assessmentId, itemId }));
  if (history.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (history.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={toAppError(history.error).text[locale]}
        action={
          <Button size="small" onClick={() => history.refetch()}>
            {t('state.retry')}
          </Button>
        }
      />
    );
  }
  const events = [...history.data].sort((a, b) => b.at.getTime() - a.at.getTime());
  if (events.length === 0) return <Empty description={t('history.none')} />;
  const departmentName = (id: string | undefined) =>
    id ? (rubric.departments.find((d) => d.id === id)?.name ?? id) : null;
  return (
    <Timeline
      items={events.map((event) => {
        const changes = changesOf(event, item, t);
        const department = departmentName(event.entityId.split('/')[2]);
        return {
          key: event.id,
          content: (
            <div className="kaohe-history-entry" data-testid="history-entry">
              <div>
                <Typography.Text strong>
                  {ACTION_LABEL[event.action] ? t(ACTION_LABEL[event.action]!) : event.action}
                </Typography.Text>{' '}
                {department && event.action.startsWith('itemReview') && <Tag>{department}</Tag>}
                <Typography.Text type="secondary">{formatDateTime(event.at)}</Typography.Text>
              </div>
              <Typography.Text type="secondary">
                {t('history.by', { who: who(event, department) })}
              </Typography.Text>
              {changes.length > 0 && (
                <ul className="kaohe-history-changes">
                  {changes.map((c) => (
                    <li key={c.label}>
                      <span className="kaohe-history-field">{c.label}</span>：
                      <span className="kaohe-history-before">{c.before || t('history.blank')}</span>
                      {' → '}
                      <span className="kaohe-history-after">{c.after || t('history.blank')}</span>
                    </li>
                  ))}
                </ul>
              )}
              {event.reason && (
                <div>
                  <Typography.Text type="secondary">{t('history.reason')}</Typography.Text>
                  {event.reason}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
