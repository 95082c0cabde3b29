/**
 * The forms of 申诉 (issue 14): the unit's appeal (reason and evidence), the department's
 * answer (upheld, or the review score changed through its own criteria, scored live by the
 * same engine as the server), and the chairman's office's decision.
 */
import { UploadOutlined } from '@ant-design/icons';
import {
  criteriaOf,
  EVIDENCE_ACCEPT,
  findItem,
  formatCenti,
  type ItemInputs,
  scoreItem,
} from '@kaohe/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Radio, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { fetchJson } from '../../lib/app-error.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { apiHeaders, type inferOutput, type Trpc, useTRPC } from '../../trpc.ts';
import { EvidenceList } from '../assessment/evidence.tsx';
import { useAssessment } from '../assessment/queries.ts';
import { CriterionInput } from '../scoring/criterion-input.tsx';

export type AppealRow = inferOutput<Trpc['appeal']['list']>[number];

/** "第7项" / "加分项" for an appeal's target. */
export function useTargetLabel() {
  const t = useT();
  return (a: { target: string; itemNumber: number | null }) =>
    a.itemNumber === null ? t('appeal.bonus') : t('appeal.itemNumber', { number: a.itemNumber });
}

function useInvalidateAppeals() {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.appeal.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.todo.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.assessment.byId.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() }),
    ]);
}

