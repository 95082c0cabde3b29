/**
 * 采用自评分 in the review grid (issue 16): per item in the drawer, for all of the
 * department's items of a unit, and for the selected units. The server copies the unit's
 * self score of the department's own criteria and records it as the reviewer's decision;
 * items already scored keep their score. Anything waiting to autosave is sent first, so a
 * draft cannot overwrite the adopted score afterwards.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Flex, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useTRPC } from '../../trpc.ts';

export interface AdoptTarget {
  assessmentId: string;
  unitName: string;
}

export function useAdoptSelf({
  flush,
  forget,
}: {
  /** Sends what is waiting to autosave. */
  flush: () => Promise<boolean>;
  /** Drops the page's drafts of the unit (of these items, or all) so the saved score shows. */
  forget: (assessmentId: string, itemIds?: readonly string[]) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const handleError = useErrorHandler();
  const mutation = useMutation(trpc.review.adoptSelfScores.mutationOptions());

  const run = async (targets: readonly AdoptTarget[], itemIds?: readonly string[]) => {
    await flush();
    try {
      const results = await mutation.mutateAsync({
        assessmentIds: targets.map((x) => x.assessmentId),
        ...(itemIds ? { itemIds: [...itemIds] } : {}),
      });
      for (const x of targets) forget(x.assessmentId, itemIds);
      const adopted = results.reduce((n, r) => n + ('adopted' in r ? r.adopted.length : 0), 0);
      const notes = results.flatMap((r) => {
        const unit = targets.find((x) => x.assessmentId === r.assessmentId)?.unitName ?? '';
        if ('error' in r) return [{ unit, text: r.error[locale] }];
        // A whole unit's already-scored items are kept on purpose: not worth a line each.
        return r.skipped
          .filter((s) => itemIds !== undefined || s.code !== 'scored')
          .map((s) => ({
            unit,
            text: t('daily.adopt.skipped', { number: s.number, reason: s.reason[locale] }),
          }));
      });
      if (notes.length === 0) {
        message.success(t('daily.adopt.done', { count: adopted }));
      } else {
        modal.info({
          title: t('daily.adopt.resultTitle'),
          content: (
            <Flex vertical gap={4} data-testid="adopt-results">
              <Typography.Text>{t('daily.adopt.done', { count: adopted })}</Typography.Text>
              {notes.map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of notes
                <Typography.Text key={i}>
                  {targets.length > 1 && <Tag>{n.unit}</Tag>}
                  {n.text}
                </Typography.Text>
              ))}
            </Flex>
          ),
        });
      }
    } catch (e) {
      handleError(e);
    } finally {
      await Promise.all([
        ...targets.map((x) =>
          queryClient.invalidateQueries({
            queryKey: trpc.assessment.byId.queryKey({ id: x.assessmentId }),
          }),
        ),
        queryClient.invalidateQueries({ queryKey: trpc.review.grid.pathKey() }),
      ]);
    }
  };

  return {
    pending: mutation.isPending,
    /** One item of one unit: the reviewer's decision for this item, no question asked. */
    adoptItem: (target: AdoptTarget, itemId: string) => run([target], [itemId]),
    /** All the department's items not yet scored, of one unit or several, after confirming. */
    adoptUnits: (targets: readonly AdoptTarget[]) =>
      modal.confirm({
        title: t('daily.adopt.confirmTitle', {
          units: targets.map((x) => x.unitName).join('、'),
        }),
        content: t('daily.adopt.confirm'),
        okText: t('daily.adopt.unit'),
        cancelText: t('common.cancel'),
        onOk: () => run(targets),
      }),
  };
}
