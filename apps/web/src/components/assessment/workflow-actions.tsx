/**
 * The chairman's office's and the assessment office's workflow steps on one assessment:
 * confirm the bonus, approve, send back to chosen departments with a reason, reopen an
 * approved assessment with a reason. Each needs the assessment's current version: a step
 * taken meanwhile by someone else is a CONFLICT, never a silent overwrite. And the tag that
 * shows a department's step for a unit.
 */
import type { Rubric } from '@kaohe/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { DEPARTMENT_STATUS_LABEL } from '../../lib/labels.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { type ReviewGrid, useTRPC } from '../../trpc.ts';
import { ReasonField } from '../admin/admin-fields.tsx';
import { FormModal } from '../admin/form-modal.tsx';
import { departmentNameOf } from './queries.ts';

export interface VersionedAssessment {
  id: string;
  version: number;
}

/** Fresh data everywhere an assessment shows after a step. */
export function useInvalidateAssessments() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.assessment.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.todo.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.review.grid.pathKey() }),
      // Reports (the overview's category subtotals among them) follow every step and score.
      queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() }),
    ]);
}

export function useWorkflowMutations() {
  const trpc = useTRPC();
  const invalidate = useInvalidateAssessments();
  const options = { onSuccess: () => invalidate() };
  return {
    approve: useMutation(trpc.approval.approve.mutationOptions(options)),
    completeBonus: useMutation(trpc.bonus.complete.mutationOptions(options)),
    sendBack: useMutation(trpc.approval.sendBack.mutationOptions(options)),
    reopen: useMutation(trpc.approval.reopen.mutationOptions(options)),
  };
}

/** The chairman's office's two steps that need no reason, by the name of their button. */
type Step = 'approve' | 'completeBonus';

/**
 * 审定 or 确认加分 after 确定 in a dialog that names the step and the unit; says it is done,
 * or why not. `run` is the step itself, for a caller that takes it for several units.
 */
export function useConfirmStep() {
  const t = useT();
  const { modal, message } = App.useApp();
  const handleError = useErrorHandler();
  const mutations = useWorkflowMutations();
  const run = (step: Step, a: VersionedAssessment) => {
    const at = { assessmentId: a.id, expectedVersion: a.version };
    return step === 'approve'
      ? mutations.approve.mutateAsync({ ...at, command: { type: 'APPROVE' } })
      : mutations.completeBonus.mutateAsync({ ...at, command: { type: 'COMPLETE_BONUS' } });
  };
  const confirm = (
    step: Step,
    a: VersionedAssessment & { unitName: string },
    then: { onDone?: () => void; onReload?: () => void } = {},
  ) => {
    const name = t(`workflow.${step}`);
    modal.confirm({
      title: name,
      content: t('workflow.confirm', { action: name, unit: a.unitName }),
      okText: name,
      cancelText: t('common.cancel'),
      onOk: () =>
        run(step, a).then(
          () => {
            message.success(t('workflow.done', { action: name }));
            then.onDone?.();
          },
          (e) => handleError(e, then.onReload ? { onReload: then.onReload } : {}),
        ),
    });
  };
  return { run, confirm };
}

interface ReasonValues {
  reason: string;
  departmentIds?: string[];
}

/** 退回部门重新考评: the chairman's office chooses the departments and says why. */
export function SendBackModal({
  assessment,
  departments,
  rubric,
  unitName,
  onClose,
}: {
  assessment: VersionedAssessment | null;
  /** The departments that review this unit (the workflow view's `departments`). */
  departments: string[];
  rubric: Rubric;
  unitName: string;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReasonValues>();
  const { sendBack } = useWorkflowMutations();
  const handleError = useErrorHandler();
  return (
    <FormModal<ReasonValues>
      open={assessment !== null}
      title={t('sendBack.title', { unit: unitName })}
      okText={t('sendBack.ok')}
      form={form}
      pending={sendBack.isPending}
      onCancel={onClose}
      onFinish={(v) => {
        if (!assessment) return;
        sendBack.mutate(
          {
            assessmentId: assessment.id,
            expectedVersion: assessment.version,
            command: {
              type: 'SEND_BACK',
              departmentIds: v.departmentIds ?? [],
              reason: v.reason,
            },
          },
          {
            onSuccess: onClose,
            onError: (e) =>
              handleError(e, {
                form,
                fields: { 'command.reason': 'reason', 'command.departmentIds': 'departmentIds' },
              }),
          },
        );
      }}
    >
      <Form.Item
        name="departmentIds"
        label={t('sendBack.departments')}
        rules={[{ required: true, message: t('sendBack.departmentsRequired') }]}
      >
        <Checkbox.Group
          options={departments.map((id) => ({ value: id, label: departmentNameOf(rubric, id) }))}
        />
      </Form.Item>
      <ReasonField label={t('common.reason')} message={t('common.reasonRequired')} showCount />
    </FormModal>
  );
}

/** 重新开启: the assessment office reopens an approved assessment, with a reason. */
export function ReopenModal({
  assessment,
  unitName,
  onClose,
}: {
  assessment: VersionedAssessment | null;
  unitName: string;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReasonValues>();
  const { reopen } = useWorkflowMutations();
  const handleError = useErrorHandler();
  return (
    <FormModal<ReasonValues>
      open={assessment !== null}
      title={t('reopen.title', { unit: unitName })}
      okText={t('reopen.ok')}
      form={form}
      pending={reopen.isPending}
      onCancel={onClose}
      onFinish={(v) => {
        if (!assessment) return;
        reopen.mutate(
          {
            assessmentId: assessment.id,
            expectedVersion: assessment.version,
            command: { type: 'REOPEN', reason: v.reason },
          },
          {
            onSuccess: onClose,
            onError: (e) => handleError(e, { form, fields: { 'command.reason': 'reason' } }),
          },
        );
      }}
    >
      <Alert type="warning" showIcon title={t('reopen.warning')} style={{ marginBottom: 16 }} />
      <ReasonField label={t('common.reason')} message={t('common.reasonRequired')} showCount />
    </FormModal>
  );
}

// ---------------------------------------------------------------- a department's step

/** A department's step for a unit (待考评, 考评中, 已退回, 已完成) as a coloured tag. */
type GridRow = ReviewGrid['rows'][number];
export type DepartmentStatus = NonNullable<GridRow['departmentStatus']>;

const STATUS_COLOR: Record<string, string> = {
  pending: 'default',
  reviewing: 'processing',
  returned: 'warning',
  complete: 'success',
} satisfies Record<DepartmentStatus, string>;

/**
 * This department's step for the unit, as the workflow keeps it; a grid row of a unit past
 * self-scoring always has one (a snapshot without it is treated as reviewing).
 */
export const departmentStatus = (row: GridRow): DepartmentStatus =>
  row.departmentStatus ?? 'reviewing';

export function DepartmentStatusTag({
  status,
  prefix,
  className,
  testId,
}: {
  status: string;
  /** Before the status (the assessment page names the department). */
  prefix?: ReactNode;
  className?: string;
  testId?: string;
}) {
  const t = useT();
  const label = DEPARTMENT_STATUS_LABEL[status];
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} className={className} data-testid={testId}>
      {prefix}
      {label ? t(label) : status}
    </Tag>
  );
}
