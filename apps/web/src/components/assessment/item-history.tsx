/**
 * 修改记录 of one item or of the whole assessment, from the audit trail: who (by name and
 * role), when, what changed (before → after) and why, in the reader's language. The server
 * decides what each role sees and pages it; this shows a page at a time with 加载更多.
 * Score inputs are described the way the criteria read ("符合", "增长", "发生2次"), not as JSON.
 */
import {
  type CriterionInput,
  findItem,
  type Item,
  type ItemInputs,
  type Rubric,
} from '@kaohe/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { type Translate, useLocale, useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { toAppError } from '../../lib/app-error.ts';
import {
  formatDate,
  formatDateTime,
  REVIEW_STATUS_LABEL,
  type ReviewStatus,
} from '../../lib/labels.ts';
import { type HistoryEvent, useTRPC } from '../../trpc.ts';
import { ROLE_LABEL } from '../app-shell.tsx';

const ACTION_LABEL: Record<string, MessageKey> = {
  'itemScore.saveSelfScore': 'history.saveSelfScore',
  'itemReview.saveReviewScore': 'history.saveReviewScore',
  'itemReview.adoptSelfScore': 'history.adoptSelfScore',
  'itemReview.return': 'history.return',
  'itemReview.reopen': 'history.reopen',
  'evidence.add': 'history.evidenceAdd',
  'evidence.delete': 'history.evidenceDelete',
  'assessment.create': 'history.create',
  'assessment.SUBMIT': 'history.submit',
  'assessment.RESUBMIT': 'history.resubmit',
  'assessment.RETURN_ITEMS': 'history.returnItems',
  'assessment.COMPLETE_REVIEW': 'history.completeReview',
  'assessment.COMPLETE_BONUS': 'history.completeBonus',
  'assessment.SEND_BACK': 'history.sendBack',
  'assessment.APPROVE': 'history.approve',
  'assessment.REOPEN': 'history.reopenAssessment',
  'bonus.award': 'history.bonusAward',
  'bonus.revoke': 'history.bonusRevoke',
  'honours.bar': 'history.honoursBar',
  'honours.lift': 'history.honoursLift',
  'assessment.PUBLISH': 'history.publish',
  'assessment.FINALISE': 'history.finalise',
  'appeal.file': 'history.appealFile',
  'appeal.answer': 'history.appealAnswer',
  'appeal.decide': 'history.appealDecide',
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
  points: 'history.points',
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
export function changesOf(
  event: Pick<HistoryEvent, 'before' | 'after'>,
  item: Item | undefined,
  t: Translate,
) {
  const before = (event.before ?? null) as Json;
  const after = (event.after ?? null) as Json;
  const out: Change[] = [];
  for (const inputsKey of item ? ['selfInputs', 'reviewInputs'] : []) {
    const b = (before?.[inputsKey] ?? {}) as ItemInputs;
    const a = (after?.[inputsKey] ?? {}) as ItemInputs;
    if (!(inputsKey in (before ?? {})) && !(inputsKey in (after ?? {}))) continue;
    for (const criterion of item!.rule.criteria) {
      const was = describeInput(item!, criterion.id, b[criterion.id], t);
      const now = describeInput(item!, criterion.id, a[criterion.id], t);
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

/** Who acted: the name and, beside it, the department or the role. */
export function actorOf(event: HistoryEvent, t: Translate): string {
  const role = event.actorRole as keyof typeof ROLE_LABEL | null;
  const roleName = role && ROLE_LABEL[role] ? t(ROLE_LABEL[role]) : (event.actorRole ?? '');
  const where = role === 'department' ? (event.actorDepartmentName ?? roleName) : roleName;
  if (event.actorName) return t('history.actor', { name: event.actorName, role: where });
  return event.actorUserId ? where : t('history.system');
}

/** A step done after its deadline records the deadline (`after.late`, issue 15). */
function lateOf(event: Pick<HistoryEvent, 'after'>): string | null {
  const late = ((event.after ?? null) as Json)?.late as { dueAt?: unknown } | undefined;
  return typeof late?.dueAt === 'string' ? late.dueAt : null;
}

/** One page after another of a history, as the server gives them. */
export function HistoryTimeline({
  rubric,
  events,
  total,
  hasMore,
  loadingMore,
  onMore,
  showItem = false,
}: {
  rubric: Rubric;
  events: HistoryEvent[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  /** In the whole assessment's history: which item each event is about. */
  showItem?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  if (events.length === 0) return <Empty description={t('history.none')} />;
  const departmentName = (id: string | undefined) =>
    id ? (rubric.departments.find((d) => d.id === id)?.name ?? id) : null;
  return (
    <Flex vertical gap={8}>
      <Timeline
        items={events.map((event) => {
          const item = event.itemId ? findItem(rubric, event.itemId) : undefined;
          // A file is uploaded or deleted whole: name it rather than list its fields.
          const file =
            event.entityType === 'evidence'
              ? (((event.after ?? event.before) as Json)?.fileName as string | undefined)
              : undefined;
          const changes = file === undefined ? changesOf(event, item, t) : [];
          const department = event.action.startsWith('itemReview')
            ? departmentName(event.entityId.split('/')[2])
            : null;
          return {
            key: event.id,
            content: (
              <div className="kaohe-history-entry" data-testid="history-entry">
                <div>
                  <Typography.Text strong>
                    {ACTION_LABEL[event.action] ? t(ACTION_LABEL[event.action]!) : event.action}
                  </Typography.Text>{' '}
                  {showItem && item && <Tag>{t('history.item', { n: item.number })}</Tag>}
                  {department && <Tag>{department}</Tag>}
                  {lateOf(event) && (
                    <Tag color="red" data-testid="history-late">
                      {t('late.event', { date: formatDate(lateOf(event)!) })}
                    </Tag>
                  )}
                  <Typography.Text type="secondary">{formatDateTime(event.at)}</Typography.Text>
                </div>
                <Typography.Text type="secondary" data-testid="history-actor">
                  {t('history.by', { who: actorOf(event, t) })}
                </Typography.Text>
                {changes.length > 0 && (
                  <ul className="kaohe-history-changes">
                    {changes.map((c) => (
                      <li key={c.label}>
                        <span className="kaohe-history-field">{c.label}</span>：
                        <span className="kaohe-history-before">
                          {c.before || t('history.blank')}
                        </span>
                        {' → '}
                        <span className="kaohe-history-after">{c.after || t('history.blank')}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {file !== undefined && (
                  <div>
                    <span className="kaohe-history-field">{t('history.fileName')}</span>：{file}
                  </div>
                )}
                {event.reason && (
                  <div data-testid="history-reason">
                    <Typography.Text type="secondary">{t('history.reason')}</Typography.Text>
                    {event.reason[locale]}
                  </div>
                )}
              </div>
            ),
          };
        })}
      />
      <Flex gap={12} align="center" wrap>
        <Typography.Text type="secondary" data-testid="history-count">
          {hasMore
            ? t('history.shown', { shown: events.length, total })
            : t('history.all', { total })}
        </Typography.Text>
        {hasMore && (
          <Button size="small" loading={loadingMore} onClick={onMore}>
            {t('history.more')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** An item's history (itemId) or the whole assessment's, a page at a time. */
export function ItemHistory({
  rubric,
  assessmentId,
  itemId,
}: {
  rubric: Rubric;
  assessmentId: string;
  itemId?: string;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const history = useInfiniteQuery(
    trpc.audit.history.infiniteQueryOptions(
      itemId === undefined ? { assessmentId } : { assessmentId, itemId },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
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
  const pages = history.data.pages;
  return (
    <HistoryTimeline
      rubric={rubric}
      events={pages.flatMap((p) => p.events)}
      total={pages[pages.length - 1]?.total ?? 0}
      hasMore={history.hasNextPage}
      loadingMore={history.isFetchingNextPage}
      onMore={() => history.fetchNextPage()}
      showItem={itemId === undefined}
    />
  );
}
