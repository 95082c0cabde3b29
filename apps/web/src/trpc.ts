/**
 * The tRPC client. The web imports the server only as a type, so nothing of it reaches
 * the browser bundle (scripts/boundaries.test.ts fails on a value import).
 *
 * Every request says which language the user reads (`x-kaohe-lang`), so the server's
 * refusals come back in it; every request carries the CSRF header the server requires of
 * writes (a form on another site cannot set it).
 */
import { CSRF_HEADER, LANG_HEADER } from '@kaohe/domain/http';
import type { AppRouter } from '@kaohe/server';
import type { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import {
  createTRPCContext,
  createTRPCOptionsProxy,
  type inferInput,
  type inferOutput,
  type TRPCOptionsProxy,
} from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import { currentLocale } from './i18n/locale.tsx';

export type { AppRouter, inferInput, inferOutput };

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The headers every call to the server carries, tRPC or the evidence routes. */
export function apiHeaders(): Record<string, string> {
  return { [CSRF_HEADER]: '1', [LANG_HEADER]: currentLocale() };
}

/**
 * superjson both ways (dates arrive as Date). A result is read in place: the JSON was
 * parsed for this call alone, and superjson's default deep copy of it was a second pass
 * over every row of a large result (the grid, the matrix; decision 029).
 */
const transformer = {
  serialize: superjson.serialize,
  deserialize: (payload: Parameters<typeof superjson.deserialize>[0]) =>
    superjson.deserialize(payload, { inPlace: true }),
};

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        transformer,
        // A batch of GETs travels in the URL: split it before proxies refuse long ones.
        maxURLLength: 4000,
        // The server's Fastify route takes the batch's procedure names as one path
        // parameter, which Fastify caps at 100 characters (maxParamLength) and answers
        // 414 above: four names ("assessment.saveSelfScore" is 24) always fit.
        maxItems: 4,
        headers: apiHeaders,
        // The session cookie is same-origin (Vite proxies /trpc in development).
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export type TrpcClient = ReturnType<typeof makeTrpcClient>;
export type Trpc = TRPCOptionsProxy<AppRouter>;

/** What the server sends, named once. */
export type AssessmentDetail = inferOutput<Trpc['assessment']['byId']>;
export type ReviewGrid = inferOutput<Trpc['review']['grid']>;
export type Cycle = inferOutput<Trpc['cycle']['list']>[number];
export type Todo = inferOutput<Trpc['todo']['mine']>[number];
export type PublicUser = inferOutput<Trpc['admin']['users']>[number];
export type HistoryEvent = inferOutput<Trpc['audit']['history']>['events'][number];
export type AssessmentSummary = inferOutput<Trpc['assessment']['list']>[number];

/** For the router context: query options outside React (route loaders). */
export function makeTrpcOptionsProxy(client: TrpcClient, queryClient: QueryClient): Trpc {
  return createTRPCOptionsProxy<AppRouter>({ client, queryClient });
}
