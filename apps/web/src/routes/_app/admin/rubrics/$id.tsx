/**
 * /admin/rubrics/$id: one rubric. A draft nobody uses is edited here — saved as it goes
 * (with its version: someone else's save in between is a conflict, never overwritten),
 * validated live by the domain beside the form, tried in the scoring preview, compared
 * with the previous year, and published once it validates clean. A published rubric, or
 * one a cycle uses, opens read-only with the reason and an offer to clone it.
 */
import {
  diffRubrics,
  type Rubric,
  type RubricChange,
  RubricSchema,
  validateRubric,
} from '@kaohe/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { Alert, App, Button, Card, Empty, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { LastYearNote } from '../../../../components/analytics/last-year-note.tsx';
import { WhatIfPanel } from '../../../../components/analytics/what-if.tsx';
import { QueryView } from '../../../../components/query-view.tsx';
import { RubricExportButtons } from '../../../../components/rubric-editor/export-buttons.tsx';
import {
  diffUrl,
  type RubricRecord,
  type RubricSummary,
  STATUS_COLOR,
  STATUS_LABEL,
  statusOf,
} from '../../../../components/rubric-editor/rubric-api.ts';
import { RubricDiff } from '../../../../components/rubric-editor/rubric-diff.tsx';
import { RubricEditor } from '../../../../components/rubric-editor/rubric-editor.tsx';
import { SaveIndicator } from '../../../../components/save-indicator.tsx';
import { useLocale, useT } from '../../../../i18n/locale.tsx';
import { toAppError } from '../../../../lib/app-error.ts';
import { useAutosave } from '../../../../lib/autosave.ts';
import { useErrorHandler } from '../../../../lib/use-error-handler.tsx';
import { useRefresh } from '../../../../lib/use-save.ts';
import { useTRPC, useTRPCClient } from '../../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/rubrics/$id')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.rubric.get.queryOptions({ id: params.id })),
      queryClient.ensureQueryData(trpc.rubric.list.queryOptions()),
      queryClient.ensureQueryData(trpc.admin.departments.queryOptions()),
      queryClient.ensureQueryData(trpc.admin.unitTypes.queryOptions()),
      queryClient.ensureQueryData(trpc.cycle.list.queryOptions()),
    ]),
  component: RubricPage,
});

function RubricPage() {
  const { id } = Route.useParams();
  const trpc = useTRPC();
  const record = useSuspenseQuery(trpc.rubric.get.queryOptions({ id }));
  const { data: list } = useSuspenseQuery(trpc.rubric.list.queryOptions());
  const { data: departments } = useSuspenseQuery(trpc.admin.departments.queryOptions());
  const { data: unitTypes } = useSuspenseQuery(trpc.admin.unitTypes.queryOptions());
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  return (
    <RubricPageBody
      // A reload (after a conflict or a publish) starts the form again from what the server has.
      key={`${id}:${record.dataUpdatedAt}`}
      record={record.data}
      list={list}
      departmentCatalog={departments}
      unitTypeCatalog={unitTypes}
      cycles={cycles}
      reload={() => void record.refetch()}
    />
  );
}

