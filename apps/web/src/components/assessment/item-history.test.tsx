import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { render } from '../../test/render.tsx';
import type { HistoryEvent } from '../../trpc.ts';
import { HistoryTimeline } from './item-history.tsx';

const event = (e: Partial<HistoryEvent> & Pick<HistoryEvent, 'id' | 'action'>): HistoryEvent => ({
  at: new Date('2011-12-08T10:30:00+08:00'),
  entityType: e.action.split('.')[0]!,
  entityId: 'a1/dispute-mediation',
  itemId: 'dispute-mediation',
  actorUserId: 'u1',
  actorRole: 'unit',
  actorName: '河西区总工会填报员',
  actorDepartmentId: null,
  actorDepartmentName: null,
  before: null,
  after: null,
  reason: null,
  ...e,
});

const events: HistoryEvent[] = [
  event({
    id: 4,
    action: 'itemReview.reopen',
    entityId: 'a1/dispute-mediation/legal',
    reason: { zh: '单位修改后重新提交', en: 'The unit revised and resubmitted it' },
  }),
  event({
    id: 3,
    action: 'evidence.delete',
    entityType: 'evidence',
    entityId: 'e1',
    after: { fileName: '调解台账.pdf' },
    reason: { zh: '传错了', en: '传错了' },
  }),
  event({
    id: 2,
    action: 'itemReview.return',
    entityId: 'a1/dispute-mediation/legal',
    actorUserId: 'u2',
    actorRole: 'department',
    actorName: '张敏',
    actorDepartmentId: 'legal',
    actorDepartmentName: '法律部',
  }),
  event({ id: 1, action: 'evidence.add', after: { fileName: '调解台账.pdf' } }),
];

function timeline(onMore = () => {}, hasMore = true) {
  return (
    <HistoryTimeline
      rubric={rubric2011}
      events={events}
      total={1233}
      hasMore={hasMore}
      loadingMore={false}
      onMore={onMore}
    />
  );
}

describe('HistoryTimeline', () => {
  test('names each actor with the role or department, reasons and evidence in Chinese', async () => {
    const { screen } = render(timeline());
    await expect.element(screen.getByText('操作人：张敏（法律部）')).toBeVisible();
    await expect
      .element(screen.getByText('操作人：河西区总工会填报员（被考核单位）').first())
      .toBeVisible();
    await expect.element(screen.getByText('单位修改后重新提交')).toBeVisible();
    await expect.element(screen.getByText('上传佐证材料')).toBeVisible();
    await expect.element(screen.getByText('删除佐证材料')).toBeVisible();
    expect(screen.getByText('文件：调解台账.pdf').elements()).toHaveLength(2);
    expect(screen.getByText('resubmitted', { exact: false }).elements()).toHaveLength(0);
  });

  test('says how many are shown of how many, and loads more on demand', async () => {
    let asked = 0;
    const { screen } = render(timeline(() => (asked += 1)));
    await expect
      .element(screen.getByTestId('history-count'))
      .toHaveTextContent('已显示 4 条，共 1233 条');
    await screen.getByRole('button', { name: /加载更多/ }).click();
    expect(asked).toBe(1);
  });

  test('in English: the reason in English, the last page says so', async () => {
    const { screen } = render(
      timeline(() => {}, false),
      { locale: 'en' },
    );
    await expect.element(screen.getByText('The unit revised and resubmitted it')).toBeVisible();
    await expect.element(screen.getByText('By 张敏 (法律部)')).toBeVisible();
    await expect.element(screen.getByTestId('history-count')).toHaveTextContent('1233 in all');
    expect(screen.getByRole('button', { name: /Load more/ }).elements()).toHaveLength(0);
  });
});
