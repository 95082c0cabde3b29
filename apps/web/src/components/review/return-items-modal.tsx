/**
 * 退回: a department sends items back to the unit with a reason and a deadline (not
 * before today). The unit then sees them highlighted, and only they may change.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/locale.tsx';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useTRPC } from '../../trpc.ts';
import { ReasonField } from '../admin/admin-fields.tsx';
import { FormModal } from '../admin/form-modal.tsx';
import { useInvalidateAssessments } from '../assessment/workflow-actions.tsx';

export interface ReturnTarget {
  assessmentId: string;
  unitName: string;
  /** The department's items of this unit that may be returned: id and 序号. */
  items: Array<{ itemId: string; number: number }>;
  /** Ticked when the dialog opens (the item whose drawer it was opened from). */
  itemIds: string[];
}

interface Values {
  itemIds: string[];
  reason: string;
  deadline: Dayjs;
}

export function ReturnItemsModal({
  target,
  onClose,
}: {
  target: ReturnTarget | null;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const handleError = useErrorHandler();
  const invalidate = useInvalidateAssessments();
  const returnItems = useMutation(trpc.review.returnItems.mutationOptions());

  const submit = async (v: Values) => {
    if (!target) return;
    try {
      // The step needs the assessment's version as it is now, not as the grid last read it.
      const current = await queryClient.fetchQuery({
        ...trpc.assessment.byId.queryOptions({ id: target.assessmentId }),
        staleTime: 0,
      });
      await returnItems.mutateAsync({
        assessmentId: target.assessmentId,
        expectedVersion: current.version,
        command: {
          type: 'RETURN_ITEMS',
          itemIds: v.itemIds,
          reason: v.reason,
          deadline: v.deadline.format('YYYY-MM-DD'),
        },
      });
      await invalidate();
      onClose();
    } catch (e) {
      handleError(e, {
        form,
        fields: {
          'command.itemIds': 'itemIds',
          'command.reason': 'reason',
          'command.deadline': 'deadline',
        },
      });
    }
  };

  return (
    <FormModal<Values>
      open={target !== null}
      title={t('return.title', { unit: target?.unitName ?? '' })}
      okText={t('return.ok')}
      form={form}
      pending={returnItems.isPending}
      onCancel={onClose}
      initialValues={{ itemIds: target?.itemIds ?? [], deadline: dayjs().add(7, 'day') }}
      onFinish={(v) => void submit(v)}
    >
      <Form.Item
        name="itemIds"
        label={t('return.items')}
        rules={[{ required: true, message: t('return.itemsRequired') }]}
      >
        <Checkbox.Group
          options={(target?.items ?? []).map((i) => ({
            value: i.itemId,
            label: t('drawer.title', { number: i.number }),
          }))}
        />
      </Form.Item>
      <ReasonField label={t('return.reason')} message={t('common.reasonRequired')} showCount />
      <Form.Item
        name="deadline"
        label={t('return.deadline')}
        rules={[{ required: true, message: t('return.deadlineRequired') }]}
      >
        <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
