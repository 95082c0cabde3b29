/**
 * The queries an assessment page needs, for loaders (`ensure…`) and components
 * (`use…`, suspending): the assessment comes with its rubric, in one round trip. Pages
 * that need a rubric alone read it once per session (a published rubric does not change).
 */
import type { Rubric } from '@kaohe/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RouterContext } from '../../routes/__root.tsx';
import { type AssessmentDetail, type Cycle, type Trpc, useTRPC } from '../../trpc.ts';

export const rubricQuery = (trpc: Trpc, id: string) => ({
  ...trpc.rubric.get.queryOptions({ id }),
  staleTime: Number.POSITIVE_INFINITY,
});

export function ensureAssessment({ queryClient, trpc }: RouterContext, id: string) {
  return queryClient.ensureQueryData(trpc.assessment.byId.queryOptions({ id }));
}

export function ensureRubric({ queryClient, trpc }: RouterContext, id: string) {
  return queryClient.ensureQueryData(rubricQuery(trpc, id));
}

export function useRubric(id: string): Rubric {
  const trpc = useTRPC();
  return useSuspenseQuery(rubricQuery(trpc, id)).data.document;
}

export function useAssessment(id: string): {
  assessment: AssessmentDetail;
  rubric: Rubric;
  /** Reads it again from the server; resolves to the fresh assessment. */
  refetch: () => Promise<AssessmentDetail | undefined>;
} {
  const trpc = useTRPC();
  const query = useSuspenseQuery(trpc.assessment.byId.queryOptions({ id }));
  const { refetch } = query;
  return {
    assessment: query.data,
    rubric: query.data.rubric,
    refetch: useCallback(async () => (await refetch()).data, [refetch]),
  };
}

export const unitTypeName = (rubric: Rubric, id: string) =>
  rubric.unitTypes.find((u) => u.id === id)?.name ?? id;

export const departmentNameOf = (rubric: Rubric, id: string) =>
  rubric.departments.find((d) => d.id === id)?.name ?? id;

/**
 * The cycle a search param names, else the newest (the server lists newest first): the
 * one people are working on.
 */
export function pickCycle(cycles: readonly Cycle[], id: string | undefined): Cycle | undefined {
  return cycles.find((c) => c.id === id) ?? cycles[0];
}
