/**
 * The organisation from Excel on the admin's units and users pages (issue 15): 下载模板,
 * 导出, and 导入 — upload a workbook, see every problem (sheet, row, column) or what will
 * be created, changed and left alone, confirm, and receive the new accounts' initial
 * passwords once as a workbook.
 */
import { Alert, Button, Flex, Modal, Result, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useRefresh } from '../../lib/use-save.ts';
import { useTRPC } from '../../trpc.ts';
import { ShortTable } from '../short-table.tsx';
import {
  importOrgWorkbook,
  ORG_EXPORT_URL,
  ORG_TEMPLATE_URL,
  type OrgChangeRow,
  type OrgImportDone,
  type OrgImportPreview,
  type OrgProblemRow,
  previewOrgWorkbook,
  saveAccountsWorkbook,
} from './org-api.ts';

/** The three buttons, for a card's `extra`. */
export function OrgImportButtons() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button href={ORG_TEMPLATE_URL} download>
        {t('orgImport.template')}
      </Button>
      <Button href={ORG_EXPORT_URL} download>
        {t('orgImport.export')}
      </Button>
      <Button onClick={() => setOpen(true)}>{t('orgImport.import')}</Button>
      {open && <OrgImportModal onClose={() => setOpen(false)} />}
    </>
  );
}

type Stage =
  | { kind: 'choose' }
  | { kind: 'checking'; file: File }
  | { kind: 'refused'; file: File; preview: OrgImportPreview }
  | { kind: 'ready'; file: File; preview: OrgImportPreview }
  | { kind: 'importing'; file: File; preview: OrgImportPreview }
  | { kind: 'done'; done: OrgImportDone };

const SHEETS = ['units', 'departments', 'users'] as const;
const SHEET_LABEL: Record<(typeof SHEETS)[number], MessageKey> = {
  units: 'orgImport.sheet.units',
  departments: 'orgImport.sheet.departments',
  users: 'orgImport.sheet.users',
};

function accountsFileName(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `初始账号-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.xlsx`;
}

function OrgImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const handleError = useErrorHandler();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });

  const check = async (file: File) => {
    setStage({ kind: 'checking', file });
    try {
      const preview = await previewOrgWorkbook(file);
      setStage({ kind: preview.problems.length > 0 ? 'refused' : 'ready', file, preview });
    } catch (e) {
      setStage({ kind: 'choose' });
      handleError(e);
    }
  };

  const confirm = async (file: File, preview: OrgImportPreview) => {
    setStage({ kind: 'importing', file, preview });
    try {
      const answer = await importOrgWorkbook(file);
      if ('refused' in answer) {
        setStage({ kind: 'refused', file, preview: answer.refused });
        return;
      }
      if (answer.done.accounts > 0) saveAccountsWorkbook(answer.done, accountsFileName());
      setStage({ kind: 'done', done: answer.done });
      // Every admin list, the searched pages (unitList, userList) among them.
      await refreshQueries(trpc.admin.pathKey());
    } catch (e) {
      setStage({ kind: 'ready', file, preview });
      handleError(e);
    }
  };

  const chooser = (
    <Upload.Dragger
      accept=".xlsx"
      showUploadList={false}
      multiple={false}
      beforeUpload={(file) => {
        void check(file);
        return false;
      }}
    >
      <p>{t('orgImport.choose')}</p>
      <Typography.Text type="secondary">{t('orgImport.chooseHint')}</Typography.Text>
    </Upload.Dragger>
  );

  let body: React.ReactNode;
  let footer: React.ReactNode;
  switch (stage.kind) {
    case 'choose':
    case 'checking':
      body = (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('orgImport.intro')}</Typography.Paragraph>
          {stage.kind === 'checking' ? (
            <Alert
              type="info"
              showIcon
              title={t('orgImport.checking', { file: stage.file.name })}
            />
          ) : (
            chooser
          )}
        </Flex>
      );
      footer = <Button onClick={onClose}>{t('common.cancel')}</Button>;
      break;
    case 'refused':
      body = (
        <Flex vertical gap={12}>
          <Alert
            type="error"
            showIcon
            title={t(stage.preview.truncated ? 'orgImport.refusedMore' : 'orgImport.refused', {
              file: stage.file.name,
              count: stage.preview.problems.length,
            })}
            description={t('orgImport.refusedHint')}
          />
          <ProblemTable problems={stage.preview.problems} />
          {chooser}
        </Flex>
      );
      footer = <Button onClick={onClose}>{t('common.close')}</Button>;
      break;
    case 'ready':
    case 'importing':
      body = (
        <Flex vertical gap={12}>
          <Alert
            type="success"
            showIcon
            title={t('orgImport.ready', { file: stage.file.name })}
            description={t('orgImport.readyHint')}
          />
          <SummaryTable summary={stage.preview.summary} />
          <ChangeTable preview={stage.preview} />
        </Flex>
      );
      footer = (
        <Flex gap={8} justify="end" wrap>
          <Button
            onClick={() => setStage({ kind: 'choose' })}
            disabled={stage.kind === 'importing'}
          >
            {t('orgImport.chooseAgain')}
          </Button>
          <Button
            type="primary"
            loading={stage.kind === 'importing'}
            onClick={() => confirm(stage.file, stage.preview)}
          >
            {t('orgImport.confirm')}
          </Button>
        </Flex>
      );
      break;
    case 'done':
      body = (
        <Result
          status="success"
          title={t('orgImport.done')}
          subTitle={
            stage.done.accounts > 0
              ? t('orgImport.accountsSaved', { count: stage.done.accounts })
              : t('orgImport.noAccounts')
          }
          extra={<SummaryTable summary={stage.done.summary} />}
        />
      );
      footer = (
        <Flex gap={8} justify="end" wrap>
          {stage.done.accounts > 0 && (
            <Button onClick={() => saveAccountsWorkbook(stage.done, accountsFileName())}>
              {t('orgImport.saveAccounts')}
            </Button>
          )}
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Flex>
      );
      break;
  }

  return (
    <Modal
      open
      title={t('orgImport.title')}
      width={960}
      onCancel={onClose}
      footer={footer}
      maskClosable={false}
      closable={stage.kind !== 'importing'}
      destroyOnHidden
    >
      {body}
    </Modal>
  );
}

