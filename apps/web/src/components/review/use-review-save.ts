/**
 * The review's save path, as the self-score's lives in self-scoring.tsx: one department's
 * score of one item, sent by autosave with the version the cache holds, then put back into
 * the cached assessment and the grid cell.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError } from '../../lib/app-error.ts';
import { usePatchAssessmentItem } from '../../lib/assessment-cache.ts';
import { useAutosave } from '../../lib/autosave.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import {
  type AssessmentDetail,
  type inferInput,
  type ReviewGrid,
  type Trpc,
  useTRPC,
} from '../../trpc.ts';
import { useAdoptSelf } from './adopt-self.tsx';
import { cellKey, type ReviewCell, type ReviewDraft } from './review-drawer.tsx';

export type ReviewPayload = ReviewDraft & { assessmentId: string; itemId: string };

export function useReviewAutosave({
  departmentId,
  gridInput,
  onError,
}: {
  departmentId: string;
  gridInput: inferInput<Trpc['review']['grid']>;
  onError: (key: string, error: AppError) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const patchItem = usePatchAssessmentItem();
  const save = useMutation(trpc.review.saveReviewScore.mutationOptions());
  return useAutosave<ReviewPayload>({
    save: async (_key, d) => {
      const a = queryClient.getQueryData<AssessmentDetail>(
        trpc.assessment.byId.queryKey({ id: d.assessmentId }),
      );
      const review = a?.items
        .find((i) => i.itemId === d.itemId)
        ?.reviews.find((r) => r.departmentId === departmentId);
      const remarks = d.remarks.trim() === '' ? null : d.remarks;
      const result = await save.mutateAsync({
        assessmentId: d.assessmentId,
        itemId: d.itemId,
        inputs: d.inputs ?? {},
        remarks,
        expectedVersion: review?.version ?? 1,
      });
      patchItem(d.assessmentId, d.itemId, (i) => ({
        ...i,
        reviewScore: result.reviewScore,
        version: result.version,
        reviews: i.reviews.map((r) =>
          r.departmentId === departmentId
            ? {
                ...r,
                reviewInputs: d.inputs ?? {},
                remarks,
                reviewScore: result.complete ? result.points : null,
                version: result.reviewVersion,
              }
            : r,
        ),
      }));
      // The grid cell follows at once; the grid is read again when the drawer closes.
      queryClient.setQueryData<ReviewGrid>(trpc.review.grid.queryKey(gridInput), (old) =>
        old
          ? {
              ...old,
              rows: old.rows.map((row) =>
                row.assessmentId === d.assessmentId
                  ? {
                      ...row,
                      cells: row.cells.map((c) =>
                        c.itemId === d.itemId
                          ? {
                              ...c,
                              reviewScore: result.complete ? result.points : null,
                              status: result.complete ? 'scored' : c.status,
                            }
                          : c,
                      ),
                    }
                  : row,
              ),
            }
          : old,
      );
    },
    onError,
  });
}

/**
 * The grid's drafts: what the reviewer typed per cell, autosaved; dropped for a unit read
 * again after a refusal, or for the items whose self score was adopted.
 */
export function useReviewDrafts(
  departmentId: string,
  gridInput: inferInput<Trpc['review']['grid']>,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const handleError = useErrorHandler();
  const [drafts, setDrafts] = useState<Record<string, ReviewDraft | undefined>>({});
  // Of one unit: its drafts of these items, or all of them.
  const forget = (assessmentId: string, itemIds?: readonly string[]) =>
    setDrafts((all) =>
      Object.fromEntries(
        Object.entries(all).filter(
          ([k]) =>
            !k.startsWith(`${assessmentId}/`) ||
            (itemIds !== undefined && !itemIds.some((id) => k === cellKey(assessmentId, id))),
        ),
      ),
    );
  const autosave = useReviewAutosave({
    departmentId,
    gridInput,
    onError: (key, error) => handleError(error, { onReload: () => reload(key.split('/')[0]!) }),
  });
  const reload = async (assessmentId: string) => {
    autosave.reset();
    forget(assessmentId);
    await queryClient.invalidateQueries({
      queryKey: trpc.assessment.byId.queryKey({ id: assessmentId }),
    });
  };
  const adopt = useAdoptSelf({ flush: autosave.flush, forget });
  return {
    drafts,
    autosave,
    adopt,
    reload,
    change: (c: ReviewCell, draft: ReviewDraft) => {
      const key = cellKey(c.assessmentId, c.itemId);
      setDrafts((all) => ({ ...all, [key]: draft }));
      autosave.schedule(key, { ...draft, assessmentId: c.assessmentId, itemId: c.itemId });
    },
  };
}
