/**
 * 等次与不予评先 of one cycle (issue 14, decision 022): the admin sets each unit type's grade
 * bands (by total or by share of units; checked by the domain's own GradeBandsSchema before
 * sending, in its words, beside the field), and the admin or the chairman's office bars a
 * unit from honours by hand for a named condition with a reason, or lifts a bar with one.
 */
import { type GradeBands, GradeBandsSchema, issueText, type Rubric } from '@kaohe/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { formatDateTime } from '../../lib/labels.ts';
import { useRefresh, useSave } from '../../lib/use-save.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../trpc.ts';
import { ReasonField } from '../admin/admin-fields.tsx';
import { FormModal } from '../admin/form-modal.tsx';
import { ShortTable } from '../short-table.tsx';

type Bar = inferOutput<Trpc['grades']['bars']>[number];

const EMPTY: GradeBands = {
  mode: 'total',
  bands: [
    { label: '优秀', bound: '110' },
    { label: '良好', bound: '100' },
    { label: '达标', bound: '90' },
  ],
  otherwise: '不达标',
};

function BandsForm({
  cycleId,
  unitType,
  current,
}: {
  cycleId: string;
  unitType: { id: string; name: string };
  current: { bands: GradeBands; version: number } | undefined;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const [form] = Form.useForm<GradeBands>();
  const mode = Form.useWatch('mode', form) ?? current?.bands.mode ?? 'total';
  const refresh = () =>
    refreshQueries(trpc.grades.bands.queryKey(), trpc.report.ranking.queryKey());
  const save = useSave(trpc.grades.setBands.mutationOptions(), {
    done: t('grades.saved'),
    refresh,
    form,
    reload: true,
  });
  const clear = useSave(trpc.grades.clearBands.mutationOptions(), {
    done: t('grades.cleared'),
    refresh,
    after: () => form.setFieldsValue(EMPTY),
  });

  const submit = (values: GradeBands) => {
    // The procedure's own schema first: its problems beside their fields, in its words.
    const parsed = GradeBandsSchema.safeParse(values);
    if (!parsed.success) {
      // A problem of the bands together (shares over 100%) shows beside the last share.
      const last = ['bands', Math.max(values.bands?.length ?? 1, 1) - 1, 'bound'] as never;
      form.setFields(
        parsed.error.issues.map((issue) => ({
          name: issue.path.length === 1 && issue.path[0] === 'bands' ? last : (issue.path as never),
          errors: [issueText(issue.message)?.[locale] ?? issue.message],
        })),
      );
      return;
    }
    save.mutate({
      cycleId,
      unitTypeId: unitType.id,
      bands: parsed.data,
      ...(current ? { expectedVersion: current.version } : {}),
    });
  };

  return (
    <Card
      size="small"
      title={unitType.name}
      extra={current ? null : <Tag>{t('grades.notSet')}</Tag>}
      data-testid={`grade-bands-${unitType.id}`}
    >
      <Form<GradeBands>
        form={form}
        layout="vertical"
        initialValues={current?.bands ?? EMPTY}
        onFinish={submit}
      >
        <Form.Item name="mode" label={t('grades.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'total', label: t('grades.modeTotal') },
              { value: 'share', label: t('grades.modeShare') },
            ]}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t(mode === 'share' ? 'grades.shareHint' : 'grades.totalHint')}
        </Typography.Paragraph>
        <Form.List name="bands">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[field.name, 'label']}
                    label={field.name === 0 ? t('grades.label') : undefined}
                    style={{ marginBottom: 8, width: 110 }}
                  >
                    <Input
                      aria-label={t('grades.label')}
                      data-testid={`band-label-${unitType.id}-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'bound']}
                    label={
                      field.name === 0
                        ? t(mode === 'share' ? 'grades.boundShare' : 'grades.boundTotal')
                        : undefined
                    }
                    style={{ marginBottom: 8, flex: '1 1 0', minWidth: 90, maxWidth: 200 }}
                  >
                    <Input
                      inputMode="decimal"
                      aria-label={t(mode === 'share' ? 'grades.boundShare' : 'grades.boundTotal')}
                      data-testid={`band-bound-${unitType.id}-${field.name}`}
                    />
                  </Form.Item>
                  <Button
                    onClick={() => remove(field.name)}
                    style={field.name === 0 ? { marginTop: 30 } : undefined}
                    disabled={fields.length <= 1}
                  >
                    {t('grades.removeBand')}
                  </Button>
                </Flex>
              ))}
              <Button
                onClick={() => add({ label: '', bound: '' })}
                style={{ width: 'fit-content' }}
              >
                {t('grades.addBand')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="otherwise" label={t('grades.otherwise')} style={{ marginTop: 12 }}>
          <Input style={{ width: 110 }} data-testid={`band-otherwise-${unitType.id}`} />
        </Form.Item>
        <Flex gap={8}>
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            data-testid={`save-bands-${unitType.id}`}
          >
            {t('grades.save')}
          </Button>
          {current && (
            <Button
              danger
              loading={clear.isPending}
              onClick={() => clear.mutate({ cycleId, unitTypeId: unitType.id })}
            >
              {t('grades.clear')}
            </Button>
          )}
        </Flex>
      </Form>
    </Card>
  );
}

/** Bars by hand of a cycle: the list, bar a unit, lift a bar. For the admin and the chairman's office. */
export function HonoursBars({ cycleId }: { cycleId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const bars = useQuery(trpc.grades.bars.queryOptions({ cycleId }));
  const units = useQuery(trpc.report.ranking.queryOptions({ cycleId }));
  const [barring, setBarring] = useState(false);
  const [lifting, setLifting] = useState<Bar | null>(null);
  const [barForm] = Form.useForm<{ assessmentId: string; condition: string; reason: string }>();
  const [liftForm] = Form.useForm<{ reason: string }>();
  const refresh = () => refreshQueries(trpc.grades.bars.queryKey(), trpc.report.ranking.queryKey());
  const bar = useSave(trpc.grades.bar.mutationOptions(), {
    done: t('grades.barred.done'),
    refresh,
    after: () => setBarring(false),
    form: barForm,
  });
  const lift = useSave(trpc.grades.lift.mutationOptions(), {
    done: t('grades.lifted'),
    refresh,
    after: () => setLifting(null),
    form: liftForm,
    reload: true,
  });

  return (
    <Card
      size="small"
      title={t('grades.bars')}
      extra={
        <Button onClick={() => setBarring(true)} data-testid="bar-unit">
          {t('grades.bar')}
        </Button>
      }
    >
      <ShortTable<Bar>
        rowKey="id"
        loading={bars.isPending}
        rows={bars.data ?? []}
        scroll={{ x: 'max-content' }}
        empty={t('grades.noBars')}
        columns={[
          { key: 'unit', title: t('grades.barUnit'), dataIndex: 'unitName' },
          { key: 'condition', title: t('grades.condition'), dataIndex: 'condition' },
          { key: 'reason', title: t('grades.reason'), dataIndex: 'reason' },
          { key: 'at', title: t('grades.barredAt'), render: (_, b) => formatDateTime(b.barredAt) },
          {
            key: 'status',
            title: t('grades.status'),
            render: (_, b) =>
              b.liftedAt ? (
                <Typography.Text type="secondary">
                  {t('grades.liftedBy', {
                    at: formatDateTime(b.liftedAt),
                    reason: b.liftReason ?? '',
                  })}
                </Typography.Text>
              ) : (
                <Tag color="red">{t('grades.active')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, b) =>
              b.liftedAt ? null : (
                <Button size="small" onClick={() => setLifting(b)}>
                  {t('grades.lift')}
                </Button>
              ),
          },
        ]}
      />
      <FormModal<{ assessmentId: string; condition: string; reason: string }>
        open={barring}
        title={t('grades.bar')}
        form={barForm}
        pending={bar.isPending}
        onCancel={() => setBarring(false)}
        initialValues={{}}
        onFinish={(v) => bar.mutate(v)}
      >
        <Form.Item
          name="assessmentId"
          label={t('grades.barUnit')}
          rules={[{ required: true, message: t('grades.barUnit') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? []).map((u) => ({ value: u.assessmentId, label: u.unitName }))}
          />
        </Form.Item>
        <Form.Item
          name="condition"
          label={t('grades.condition')}
          rules={[{ required: true, whitespace: true, message: t('grades.conditionRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <ReasonField label={t('grades.reason')} message={t('grades.reasonRequired')} />
      </FormModal>
      <FormModal<{ reason: string }>
        open={lifting !== null}
        title={`${t('grades.liftTitle')}：${lifting?.unitName ?? ''}`}
        form={liftForm}
        pending={lift.isPending}
        onCancel={() => setLifting(null)}
        initialValues={{}}
        onFinish={(v) => lifting && lift.mutate({ barId: lifting.id, reason: v.reason })}
      >
        <ReasonField label={t('grades.reason')} message={t('grades.reasonRequired')} />
      </FormModal>
    </Card>
  );
}

/** The bands of every unit type of the cycle's rubric, then the bars by hand. */
export function GradesAdmin({ cycleId, rubric }: { cycleId: string; rubric: Rubric }) {
  const t = useT();
  const trpc = useTRPC();
  const bands = useQuery(trpc.grades.bands.queryOptions({ cycleId }));
  return (
    <Flex vertical gap={12} data-testid="grades-admin">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('grades.intro')}
      </Typography.Paragraph>
      {bands.isPending ? null : (
        <Flex gap={12} wrap>
          {rubric.unitTypes.map((u) => {
            const current = bands.data?.find((b) => b.unitTypeId === u.id);
            return (
              <div key={u.id} style={{ flex: '1 1 320px', minWidth: 0 }}>
                <BandsForm
                  cycleId={cycleId}
                  unitType={u}
                  current={
                    current
                      ? { bands: current.bands as GradeBands, version: current.version }
                      : undefined
                  }
                />
              </div>
            );
          })}
        </Flex>
      )}
      <HonoursBars cycleId={cycleId} />
    </Flex>
  );
}
