import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type AssessmentDetail, useTRPC } from '../trpc.ts';

export type AssessmentItem = AssessmentDetail['items'][number];

/**
 * The one way an autosave puts what the server returned into the cached assessment (the
 * self-score and the review alike), so leaving and coming back shows what was saved.
 */
export function usePatchAssessmentItem() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (assessmentId: string, itemId: string, patch: (item: AssessmentItem) => AssessmentItem) =>
      queryClient.setQueryData<AssessmentDetail>(
        trpc.assessment.byId.queryKey({ id: assessmentId }),
        (old) =>
          old
            ? {
                ...old,
                items: old.items.map((i) => (i.itemId === itemId ? patch(i) : i)),
              }
            : old,
      ),
    [queryClient, trpc],
  );
}