/** The unit's appeal on one item (files uploaded to the item's evidence) or on the bonus. */
export function FileAppealModal({
  assessmentId,
  target,
  title,
  onClose,
}: {
  assessmentId: string;
  /** An item id, or 'bonus'. */
  target: string;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const handleError = useErrorHandler();
  const invalidate = useInvalidateAppeals();
  const [form] = Form.useForm<{ reason: string }>();
  const [files, setFiles] = useState<Array<{ id: string; fileName: string }>>([]);
  const file = useMutation(
    trpc.appeal.file.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onClose();
      },
      onError: (e) => handleError(e),
    }),
  );
  return (
    <Modal
      open
      title={t('appeal.fileTitle', { item: title })}
      okText={t('appeal.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={file.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          file.mutate({
            assessmentId,
            target,
            reason: v.reason,
            evidenceIds: files.map((f) => f.id),
          })
        }
      >
        <Form.Item
          name="reason"
          label={t('appeal.reason')}
          rules={[{ required: true, whitespace: true, message: t('appeal.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="appeal-reason" />
        </Form.Item>
        {target !== 'bonus' && (
          <Form.Item label={t('appeal.evidence')}>
            <Flex vertical gap={4}>
              <Upload
                accept={EVIDENCE_ACCEPT}
                showUploadList={false}
                customRequest={async ({ file: blob, onSuccess, onError }) => {
                  const body = new FormData();
                  body.append('file', blob as Blob);
                  try {
                    const row = await fetchJson<{ id: string; fileName: string }>(
                      `/api/evidence/${encodeURIComponent(assessmentId)}/${encodeURIComponent(target)}`,
                      { method: 'POST', headers: apiHeaders(), body },
                    );
                    setFiles((list) => [...list, { id: row.id, fileName: row.fileName }]);
                    onSuccess?.(null);
                  } catch (e) {
                    onError?.(e as Error);
                    handleError(e);
                  }
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="appeal-upload">
                  {t('appeal.upload')}
                </Button>
              </Upload>
              {files.map((f) => (
                <Typography.Text key={f.id} data-testid="appeal-file">
                  {f.fileName}
                </Typography.Text>
              ))}
            </Flex>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Once an answer or a decision is saved: the appeals read again, the dialog closed. */
function useAppealSaved(onClose: () => void) {
  const handleError = useErrorHandler();
  const invalidate = useInvalidateAppeals();
  return {
    onSuccess: async () => {
      await invalidate();
      onClose();
    },
    onError: (e: unknown) => handleError(e),
  };
}

/** The dialog of an answer or a decision: titled with the unit and the item, the unit's reason first. */
function AppealDialog({
  appeal,
  title,
  pending,
  onOk,
  onClose,
  width,
  children,
}: {
  appeal: AppealRow;
  title: 'appeal.answerTitle' | 'appeal.decideTitle';
  pending: boolean;
  onOk: () => void;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  const label = useTargetLabel();
  return (
    <Modal
      open
      title={t(title, { unit: appeal.unitName, item: label(appeal) })}
      okText={t('appeal.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={onOk}
      destroyOnHidden
      {...(width ? { width } : {})}
    >
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t('appeal.col.reason')}：</Typography.Text>
        {appeal.reason}
      </Typography.Paragraph>
      {children}
    </Modal>
  );
}

/** The department's (or, on the bonus, the chairman's office's) answer. */
export function AnswerAppealModal({ appeal, onClose }: { appeal: AppealRow; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ answer: 'upheld' | 'changed'; remark: string }>();
  const answer = Form.useWatch('answer', form) ?? 'upheld';
  const [inputs, setInputs] = useState<ItemInputs | null>(null);
  const save = useMutation(trpc.appeal.answer.mutationOptions(useAppealSaved(onClose)));
  return (
    <AppealDialog
      appeal={appeal}
      title="appeal.answerTitle"
      pending={save.isPending}
      onOk={() => form.submit()}
      onClose={onClose}
      width={640}
    >
      {appeal.target !== 'bonus' && (
        <div style={{ marginBottom: 12 }}>
          <EvidenceList
            assessmentId={appeal.assessmentId}
            itemId={appeal.target}
            editable={false}
          />
        </div>
      )}
      {appeal.decision === 'otherwise' && appeal.decisionReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('appeal.previousOtherwise', { reason: appeal.decisionReason })}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ answer: 'upheld' }}
        onFinish={(v) =>
          save.mutate({
            appealId: appeal.id,
            expectedVersion: appeal.version,
            answer: v.answer,
            remark: v.remark,
            ...(v.answer === 'changed' ? { inputs: inputs ?? {} } : {}),
          })
        }
      >
        <Form.Item name="answer">
          <Radio.Group>
            <Radio value="upheld">{t('appeal.answer.upheld')}</Radio>
            {appeal.target !== 'bonus' && (
              <Radio value="changed" data-testid="answer-changed">
                {t('appeal.answer.changed')}
              </Radio>
            )}
          </Radio.Group>
        </Form.Item>
        {answer === 'changed' && (
          <ChangedScore appeal={appeal} inputs={inputs} onChange={setInputs} />
        )}
        <Form.Item
          name="remark"
          label={t('appeal.remark')}
          rules={[{ required: true, whitespace: true, message: t('appeal.remarkRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="answer-remark" />
        </Form.Item>
      </Form>
    </AppealDialog>
  );
}

/** The department's criteria of the item, starting from its current review, scored live. */
function ChangedScore({
  appeal,
  inputs,
  onChange,
}: {
  appeal: AppealRow;
  inputs: ItemInputs | null;
  onChange: (next: ItemInputs) => void;
}) {
  const t = useT();
  const { assessment, rubric } = useAssessment(appeal.assessmentId);
  const [departmentId] = useState(
    () =>
      assessment.items
        .find((i) => i.itemId === appeal.target)
        ?.reviews.find((r) => r.reviewInputs !== null)?.departmentId ?? appeal.departments[0]!,
  );
  const item = findItem(rubric, appeal.target);
  const review = assessment.items
    .find((i) => i.itemId === appeal.target)
    ?.reviews.find((r) => r.departmentId === departmentId);
  if (!item) return null;
  const current = inputs ?? ((review?.reviewInputs ?? {}) as ItemInputs);
  const score = scoreItem(rubric, item.id, current, { unitType: assessment.unitTypeId });
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }} data-testid="answer-criteria">
      {criteriaOf(item, departmentId).map((c) => (
        <CriterionInput
          key={c.id}
          rubric={rubric}
          item={item}
          criterion={c}
          unitType={assessment.unitTypeId}
          value={current[c.id]}
          onChange={(v) => {
            const next = { ...current };
            if (v === undefined) delete next[c.id];
            else next[c.id] = v;
            onChange(next);
          }}
        />
      ))}
      <Typography.Text strong data-testid="answer-new-score">
        {t('appeal.newScore')}：{score.complete ? formatCenti(score.points) : '—'}
      </Typography.Text>
    </Flex>
  );
}

/** The chairman's office: confirm the answer, or decide otherwise with a reason. */
export function DecideAppealModal({ appeal, onClose }: { appeal: AppealRow; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ decision: 'confirmed' | 'otherwise'; reason?: string }>();
  const decision = Form.useWatch('decision', form) ?? 'confirmed';
  const save = useMutation(trpc.appeal.decide.mutationOptions(useAppealSaved(onClose)));
  return (
    <AppealDialog
      appeal={appeal}
      title="appeal.decideTitle"
      pending={save.isPending}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t('appeal.col.answer')}：</Typography.Text>
        <AnswerText appeal={appeal} />
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decision: 'confirmed' }}
        onFinish={(v) =>
          save.mutate({
            appealId: appeal.id,
            expectedVersion: appeal.version,
            decision: v.decision,
            reason: v.reason?.trim() ? v.reason : null,
          })
        }
      >
        <Form.Item name="decision">
          <Radio.Group>
            <Radio value="confirmed" data-testid="decide-confirmed">
              {t('appeal.decision.confirmed')}
            </Radio>
            <Radio value="otherwise">{t('appeal.decision.otherwise')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('appeal.decisionReason')}
          rules={[
            {
              required: decision === 'otherwise',
              whitespace: true,
              message: t('appeal.decisionReasonRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </AppealDialog>
  );
}

/** "变更考评分 0 → 3：经核实…" */
export function AnswerText({ appeal }: { appeal: AppealRow }) {
  const t = useT();
  if (appeal.answer === null) return <>—</>;
  return (
    <>
      {t(appeal.answer === 'changed' ? 'appeal.answer.changed' : 'appeal.answer.upheld')}
      {appeal.answer === 'changed' &&
        ` ${t('appeal.scoreChange', { before: appeal.scoreBefore ?? '—', after: appeal.scoreAfter ?? '—' })}`}
      {appeal.answerRemark ? `：${appeal.answerRemark}` : ''}
    </>
  );
}
