import { TRPCClientError } from '@trpc/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppError, fetchJson, toAppError } from './app-error.ts';

afterEach(() => vi.unstubAllGlobals());

const serverError = (data: unknown) =>
  new TRPCClientError('输入有误', {
    result: { error: { message: 'x', code: -32600, data } },
  } as never);

describe('one shape for every failure', () => {
  test('a tRPC error: the domain code, both texts, the field errors and the details', () => {
    const e = toAppError(
      serverError({
        domainCode: 'CONFLICT',
        httpStatus: 409,
        text: { zh: '数据已被他人修改，请刷新后重试', en: 'Someone else changed this' },
        fieldErrors: null,
        details: { current: { version: 4 } },
        stack: 'Error: at secret.ts:1',
      }),
    );
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('CONFLICT');
    expect(e.text.zh).toBe('数据已被他人修改，请刷新后重试');
    expect(e.details).toEqual({ current: { version: 4 } });
    // Never the stack.
    expect(JSON.stringify(e)).not.toContain('secret.ts');
    const invalid = toAppError(
      serverError({
        domainCode: 'INVALID_INPUT',
        text: { zh: '输入有误：reason：请填写原因', en: 'Invalid input' },
        fieldErrors: { 'command.reason': ['请填写原因'] },
      }),
    );
    expect(invalid.fieldErrors).toEqual({ 'command.reason': ['请填写原因'] });
  });

  test('no answer from the server is a lost connection; anything else a plain apology', () => {
    const lost = new TRPCClientError('fetch failed', { cause: new TypeError('Failed to fetch') });
    expect(toAppError(lost).code).toBe('NETWORK');
    expect(toAppError(new Error('boom')).text.zh).toBe(
      '操作未能完成，请稍后重试；如仍有问题请联系管理员',
    );
  });

  test('the evidence routes: their JSON refusal, or the status when there is no JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          {
            message: '…',
            domainCode: 'INVALID_INPUT',
            text: { zh: '不支持该文件类型', en: 'Not accepted' },
            fieldErrors: null,
            details: null,
          },
          { status: 400 },
        ),
      ),
    );
    await expect(fetchJson('/api/evidence/a/b')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      text: { zh: '不支持该文件类型' },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 413 })),
    );
    await expect(fetchJson('/api/evidence/a/b')).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchJson('/api/evidence/a/b')).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
