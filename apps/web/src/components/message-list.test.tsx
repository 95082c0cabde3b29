/**
 * 站内消息 in the browser: the list shows the server's text in the reader's language,
 * unread ones marked, and "标为已读" / "全部标为已读" call the server; the bell shows the
 * unread count. The server is a stubbed fetch answering tRPC's batch format.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import superjson from 'superjson';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from '../test/render.tsx';
import { makeTrpcClient, TRPCProvider } from '../trpc.ts';
import { MessageBell } from './message-bell.tsx';
import { MessageList } from './message-list.tsx';

const MESSAGES = [
  {
    id: 'm1',
    kind: 'reminder',
    text: {
      zh: '催办：考核办提醒您尽快完成河西区总工会的单位自评（截止日期2011-12-10已过）',
      en: 'Reminder from 考核办: please finish Self-scoring of 河西区总工会 (due 2011-12-10, overdue)',
    },
    assessmentId: 'a1',
    createdAt: new Date('2011-12-11T09:00:00+08:00'),
    read: false,
  },
  {
    id: 'm2',
    kind: 'deadline.near',
    text: { zh: '单位自评将于2011-12-10截止（还有3天）：河西区总工会', en: 'Self-scoring is due' },
    assessmentId: 'a1',
    createdAt: new Date('2011-12-07T09:00:00+08:00'),
    read: true,
  },
];

const calls: Array<{ path: string; method: string }> = [];

function answer(path: string): unknown {
  switch (path) {
    case 'message.list':
      return { messages: MESSAGES, unread: 1, hasMore: false };
    case 'message.unreadCount':
      return 1;
    case 'message.markRead':
      return { unread: 0 };
    case 'message.markAllRead':
      return { marked: 1 };
    default:
      throw new Error(`unexpected ${path}`);
  }
}

function stubServer() {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const paths = decodeURIComponent(url.pathname.replace(/^\/trpc\//, '')).split(',');
    for (const path of paths) calls.push({ path, method: init?.method ?? 'GET' });
    const body = paths.map((p) => ({ result: { data: superjson.serialize(answer(p)) } }));
    return new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json' },
    });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

function withServer(ui: React.ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const trpcClient = makeTrpcClient();
  const rootRoute = createRootRoute({ component: () => <>{ui}</> });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}

describe('站内消息', () => {
  test('lists the messages, unread marked, and marks one or all read', async () => {
    stubServer();
    const { screen } = render(withServer(<MessageList userRole="unit" />));
    const list = screen.getByTestId('message-list');
    await expect.element(list).toHaveTextContent(MESSAGES[0]!.text.zh);
    await expect.element(list).toHaveTextContent(MESSAGES[1]!.text.zh);
    await expect.element(list.getByText('未读')).toBeVisible();
    // Only the unread one offers 标为已读.
    expect(list.getByRole('button', { name: '标为已读' }).elements()).toHaveLength(1);
    await list.getByRole('button', { name: '标为已读' }).click();
    await vi.waitFor(() =>
      expect(calls).toContainEqual({ path: 'message.markRead', method: 'POST' }),
    );
    await screen.getByTestId('mark-all-read').click();
    await vi.waitFor(() =>
      expect(calls).toContainEqual({ path: 'message.markAllRead', method: 'POST' }),
    );
  });

  test('the bell shows the unread count and names it', async () => {
    stubServer();
    const { screen } = render(withServer(<MessageBell />));
    const bell = screen.getByTestId('message-bell');
    await expect.element(bell).toHaveAttribute('aria-label', '站内消息（1条未读）');
    await expect.element(bell).toHaveTextContent('1');
  });

  test('in English', async () => {
    stubServer();
    const { screen } = render(withServer(<MessageList userRole="department" />), { locale: 'en' });
    await expect
      .element(screen.getByTestId('message-list'))
      .toHaveTextContent(MESSAGES[0]!.text.en);
    await expect.element(screen.getByRole('button', { name: 'Mark all read' })).toBeVisible();
  });
});
