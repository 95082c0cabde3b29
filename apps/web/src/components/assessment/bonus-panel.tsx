/**
 * 加分项 of one assessment: per bonus item its cap ("未设上限" while the rubric sets none),
 * the points awarded with their reasons, and — while the chairman's office may award —
 * award and revoke, each with a reason. The caps are the server's to enforce; its refusal
 * is shown as it says it.
 */
import { formatCenti, type Rubric, toCenti, tryToCenti } from '@kaohe/domain';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { toAppError } from '../../lib/app-error.ts';
import { formatDateTime } from '../../lib/labels.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { type AssessmentDetail, useTRPC } from '../../trpc.ts';
import { ShortTable } from '../short-table.tsx';
import { departmentNameOf } from './queries.ts';
import { useInvalidateAssessments } from './workflow-actions.tsx';

type Award = AssessmentDetail['bonusAwards'][number];

interface AwardValues {
  points: string;
  reason: string;
}

export function BonusPanel({
  assessment: a,
  rubric,
  canAward,
}: {
  assessment: AssessmentDetail;
  rubric: Rubric;
  /** The signed-in user is the chairman's office (the workflow decides when). */
  canAward: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const handleError = useErrorHandler();
  const { modal } = App.useApp();
  const { locale } = useLocale();
  const invalidate = useInvalidateAssessments();
  const editable = canAward && a.view.bonusEditable;
  const award = useMutation(trpc.bonus.award.mutationOptions({ onSuccess: () => invalidate() }));
  const revoke = useMutation(trpc.bonus.revoke.mutationOptions({ onSuccess: () => invalidate() }));
  const [revoking, setRevoking] = useState<Award | null>(null);
  const [revokeForm] = Form.useForm<{ reason: string }>();
  const step = formatCenti(toCenti(rubric.step));

  return (
    <Card
      size="small"
      title={t('bonus.title')}
      extra={
        rubric.bonusCap === null ? (
          <Tag>{t('bonus.noOverallCap')}</Tag>
        ) : (
          <Tag>{t('bonus.overallCap', { cap: formatCenti(toCenti(rubric.bonusCap)) })}</Tag>
        )
      }
      data-testid="bonus-panel"
    >
      <Flex vertical gap={16}>
        {rubric.bonusItems.map((b) => {
          const awards = a.bonusAwards.filter((x) => x.bonusItemId === b.id);
          return (
            <BonusItemBlock
              key={b.id}
              title={b.content}
              department={b.department ? departmentNameOf(rubric, b.department) : null}
              cap={b.cap === null ? null : formatCenti(toCenti(b.cap))}
              awards={awards}
              editable={editable}
              step={step}
              pending={award.isPending}
              onRevoke={(x) => setRevoking(x)}
              onAward={(values, form) => {
                const send = (confirmOverSubtotal: boolean) =>
                  award.mutate(
                    {
                      assessmentId: a.id,
                      bonusItemId: b.id,
                      points: values.points,
                      reason: values.reason,
                      ...(confirmOverSubtotal ? { confirmOverSubtotal } : {}),
                    },
                    {
                      onSuccess: () => form.resetFields(),
                      onError: (e) => {
                        // 总计 would pass the rubric's 合计: the server asks, the office decides.
                        const error = toAppError(e);
                        const details = error.details as { confirm?: string } | null;
                        if (!confirmOverSubtotal && details?.confirm === 'overSubtotal') {
                          modal.confirm({
                            title: t('daily.bonus.overTitle'),
                            content: error.text[locale],
                            okText: t('daily.bonus.overOk'),
                            cancelText: t('common.cancel'),
                            onOk: () => send(true),
                          });
                          return;
                        }
                        handleError(e, { form });
                      },
                    },
                  );
                send(false);
              }}
            />
          );
        })}
      </Flex>
      <Modal
        open={revoking !== null}
        title={t('bonus.revokeTitle', { points: revoking?.points ?? '' })}
        okText={t('bonus.revoke')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onOk={() => revokeForm.submit()}
        destroyOnHidden
      >
        <Form
          form={revokeForm}
          layout="vertical"
          preserve={false}
          onFinish={(v) =>
            revoking &&
            revoke.mutate(
              { assessmentId: a.id, awardId: revoking.id, reason: v.reason },
              {
                onSuccess: () => setRevoking(null),
                onError: (e) => handleError(e, { form: revokeForm }),
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('common.reason')}
            rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function BonusItemBlock({
  title,
  department,
  cap,
  awards,
  editable,
  step,
  pending,
  onAward,
  onRevoke,
}: {
  title: string;
  department: string | null;
  cap: string | null;
  awards: Award[];
  editable: boolean;
  step: string;
  pending: boolean;
  onAward: (values: AwardValues, form: ReturnType<typeof Form.useForm<AwardValues>>[0]) => void;
  onRevoke: (award: Award) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<AwardValues>();
  return (
    <section className="kaohe-bonus-item" aria-label={title}>
      <Flex gap={8} align="baseline" wrap>
        <Typography.Text strong>{title}</Typography.Text>
        {department && <Typography.Text type="secondary">{department}</Typography.Text>}
        <Tag color={cap === null ? 'default' : 'blue'}>
          {cap === null ? t('bonus.noCap') : t('bonus.cap', { cap })}
        </Tag>
      </Flex>
      <ShortTable<Award>
        rowKey="id"
        rows={awards}
        locale={{
          emptyText: <Typography.Text type="secondary">{t('bonus.none')}</Typography.Text>,
        }}
        style={{ marginTop: 6 }}
        columns={[
          {
            key: 'points',
            title: t('bonus.points'),
            width: 80,
            render: (_, x) =>
              x.revokedAt ? <Typography.Text delete>{x.points}</Typography.Text> : x.points,
          },
          { key: 'reason', title: t('common.reason'), dataIndex: 'reason' },
          {
            key: 'at',
            title: t('bonus.awardedAt'),
            width: 150,
            render: (_, x) => formatDateTime(x.awardedAt),
          },
          {
            key: 'state',
            title: '',
            width: 110,
            render: (_, x) =>
              x.revokedAt ? (
                <Tag>{t('bonus.revoked')}</Tag>
              ) : editable ? (
                <Button size="small" danger onClick={() => onRevoke(x)}>
                  {t('bonus.revoke')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editable && (
        <Form<AwardValues>
          form={form}
          layout="inline"
          className="kaohe-bonus-form"
          onFinish={(values) => onAward(values, form)}
        >
          <Form.Item
            name="points"
            label={t('bonus.points')}
            rules={[
              { required: true, message: t('bonus.pointsRequired') },
              {
                // Said here, never corrected silently: no min on the field, which turned 0.3
                // into 0.5 and cleared −1 without a word (issue 16).
                validator: (_, value: string | null | undefined) => {
                  if (value === null || value === undefined || String(value).trim() === '') {
                    return Promise.resolve();
                  }
                  const c = tryToCenti(String(value));
                  const s = toCenti(step);
                  return c !== undefined && c > 0 && c % s === 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('daily.bonus.pointsInvalid', { step })));
                },
              },
            ]}
          >
            <InputNumber<string>
              stringMode
              step={step}
              style={{ width: 100 }}
              aria-label={t('bonus.pointsFor', { item: title })}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('common.reason')}
            rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Input maxLength={2000} aria-label={t('bonus.reasonFor', { item: title })} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" type="primary" loading={pending}>
              {t('bonus.award')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </section>
  );
}
