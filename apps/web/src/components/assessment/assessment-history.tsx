/**
 * The whole assessment's 修改记录 in a drawer: every step and change the reader's role may
 * see (the server decides), newest first, each with the item it concerns.
 */
import type { Rubric } from '@kaohe/domain';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { ItemHistory } from './item-history.tsx';

export function AssessmentHistoryLink({
  rubric,
  assessmentId,
}: {
  rubric: Rubric;
  assessmentId: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" onClick={() => setOpen(true)}>
        {t('history.open')}
      </Button>
      <Drawer
        title={t('history.assessmentTitle')}
        open={open}
        onClose={() => setOpen(false)}
        size={640}
        destroyOnHidden
      >
        {open && <ItemHistory rubric={rubric} assessmentId={assessmentId} />}
      </Drawer>
    </>
  );
}
