/**
 * 修改记录 as the client receives it: the database filters and pages (listHistory); this
 * puts the reasons the system records as codes into the reader's two languages.
 */
import type { HistoryEvent } from '@kaohe/db';
import type { LocalizedText } from '@kaohe/domain';

/** The reason an item's review reopens when the unit resubmits it. */
export const RESUBMITTED = 'resubmitted';

/**
 * Reasons the system writes, by action: a person's reason is shown as typed, in the
 * language it was typed in, and only these codes are translated.
 */
const SYSTEM_REASONS: Record<string, Record<string, LocalizedText>> = {
  'itemReview.reopen': {
    [RESUBMITTED]: { zh: '单位修改后重新提交', en: 'The unit revised and resubmitted it' },
  },
};

export function reasonText(action: string, reason: string | null): LocalizedText | null {
  if (reason === null) return null;
  return SYSTEM_REASONS[action]?.[reason] ?? { zh: reason, en: reason };
}

export function historyEventDto(e: HistoryEvent) {
  return { ...e, reason: reasonText(e.action, e.reason) };
}
