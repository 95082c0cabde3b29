/**
 * /admin/rubrics: the rubrics by year with their status and use. Clone a year into next
 * year's draft, open a draft to edit (a published one to read), discard a draft nobody
 * uses, download one as xlsx or JSON, or import a file: it is read on the server, shown
 * item by item with each criterion's parsed rule for the admin to confirm, and only then
 * becomes a draft.
 */
import { UploadOutlined } from '@ant-design/icons';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import {
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Tag,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../../components/admin/form-modal.tsx';
import { RubricExportButtons } from '../../../../components/rubric-editor/export-buttons.tsx';
import { ImportReview } from '../../../../components/rubric-editor/import-review.tsx';
import {
  type ImportResponse,
  importFile,
  type RubricSummary,
  STATUS_COLOR,
  STATUS_LABEL,
  statusOf,
} from '../../../../components/rubric-editor/rubric-api.ts';
import { ShortTable } from '../../../../components/short-table.tsx';
import { useT } from '../../../../i18n/locale.tsx';
import { useErrorHandler } from '../../../../lib/use-error-handler.tsx';
import { useRefresh, useSave } from '../../../../lib/use-save.ts';
import { useTRPC } from '../../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/rubrics/')({
  loader: ({ context: { queryClient, trpc } }) =>
    queryClient.ensureQueryData(trpc.rubric.list.queryOptions()),
  component: RubricsPage,
});

function RubricsPage() {
  const t = useT();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const navigate = useNavigate();
  const handleError = useErrorHandler();
  const { data: rubrics } = useSuspenseQuery(trpc.rubric.list.queryOptions());
  const [cloning, setCloning] = useState(false);
  const [cloneForm] = Form.useForm<{ sourceId: string; year: number }>();
  const [imported, setImported] = useState<ImportResponse | null>(null);
  const [uploading, setUploading] = useState(false);

  const refresh = () => refreshQueries(trpc.rubric.list.queryKey(), trpc.rubric.years.queryKey());

  const open = ({ id }: { id: string }) => navigate({ to: '/admin/rubrics/$id', params: { id } });
  const clone = useSave(trpc.rubric.clone.mutationOptions(), {
    refresh,
    after: (r) => {
      setCloning(false);
      return open(r);
    },
    form: cloneForm,
  });
  const create = useSave(trpc.rubric.createDraft.mutationOptions(), {
    refresh,
    after: (r) => {
      setImported(null);
      return open(r);
    },
  });
  const discard = useSave(trpc.rubric.discardDraft.mutationOptions(), {
    done: t('rubric.discarded'),
    refresh,
    reload: true,
  });

  const latest = rubrics.reduce<RubricSummary | undefined>(
    (best, r) => (r.status !== 'draft' && (!best || r.year > best.year) ? r : best),
    undefined,
  );
  const nextYear = Math.max(0, ...rubrics.map((r) => r.year)) + 1;

  const upload = async (file: File) => {
    setUploading(true);
    try {
      setImported(await importFile(file));
    } catch (e) {
      handleError(e);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      title={t('rubric.listTitle')}
      extra={
        <Flex gap={8} wrap>
          <Link to="/admin/rubrics/analytics" data-testid="open-analytics">
            <Button>{t('analytics.open')}</Button>
          </Link>
          <Upload
            accept=".xlsx,.docx,.txt,.json"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              {t('rubric.importFile')}
            </Button>
          </Upload>
          <Button type="primary" disabled={rubrics.length === 0} onClick={() => setCloning(true)}>
            {t('rubric.cloneNextYear')}
          </Button>
        </Flex>
      }
    >
      <ShortTable<RubricSummary>
        rowKey="id"
        rows={rubrics}
        empty={t('rubric.none')}
        // As the cycles' table: on a phone it scrolls within the card, not the page sideways.
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'year', title: t('admin.year'), dataIndex: 'year', width: 70 },
          {
            key: 'title',
            title: t('rubric.title'),
            render: (_, r) => (
              <Link to="/admin/rubrics/$id" params={{ id: r.id }}>
                {r.title}
              </Link>
            ),
          },
          {
            key: 'status',
            title: t('admin.state'),
            width: 90,
            render: (_, r) => (
              <Tag color={STATUS_COLOR[statusOf(r.status)]}>
                {t(STATUS_LABEL[statusOf(r.status)])}
              </Tag>
            ),
          },
          { key: 'items', title: t('rubric.itemCount'), dataIndex: 'itemCount', width: 80 },
          {
            key: 'use',
            title: t('rubric.usage'),
            render: (_, r) =>
              r.cycleCount > 0 ? t('rubric.usedBy', { count: r.cycleCount }) : t('rubric.unused'),
          },
          { key: 'version', title: t('rubric.version'), dataIndex: 'version', width: 70 },
          {
            key: 'updated',
            title: t('rubric.updatedAt'),
            render: (_, r) => dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm'),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) => (
              <Flex gap={6} wrap>
                <Button
                  size="small"
                  type={r.status === 'draft' ? 'primary' : 'default'}
                  onClick={() => open(r)}
                >
                  {r.status === 'draft' && r.cycleCount === 0 ? t('common.edit') : t('common.view')}
                </Button>
                <RubricExportButtons id={r.id} />
                {r.status === 'draft' && r.cycleCount === 0 && (
                  <Popconfirm
                    title={t('rubric.discardConfirm', { title: r.title })}
                    okText={t('common.ok')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => discard.mutate({ id: r.id, expectedVersion: r.version })}
                  >
                    <Button size="small" danger loading={discard.isPending}>
                      {t('rubric.discard')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <FormModal<{ sourceId: string; year: number }>
        open={cloning}
        title={t('rubric.cloneNextYear')}
        okText={t('rubric.clone')}
        form={cloneForm}
        pending={clone.isPending}
        onCancel={() => setCloning(false)}
        initialValues={{ sourceId: latest?.id ?? rubrics[0]?.id, year: nextYear }}
        onFinish={(v) => clone.mutate(v)}
      >
        <Form.Item name="sourceId" label={t('rubric.cloneSource')} rules={[{ required: true }]}>
          <Select
            options={rubrics.map((r) => ({
              value: r.id,
              label: `${r.year} ${r.title}（${t(STATUS_LABEL[statusOf(r.status)])}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t('rubric.cloneYear')} rules={[{ required: true }]}>
          <InputNumber<number> min={2000} max={2999} precision={0} />
        </Form.Item>
      </FormModal>
      <Modal
        open={imported !== null}
        title={t('rubric.import.title')}
        width={1100}
        okText={t('rubric.import.create')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !imported?.document }}
        confirmLoading={create.isPending}
        onOk={() => imported?.document && create.mutate({ document: imported.document })}
        onCancel={() => setImported(null)}
        destroyOnHidden
      >
        {imported && <ImportReview result={imported} />}
      </Modal>
    </Card>
  );
}
