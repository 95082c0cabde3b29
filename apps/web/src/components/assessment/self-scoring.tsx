/**
 * The unit's self-assessment: the paper table in self mode, the item scorer in the
 * drawer with the explanation, evidence and history beneath it, autosave per item, and
 * submission with a summary that links to each item still incomplete. While items are
 * returned only they may change, with the department's reason and deadline beside them;
 * once submitted the table is read-only.
 */

import { type Item, type ItemInputs, rubricItems, scoreItem } from '@kaohe/domain';
import { type ItemProblem, isResultStage, selfScoreProblems } from '@kaohe/workflow/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { usePatchAssessmentItem } from '../../lib/assessment-cache.ts';
import { useAutosave } from '../../lib/autosave.ts';
import { whenIdle } from '../../lib/idle.ts';
import { lazyComponent } from '../../lib/lazy-component.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { type AssessmentDetail, useTRPC } from '../../trpc.ts';
import { Deadline } from '../deadline.tsx';
import { PlainList } from '../plain-list.tsx';
import { SaveIndicator } from '../save-indicator.tsx';
import { type ReturnedItem, RubricTable } from '../scoring/rubric-table.tsx';
import { scoreColumn } from '../scoring/scoring-model.ts';
import { AssessmentHeader } from './assessment-header.tsx';
import { bonusOf, remarksOf, reviewInputsOf } from './assessment-model.ts';
import { departmentNameOf, useAssessment } from './queries.ts';
import { heldKeys, UnsavedItems, useLeaveGuard } from './unsaved-items.tsx';
import { useWorkflowConflict } from './workflow-conflict.tsx';

// Shown in the drawer only: loaded with the drawer's own chunk, after the table.
const UnitItemExtras = lazyComponent(() => import('./item-extras.tsx'), 'UnitItemExtras');

interface Draft {
  inputs: ItemInputs | undefined;
  explanation: string;
}

function draftsOf(a: AssessmentDetail): Record<string, Draft> {
  return Object.fromEntries(
    a.items.map((i) => [
      i.itemId,
      {
        inputs:
          i.selfInputs && Object.keys(i.selfInputs).length > 0
            ? (i.selfInputs as ItemInputs)
            : undefined,
        explanation: i.explanation ?? '',
      },
    ]),
  );
}

const versionsOf = (a: AssessmentDetail) =>
  Object.fromEntries(a.items.map((i) => [i.itemId, i.version]));

