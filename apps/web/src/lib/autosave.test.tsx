import { describe, expect, test } from 'vitest';
import { render } from '../test/render.tsx';
import { AppError } from './app-error.ts';
import { type Autosave, useAutosave } from './autosave.ts';

interface Call {
  key: string;
  payload: string;
}

type Save = (key: string, payload: string) => Promise<void>;
type Handle = { current: Autosave<string> | null };

/** The hook in a component; `handle` reaches its latest value. */
function Probe({ save, handle }: { save: Save; handle: Handle }) {
  handle.current = useAutosave<string>({ save, delay: 30 });
  return <span data-testid="status">{handle.current.status}</span>;
}

async function setup(save: Save) {
  const handle: Handle = { current: null };
  const view = render(<Probe save={save} handle={handle} />);
  const status = view.screen.getByTestId('status');
  await expect.element(status).toBeInTheDocument();
  return { ...view, hook: () => handle.current!, status };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('autosave', () => {
  test('a burst of changes to one item is sent once, after the pause; the state follows', async () => {
    const calls: Call[] = [];
    const { hook, status } = await setup(async (key, payload) => {
      calls.push({ key, payload });
    });
    await expect.element(status).toHaveTextContent('idle');
    hook().schedule('item-1', 'a');
    hook().schedule('item-1', 'ab');
    hook().schedule('item-1', 'abc');
    await expect.element(status).toHaveTextContent('saved');
    expect(calls).toEqual([{ key: 'item-1', payload: 'abc' }]);
  });

  test('saves of one item go one after another: a change during a save waits for it', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const { hook, status } = await setup(async (_key, payload) => {
      order.push(`start ${payload}`);
      if (payload === 'first') await new Promise<void>((r) => (release = r));
      order.push(`end ${payload}`);
    });
    hook().schedule('item-1', 'first');
    await pause(60);
    hook().schedule('item-1', 'second');
    await pause(60);
    expect(order).toEqual(['start first']);
    await expect.element(status).toHaveTextContent('saving');
    release();
    await expect.element(status).toHaveTextContent('saved');
    expect(order).toEqual(['start first', 'end first', 'start second', 'end second']);
  });

  test('a conflict and a lost connection are told apart; retry sends again', async () => {
    let fail: AppError | null = new AppError('CONFLICT', { zh: '已被他人修改', en: 'changed' });
    const calls: string[] = [];
    const { hook, status } = await setup(async (_key, payload) => {
      calls.push(payload);
      if (fail) throw fail;
    });
    hook().schedule('item-1', 'x');
    await expect.element(status).toHaveTextContent('conflict');
    hook().reset();
    await expect.element(status).toHaveTextContent('idle');

    fail = new AppError('NETWORK', { zh: '无法连接服务器', en: 'offline' });
    hook().schedule('item-2', 'y');
    await expect.element(status).toHaveTextContent('error');
    fail = null;
    hook().retry();
    await expect.element(status).toHaveTextContent('saved');
    expect(calls).toEqual(['x', 'y', 'y']);
  });

  test('an input held back (the engine refuses it) shows as not saved, and flush reports it', async () => {
    const { hook, status } = await setup(async () => {});
    hook().hold('item-8');
    await expect.element(status).toHaveTextContent('invalid');
    expect(await hook().flush()).toBe(false);
    hook().schedule('item-8', 'fixed');
    expect(await hook().flush()).toBe(true);
    await expect.element(status).toHaveTextContent('saved');
  });
});