function ProblemTable({ problems }: { problems: OrgProblemRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Table<OrgProblemRow>
      size="small"
      rowKey={(p) => `${p.sheet}:${p.row}:${p.column}:${p.zh}`}
      dataSource={problems}
      pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 640 }}
      columns={[
        {
          key: 'sheet',
          title: t('orgImport.col.sheet'),
          width: 80,
          render: (_, p) => p.sheet ?? '—',
        },
        { key: 'row', title: t('orgImport.col.row'), width: 64, render: (_, p) => p.row ?? '—' },
        {
          key: 'column',
          title: t('orgImport.col.column'),
          width: 130,
          render: (_, p) => p.column ?? '—',
        },
        {
          key: 'message',
          title: t('orgImport.col.problem'),
          render: (_, p) => p[locale],
        },
      ]}
    />
  );
}

function SummaryTable({ summary }: { summary: OrgImportPreview['summary'] }) {
  const t = useT();
  return (
    <ShortTable
      rowKey="sheet"
      rows={SHEETS.map((sheet) => ({ sheet, ...summary[sheet] }))}
      columns={[
        { key: 'sheet', title: '', render: (_, r) => t(SHEET_LABEL[r.sheet]) },
        { key: 'created', title: t('orgImport.created'), dataIndex: 'created', align: 'right' },
        { key: 'updated', title: t('orgImport.updated'), dataIndex: 'updated', align: 'right' },
        {
          key: 'unchanged',
          title: t('orgImport.unchanged'),
          dataIndex: 'unchanged',
          align: 'right',
        },
      ]}
    />
  );
}

function ChangeTable({ preview }: { preview: OrgImportPreview }) {
  const t = useT();
  if (preview.changesTotal === 0) {
    return <Alert type="info" showIcon title={t('orgImport.nothingChanges')} />;
  }
  return (
    <Flex vertical gap={4}>
      {preview.changesShown < preview.changesTotal && (
        <Typography.Text type="secondary">
          {t('orgImport.changesShown', {
            shown: preview.changesShown,
            total: preview.changesTotal,
          })}
        </Typography.Text>
      )}
      <Table<OrgChangeRow>
        size="small"
        rowKey={(c) => `${c.sheet}:${c.row}`}
        dataSource={preview.changes}
        pagination={preview.changes.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 640 }}
        columns={[
          { key: 'sheet', title: t('orgImport.col.sheet'), dataIndex: 'sheet', width: 80 },
          { key: 'row', title: t('orgImport.col.row'), dataIndex: 'row', width: 64 },
          {
            key: 'kind',
            title: t('orgImport.col.change'),
            width: 90,
            render: (_, c) =>
              c.kind === 'create' ? (
                <Tag color="green">{t('orgImport.create')}</Tag>
              ) : (
                <Tag color="blue">{t('orgImport.update')}</Tag>
              ),
          },
          { key: 'code', title: t('orgImport.col.code'), dataIndex: 'code', width: 140 },
          { key: 'name', title: t('orgImport.col.name'), dataIndex: 'name' },
          {
            key: 'fields',
            title: t('orgImport.col.fields'),
            render: (_, c) => c.fields.join('、'),
          },
        ]}
      />
    </Flex>
  );
}