function RubricPageBody({
  record,
  list,
  departmentCatalog,
  unitTypeCatalog,
  cycles,
  reload,
}: {
  record: RubricRecord;
  list: RubricSummary[];
  departmentCatalog: Array<{ id: string; name: string }>;
  unitTypeCatalog: Array<{ id: string; name: string }>;
  cycles: Array<{ id: string; name: string; year: number }>;
  reload: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const client = useTRPCClient();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const handleError = useErrorHandler();
  const editable = record.status === 'draft' && !record.inUse;
  const [doc, setDoc] = useState<Rubric>(record.document);
  const version = useRef(record.version);
  const [cloning, setCloning] = useState(false);

  const autosave = useAutosave<Rubric>({
    delay: 800,
    save: async (_key, document) => {
      const saved = await client.rubric.saveDraft.mutate({
        id: record.id,
        expectedVersion: version.current,
        document,
      });
      version.current = saved.version;
    },
    onError: (_key, error) => {
      if (error.code === 'CONFLICT') return; // the indicator offers the reload
      if (error.code === 'RUBRIC_IMMUTABLE') {
        modal.warning({ title: t('rubric.immutableTitle'), content: error.text[locale] });
        return;
      }
      handleError(error);
    },
  });

  const change = (next: Rubric) => {
    setDoc(next);
    if (!editable) return;
    // A draft may break the rules while it is written, never the document's shape (an
    // empty text, a missing department): those wait, marked unsaved, until they are fixed.
    if (RubricSchema.safeParse(next).success) autosave.schedule('rubric', next);
    else autosave.hold('rubric');
  };

  const deferred = useDeferredValue(doc);
  const validation = useMemo(() => validateRubric(deferred), [deferred]);
  const problems = validation.problems;

  const refreshLists = () =>
    refreshQueries(trpc.rubric.list.queryKey(), trpc.rubric.years.queryKey());

  const cloneToNextYear = async () => {
    setCloning(true);
    try {
      const { id } = await client.rubric.clone.mutate({ sourceId: record.id, year: doc.year + 1 });
      await refreshLists();
      await navigate({ to: '/admin/rubrics/$id', params: { id } });
    } catch (e) {
      handleError(e);
    } finally {
      setCloning(false);
    }
  };

  const unsaved =
    autosave.status === 'saving' || autosave.status === 'error' || autosave.status === 'conflict';
  const publishBlocked =
    problems.length > 0
      ? t('rubric.publishBlocked', { count: problems.length })
      : unsaved
        ? t('rubric.publishUnsaved')
        : null;

  const publish = () =>
    modal.confirm({
      title: t('rubric.publishTitle', { title: doc.title }),
      content: t('rubric.publishConfirm'),
      okText: t('rubric.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          if (!(await autosave.flush())) return;
          await client.rubric.publish.mutate({ id: record.id, expectedVersion: version.current });
          message.success(t('rubric.published', { title: doc.title }));
          await refreshLists();
          await refreshQueries(trpc.rubric.get.queryKey({ id: record.id }));
        } catch (e) {
          handleError(e, { onReload: reload });
        }
      },
    });

  const compareTab = {
    key: 'compare',
    label: t('rubric.tab.compare'),
    children: (
      <Compare
        record={record}
        list={list}
        doc={validation.rubric ?? doc}
        beforeDownload={autosave.flush}
      />
    ),
  };

  // The what-if re-scores a past cycle (an earlier year's) under this rubric.
  const pastCycles = cycles.filter((c) => c.year < record.document.year);
  const whatIfTab = {
    key: 'whatIf',
    label: t('whatIf.tab'),
    children: <WhatIfPanel rubricId={record.id} cycles={pastCycles} beforeRun={autosave.flush} />,
  };
  const lastYear = useQuery(trpc.analytics.lastYear.queryOptions({ rubricId: record.id }));

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Link to="/admin/rubrics">{t('rubric.back')}</Link>
        <h1 className="kaohe-page-title" style={{ margin: 0 }}>
          {doc.title}
        </h1>
        <Tag color={STATUS_COLOR[statusOf(record.status)]}>
          {t(STATUS_LABEL[statusOf(record.status)])}
        </Tag>
        {editable && <SaveIndicator autosave={autosave} onReload={reload} />}
        <span style={{ flex: 1 }} />
        <Link to="/admin/rubrics/analytics" data-testid="rubric-analytics">
          {t('analytics.open')}
        </Link>
        <RubricExportButtons id={record.id} />
        {editable && (
          <Tooltip title={publishBlocked}>
            <Button
              type="primary"
              disabled={publishBlocked !== null}
              onClick={publish}
              data-testid="publish"
            >
              {t('rubric.publish')}
            </Button>
          </Tooltip>
        )}
      </Flex>
      {editable && publishBlocked && problems.length > 0 && (
        <Typography.Text type="secondary" data-testid="publish-reason">
          {publishBlocked}
        </Typography.Text>
      )}
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={
            record.status === 'draft' ? t('rubric.readOnlyInUse') : t('rubric.readOnlyPublished')
          }
          description={t('rubric.readOnlyHint', { year: doc.year + 1 })}
          action={
            <Button size="small" loading={cloning} onClick={() => void cloneToNextYear()}>
              {t('rubric.cloneAsDraft')}
            </Button>
          }
        />
      )}
      <RubricEditor
        document={doc}
        onChange={change}
        problems={problems}
        parsed={validation.rubric}
        readOnly={!editable}
        departmentCatalog={departmentCatalog}
        unitTypeCatalog={unitTypeCatalog}
        extraTabs={[compareTab, whatIfTab]}
        itemNote={(itemId) =>
          lastYear.data ? <LastYearNote figures={lastYear.data} itemId={itemId} /> : null
        }
      />
    </Flex>
  );
}

/** The comparison with another year's rubric (the latest earlier one unless chosen), live on the document in the editor. */
function Compare({
  record,
  list,
  doc,
  beforeDownload,
}: {
  record: RubricRecord;
  list: RubricSummary[];
  doc: Rubric;
  beforeDownload: () => Promise<boolean>;
}) {
  const t = useT();
  const trpc = useTRPC();
  const handleError = useErrorHandler();
  const others = list.filter((r) => r.id !== record.id);
  const earlier = others
    .filter((r) => r.year < doc.year)
    .sort((a, b) => b.year - a.year || (a.status === 'published' ? -1 : 1));
  const [fromId, setFromId] = useState<string | undefined>(earlier[0]?.id ?? others[0]?.id);
  const from = useQuery({
    ...trpc.rubric.get.queryOptions({ id: fromId ?? '' }),
    enabled: fromId !== undefined,
  });
  const changes = useMemo<RubricChange[] | null>(() => {
    if (!from.data) return null;
    try {
      return diffRubrics(from.data.document, doc);
    } catch {
      return null;
    }
  }, [from.data, doc]);

  if (!fromId) return <Empty description={t('rubric.compareNothing')} />;
  return (
    <Card
      size="small"
      title={t('rubric.tab.compare')}
      extra={
        <Button
          size="small"
          onClick={async () => {
            try {
              await beforeDownload();
              window.location.assign(diffUrl(fromId, record.id));
            } catch (e) {
              handleError(toAppError(e));
            }
          }}
        >
          {t('rubric.diff.download')}
        </Button>
      }
    >
      {/* In the body, not the card's one-line title: on a phone the picker takes the width. */}
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <span>{t('rubric.compareWith')}</span>
        <Select<string>
          size="small"
          style={{ width: 320, maxWidth: '100%' }}
          value={fromId}
          onChange={setFromId}
          aria-label={t('rubric.compareWith')}
          options={others.map((r) => ({ value: r.id, label: `${r.year} ${r.title}` }))}
        />
        {changes && (
          <Typography.Text type="secondary">
            {t('rubric.diff.count', { count: changes.length })}
          </Typography.Text>
        )}
      </Flex>
      <QueryView query={from}>
        {(fromRubric) =>
          changes && <RubricDiff from={fromRubric.document} to={doc} changes={changes} />
        }
      </QueryView>
    </Card>
  );
}