export function SelfScoring({ id }: { id: string }) {
  const t = useT();
  useEffect(() => whenIdle(UnitItemExtras.load), []);
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const handleError = useErrorHandler();
  const { assessment: a, rubric, refetch } = useAssessment(id);
  const unitType = a.unitTypeId;
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => draftsOf(a));
  const draftsRef = useRef(drafts);
  const versions = useRef<Record<string, number>>(versionsOf(a));
  const [selected, setSelected] = useState<string | null>(null);
  const [summary, setSummary] = useState<ItemProblem[] | null>(null);
  const [triedSubmit, setTriedSubmit] = useState(false);
  const byIdKey = trpc.assessment.byId.queryKey({ id });

  const editable = a.view.editableItems;
  const returned = a.stage === 'returned';
  const canSubmit = a.stage === 'selfScoring' || returned;

  const save = useMutation(trpc.assessment.saveSelfScore.mutationOptions());
  const patchItem = usePatchAssessmentItem();
  // Set below, once autosave exists; its error handler offers it on a conflict.
  const reloadRef = useRef<() => void>(() => {});
  const autosave = useAutosave<Draft>({
    save: async (itemId, draft) => {
      const explanation = draft.explanation.trim() === '' ? null : draft.explanation;
      const result = await save.mutateAsync({
        assessmentId: id,
        itemId,
        inputs: draft.inputs ?? {},
        explanation,
        expectedVersion: versions.current[itemId] ?? 1,
      });
      versions.current[itemId] = result.version;
      // The cache follows, so leaving and coming back shows what was saved.
      patchItem(id, itemId, (i) => ({
        ...i,
        selfInputs: draft.inputs ?? {},
        selfScore: result.selfScore,
        explanation,
        version: result.version,
      }));
    },
    onError: (_itemId, error) => handleError(error, { onReload: () => reloadRef.current() }),
  });
  const reload = useCallback(async () => {
    autosave.reset();
    const data = await refetch();
    if (data) {
      const fresh = draftsOf(data);
      draftsRef.current = fresh;
      setDrafts(fresh);
      versions.current = versionsOf(data);
    }
  }, [autosave, refetch]);
  reloadRef.current = () => void reload();
  // Items whose input is invalid are not saved: said on the page, asked on leaving it.
  const held = heldKeys(autosave);
  useLeaveGuard(held, rubric);
  // A step refused for a change the unit can see refreshes in place; the drafts stay.
  const workflowConflict = useWorkflowConflict();
  const refreshKeepingDrafts = useCallback(async () => {
    const data = await refetch();
    if (data) versions.current = versionsOf(data);
  }, [refetch]);

  const change = (itemId: string, next: Partial<Draft>) => {
    const draft = {
      ...(draftsRef.current[itemId] ?? { inputs: undefined, explanation: '' }),
      ...next,
    };
    draftsRef.current = { ...draftsRef.current, [itemId]: draft };
    setDrafts(draftsRef.current);
    // An input the engine refuses (4.5 of 4) is not sent; the field says why.
    const problems = scoreItem(rubric, itemId, draft.inputs, { unitType }).problems;
    if (problems.length > 0) autosave.hold(itemId);
    else autosave.schedule(itemId, draft);
  };

  const inputs = useMemo(
    () => Object.fromEntries(Object.entries(drafts).map(([k, d]) => [k, d.inputs])),
    [drafts],
  );
  const self = useMemo(() => scoreColumn(rubric, unitType, inputs), [rubric, unitType, inputs]);
  const approved = isResultStage(a.stage);
  const review = useMemo(
    () => (approved ? scoreColumn(rubric, unitType, reviewInputsOf(a), bonusOf(a)) : undefined),
    [approved, rubric, unitType, a],
  );
  const remarks = useMemo(() => (approved ? remarksOf(rubric, a) : {}), [approved, rubric, a]);
  const problems = useMemo(
    () => selfScoreProblems(rubric, unitType, drafts),
    [rubric, unitType, drafts],
  );
  const total = rubricItems(rubric).length;

  const returns = useMemo<ReturnedItem[]>(
    () =>
      a.view.returns.map((r) => ({
        itemId: r.itemId,
        reason: r.reason,
        deadline: r.deadline,
        departmentId: r.departmentId,
        departmentName: departmentNameOf(rubric, r.departmentId),
      })),
    [a.view.returns, rubric],
  );

  const afterSubmit = {
    onSuccess: async () => {
      message.success(returned ? t('submit.resubmitted') : t('submit.submitted'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: byIdKey }),
        queryClient.invalidateQueries({ queryKey: trpc.todo.mine.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.assessment.mine.queryKey() }),
      ]);
    },
    onError: (e: unknown) => {
      if (!workflowConflict(e, refreshKeepingDrafts)) {
        handleError(e, { onReload: () => reloadRef.current() });
      }
    },
  };
  const submitFirst = useMutation(trpc.assessment.submit.mutationOptions(afterSubmit));
  const resubmit = useMutation(trpc.assessment.resubmit.mutationOptions(afterSubmit));
  const submitting = submitFirst.isPending || resubmit.isPending;

  const startSubmit = async () => {
    setTriedSubmit(true);
    if (!(await autosave.flush())) {
      message.error(t('submit.unsaved'));
      return;
    }
    const scope = returned ? [...new Set(a.view.returns.map((r) => r.itemId))] : undefined;
    const open = selfScoreProblems(rubric, unitType, drafts, { only: scope });
    if (open.length > 0) {
      setSummary(open);
      return;
    }
    modal.confirm({
      title: returned ? t('submit.resubmitTitle') : t('submit.title'),
      content: returned ? t('submit.resubmitConfirm') : t('submit.confirm'),
      okText: returned ? t('submit.resubmit') : t('submit.submit'),
      cancelText: t('common.cancel'),
      onOk: () =>
        (returned
          ? resubmit.mutateAsync({
              assessmentId: id,
              expectedVersion: a.version,
              command: { type: 'RESUBMIT' },
            })
          : submitFirst.mutateAsync({
              assessmentId: id,
              expectedVersion: a.version,
              command: { type: 'SUBMIT' },
            })
        ).catch(() => undefined),
    });
  };

  const renderExtra = (item: Item) => (
    <UnitItemExtras
      rubric={rubric}
      assessmentId={id}
      item={item}
      explanation={drafts[item.id]?.explanation ?? ''}
      editable={editable.includes(item.id)}
      showMissing={triedSubmit}
      onExplanation={(text) => change(item.id, { explanation: text })}
    />
  );

  return (
    <Flex vertical gap={12}>
      <AssessmentHeader
        assessment={a}
        rubric={rubric}
        actions={
          <Flex align="center" gap={16}>
            {canSubmit && <SaveIndicator autosave={autosave} onReload={() => void reload()} />}
            {canSubmit && (
              <Button
                type="primary"
                loading={submitting}
                onClick={() => void startSubmit()}
                data-testid="submit"
              >
                {returned ? t('submit.resubmit') : t('submit.submit')}
              </Button>
            )}
          </Flex>
        }
      />
      {returned && (
        <Alert
          type="warning"
          showIcon
          title={t('returned.title', { count: new Set(returns.map((r) => r.itemId)).size })}
          description={
            <PlainList
              bordered={false}
              items={returns}
              rowKey={(r) => `${r.itemId}-${r.departmentId}`}
              renderItem={(r) => {
                const number = rubricItems(rubric).find((x) => x.item.id === r.itemId)?.item.number;
                return (
                  <Flex gap={8} wrap align="baseline">
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => setSelected(r.itemId)}
                    >
                      {t('drawer.title', { number: number ?? '' })}
                    </Button>
                    <Typography.Text>
                      {t('table.returnedBy', { department: r.departmentName ?? '' })}：{r.reason}
                    </Typography.Text>
                    <Typography.Text type="secondary">{t('returned.deadline')}</Typography.Text>
                    <Deadline at={`${r.deadline}T23:59:59+08:00`} />
                  </Flex>
                );
              }}
            />
          }
        />
      )}
      {!canSubmit && !isResultStage(a.stage) && (
        <Alert type="info" showIcon title={t('assessment.submittedReadOnly')} />
      )}
      <UnsavedItems itemIds={held} rubric={rubric} onOpen={setSelected} />
      <RubricTable
        rubric={rubric}
        unitType={unitType}
        self={self}
        review={review}
        remarks={remarks}
        returnedItems={returns}
        editing={{
          side: 'self',
          inputs,
          onChange: (itemId, next) => change(itemId, { inputs: next }),
          editableItemIds: editable,
        }}
        selectedItemId={selected}
        onSelectItem={setSelected}
        renderItemExtra={renderExtra}
        drawerExtra={
          canSubmit ? (
            <Flex gap={8} align="center">
              {selected !== null && held.includes(selected) && (
                <Tag color="red" data-testid="drawer-unsaved">
                  {t('daily.unsaved.tag')}
                </Tag>
              )}
              <SaveIndicator autosave={autosave} onReload={() => void reload()} />
            </Flex>
          ) : null
        }
        stickyOffset={48}
        progress={canSubmit ? { done: total - problems.length, total } : undefined}
      />
      <Modal
        open={summary !== null}
        title={t('submit.incompleteTitle', { count: summary?.length ?? 0 })}
        onCancel={() => setSummary(null)}
        footer={<Button onClick={() => setSummary(null)}>{t('common.close')}</Button>}
        width={640}
      >
        <Typography.Paragraph>{t('submit.incompleteBody')}</Typography.Paragraph>
        <PlainList
          testId="incomplete-list"
          items={summary ?? []}
          rowKey={(p) => p.itemId}
          renderItem={(p) => (
            <Flex vertical>
              <Button
                type="link"
                style={{ padding: 0, alignSelf: 'flex-start' }}
                onClick={() => {
                  setSummary(null);
                  setSelected(p.itemId);
                }}
              >
                {t('drawer.title', { number: p.number })}
              </Button>
              <Typography.Text type="secondary">
                {p.reasons.map((r) => r[locale]).join(locale === 'zh' ? '；' : '; ')}
              </Typography.Text>
            </Flex>
          )}
        />
      </Modal>
    </Flex>
  );
}
