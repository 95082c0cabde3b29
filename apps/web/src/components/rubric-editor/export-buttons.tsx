import { Button } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { exportUrl } from './rubric-api.ts';

/** A rubric's downloads: the xlsx the office prints, and the JSON document. */
export function RubricExportButtons({ id }: { id: string }) {
  const t = useT();
  return (
    <>
      <Button size="small" href={exportUrl(id, 'xlsx')} download>
        {t('rubric.exportXlsx')}
      </Button>
      <Button size="small" href={exportUrl(id, 'json')} download>
        {t('rubric.exportJson')}
      </Button>
    </>
  );
}
