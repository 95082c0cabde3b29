/**
 * The chairman's office's and the assessment office's workflow steps on one assessment:
 * confirm the bonus, approve, send back to chosen departments with a reason, reopen an
 * approved assessment with a reason. Each needs the assessment's current version: a step
 * taken meanwhile by someone else is a CONFLICT, never a silent overwrite.
 */
import type { Rubric } from '@kaohe/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Form } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useTRPC } from '../../trpc.ts';
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
