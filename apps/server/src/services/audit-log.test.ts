import { HISTORY_VISIBILITY } from '@kaohe/db';
import { expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, actionLabel } from './audit-log.ts';

it('every action an assessment history shows has words in the audit log, in both languages', () => {
  for (const action of Object.keys(HISTORY_VISIBILITY)) {
    expect(AUDIT_ACTION_LABELS[action], action).toMatchObject({
      zh: expect.any(String),
      en: expect.any(String),
    });
  }
  expect(actionLabel('some.newAction')).toEqual({ zh: 'some.newAction', en: 'some.newAction' });
});
