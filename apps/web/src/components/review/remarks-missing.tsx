/**
 * A scored cell whose review differs from the self score without the 备注 that requires
 * (issue 16): it looked done (green) while 完成考评 was refused. Orange, marked 缺备注.
 */
import { useT } from '../../i18n/locale.tsx';
import './remarks-missing.css';

export function RemarksMissingMark() {
  const t = useT();
  return (
    <span
      className="kaohe-remarks-missing"
      title={t('daily.review.remarksMissingHint')}
      data-testid="remarks-missing"
    >
      {t('daily.review.remarksMissing')}
    </span>
  );
}
