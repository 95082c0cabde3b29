/**
 * /admin/cycles: the yearly cycles. A new cycle takes a published rubric, the units it
 * assesses (every active unit unless some are left out) and a deadline per stage; the
 * deadlines can be moved later. An approved assessment is reopened from /overview.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Button, Card, DatePicker, Drawer, Flex, Form, Select, Skeleton, Transfer } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Suspense, useState } from 'react';
import { NameField } from '../../../components/admin/admin-fields.tsx';
import { CycleTable } from '../../../components/admin/cycle-table.tsx';
import { FormModal } from '../../../components/admin/form-modal.tsx';
import { useRubric } from '../../../components/assessment/queries.ts';
import { GradesAdmin } from '../../../components/grades/grades-admin.tsx';
import { useT } from '../../../i18n/locale.tsx';
import { DEADLINE_STAGES, type DeadlineStage, stageLabel } from '../../../lib/labels.ts';
import { useRefresh, useSave } from '../../../lib/use-save.ts';
import { type Cycle, useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/cycles')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.cycle.list.queryOptions()),
      queryClient.ensureQueryData(trpc.rubric.years.queryOptions()),
      queryClient.ensureQueryData(trpc.admin.units.queryOptions()),
    ]),
  component: CyclesPage,
});

type Deadlines = Partial<Record<DeadlineStage, Dayjs | null>>;

interface CreateValues {
  name: string;
  rubricId: string;
  unitIds: string[];
  deadlines: Deadlines;
}

const toDates = (d: Deadlines) =>
  Object.fromEntries(DEADLINE_STAGES.map((s) => [s, d[s] ? d[s].format('YYYY-MM-DD') : null]));

function DeadlineFields() {
  const t = useT();
  return (
    <Flex gap={12} wrap>
      {DEADLINE_STAGES.map((stage) => (
        <Form.Item key={stage} name={['deadlines', stage]} label={t(stageLabel(stage))}>
          <DatePicker aria-label={t('admin.deadlineFor', { stage: t(stageLabel(stage)) })} />
        </Form.Item>
      ))}
    </Flex>
  );
}

function CyclesPage() {
  const t = useT();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const { data: rubrics } = useSuspenseQuery(trpc.rubric.years.queryOptions());
  const { data: units } = useSuspenseQuery(trpc.admin.units.queryOptions());
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Cycle | null>(null);
  const [grading, setGrading] = useState<Cycle | null>(null);
  const [createForm] = Form.useForm<CreateValues>();
  const [deadlineForm] = Form.useForm<{ deadlines: Deadlines }>();
  const published = rubrics.filter((r) => r.status === 'published');
  const activeUnits = units.filter((u) => u.active);
  const refresh = () => refreshQueries(trpc.cycle.list.queryKey());

  const create = useSave(trpc.cycle.create.mutationOptions(), {
    done: (c) => t('admin.cycleCreated', { name: c.name, count: c.assessmentCount }),
    refresh,
    after: () => setCreating(false),
    form: createForm,
  });
  const setDeadlines = useSave(trpc.cycle.setDeadlines.mutationOptions(), {
    done: t('common.saved'),
    refresh,
    after: () => setEditing(null),
    form: deadlineForm,
    reload: true,
  });

  return (
    <Card
      title={t('admin.cyclesTitle')}
      extra={
        <Button type="primary" onClick={() => setCreating(true)} disabled={published.length === 0}>
          {t('admin.addCycle')}
        </Button>
      }
    >
      <CycleTable
        cycles={cycles}
        scroll={{ x: 'max-content' }}
        details={[
          { key: 'year', title: t('admin.year'), dataIndex: 'year', width: 70 },
          {
            key: 'rubric',
            title: t('admin.rubric'),
            render: (_, c) => rubrics.find((r) => r.id === c.rubricId)?.title ?? c.rubricId,
          },
        ]}
        actions={(c) => (
          <Flex gap={8}>
            <Button size="small" onClick={() => setEditing(c)}>
              {t('admin.setDeadlines')}
            </Button>
            <Button size="small" onClick={() => setGrading(c)} data-testid={`cycle-grades-${c.id}`}>
              {t('grades.title')}
            </Button>
          </Flex>
        )}
      />
      <FormModal<CreateValues>
        open={creating}
        title={t('admin.addCycle')}
        okText={t('common.create')}
        form={createForm}
        pending={create.isPending}
        onCancel={() => setCreating(false)}
        width={760}
        initialValues={{
          rubricId: published[0]?.id,
          name: published[0] ? `${published[0].year}年度工会工作目标管理考核` : '',
          unitIds: activeUnits.map((u) => u.id),
          deadlines: {},
        }}
        onFinish={(v) =>
          create.mutate({
            name: v.name,
            rubricId: v.rubricId,
            unitIds: v.unitIds,
            deadlines: toDates(v.deadlines ?? {}),
          })
        }
      >
        <Form.Item
          name="rubricId"
          label={t('admin.rubric')}
          rules={[{ required: true, message: t('admin.rubricRequired') }]}
        >
          <Select options={published.map((r) => ({ value: r.id, label: r.title }))} />
        </Form.Item>
        <NameField name="name" label={t('admin.cycleName')} />
        <Form.Item
          name="unitIds"
          label={t('admin.cycleUnits')}
          valuePropName="targetKeys"
          rules={[{ required: true, type: 'array', message: t('admin.unitsRequired') }]}
        >
          <Transfer
            dataSource={activeUnits.map((u) => ({ key: u.id, title: u.name }))}
            render={(item) => item.title}
            titles={[t('admin.unitsOut'), t('admin.unitsIn')]}
            showSearch
            styles={{ section: { width: 320, height: 280 } }}
          />
        </Form.Item>
        <DeadlineFields />
      </FormModal>
      <FormModal<{ deadlines: Deadlines }>
        open={editing !== null}
        title={t('admin.setDeadlinesFor', { name: editing?.name ?? '' })}
        form={deadlineForm}
        pending={setDeadlines.isPending}
        onCancel={() => setEditing(null)}
        width={640}
        initialValues={{
          deadlines: Object.fromEntries(
            DEADLINE_STAGES.map((s) => [
              s,
              editing?.deadlines[s] ? dayjs(editing.deadlines[s]) : null,
            ]),
          ),
        }}
        onFinish={(v) =>
          editing &&
          setDeadlines.mutate({
            cycleId: editing.id,
            expectedVersion: editing.version,
            deadlines: toDates(v.deadlines ?? {}),
          })
        }
      >
        <DeadlineFields />
      </FormModal>
      <Drawer
        open={grading !== null}
        title={`${t('grades.title')}：${grading?.name ?? ''}`}
        size="large"
        onClose={() => setGrading(null)}
        destroyOnHidden
      >
        {grading && (
          <Suspense fallback={<Skeleton active />}>
            <CycleGrades cycle={grading} />
          </Suspense>
        )}
      </Drawer>
    </Card>
  );
}

function CycleGrades({ cycle }: { cycle: Cycle }) {
  const rubric = useRubric(cycle.rubricId);
  return <GradesAdmin cycleId={cycle.id} rubric={rubric} />;
}
