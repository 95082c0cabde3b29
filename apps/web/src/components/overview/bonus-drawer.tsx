/** 加分 for one unit from the overview: the bonus items, then 确认加分 when done. */
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { toAppError } from '../../lib/app-error.ts';
import { type AssessmentDetail, useTRPC } from '../../trpc.ts';
import { BonusPanel } from '../assessment/bonus-panel.tsx';
import { useRubric } from '../assessment/queries.ts';
import { useConfirmStep } from '../assessment/workflow-actions.tsx';

export function BonusDrawer({
  assessmentId,
  onClose,
}: {
  assessmentId: string | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Drawer
      open={assessmentId !== null}
      onClose={onClose}
      size={760}
      title={t('overview.bonusTitle')}
      destroyOnHidden
    >
      {assessmentId && <BonusDrawerBody id={assessmentId} onDone={onClose} />}
    </Drawer>
  );
}

function BonusDrawerBody({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.assessment.byId.queryOptions({ id }));
  if (query.isPending) return <Skeleton active />;
  if (query.isError) {
    return <Typography.Text type="danger">{toAppError(query.error).text[locale]}</Typography.Text>;
  }
  return <BonusDrawerContent a={query.data} onDone={onDone} t={t} />;
}

function BonusDrawerContent({
  a,
  onDone,
  t,
}: {
  a: AssessmentDetail;
  onDone: () => void;
  t: ReturnType<typeof useT>;
}) {
  const rubric = useRubric(a.rubricId);
  const step = useConfirmStep();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {a.unitName}
        </Typography.Title>
        <Typography.Text data-testid="bonus-drawer-totals">
          {t('table.subtotal')} {a.totals.reviewSubtotal ?? '—'} · {t('table.bonus')}{' '}
          {a.totals.bonus ?? '—'} · {t('table.total')} <strong>{a.totals.total ?? '—'}</strong>
        </Typography.Text>
      </Flex>
      <BonusPanel assessment={a} rubric={rubric} canAward />
      <Flex justify="flex-end">
        <Button
          type="primary"
          onClick={() => step.confirm('completeBonus', a, { onDone })}
          disabled={!a.view.bonusEditable}
        >
          {t('workflow.completeBonus')}
        </Button>
      </Flex>
    </Flex>
  );
}
