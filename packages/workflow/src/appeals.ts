/**
 * 申诉 (issue 14): who may appeal a published result, and when. Pure, so the web says
 * beforehand what the server decides: the assessed unit's own users, while the result
 * is published and the publication period is open (start inclusive, end exclusive).
 */
import type { Actor, LocalizedText } from '@kaohe/domain';
import type { PublicationNote } from './context.ts';
import { type AssessmentStage, STAGE_NAMES } from './stages.ts';

/** "2011-12-20 17:00" in Beijing time (the federation's own clock), for messages. */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export interface AppealTarget {
  stage: AssessmentStage;
  unitId: string;
  publication: Pick<PublicationNote, 'periodStart' | 'periodEnd'> | null;
}

/** Why the actor cannot appeal this result now, with the code the server answers; null if they can. */
export function appealRefusal(
  target: AppealTarget,
  actor: Actor,
  now: Date,
): { code: 'FORBIDDEN' | 'LOCKED'; reason: LocalizedText } | null {
  if (actor.role !== 'unit' || actor.unitId !== target.unitId) {
    return {
      code: 'FORBIDDEN',
      reason: {
        zh: '只有被考核单位可以对本单位的结果提出申诉',
        en: 'Only the assessed unit appeals its own result',
      },
    };
  }
  if (target.stage !== 'published' || target.publication === null) {
    const name = STAGE_NAMES[target.stage];
    return {
      code: 'LOCKED',
      reason: {
        zh: `考核结果不在公示中（当前阶段：${name.zh}），不能申诉`,
        en: `The result is not published (now: ${name.en}); no appeal can be filed`,
      },
    };
  }
  const start = new Date(target.publication.periodStart);
  const end = new Date(target.publication.periodEnd);
  if (now < start) {
    return {
      code: 'LOCKED',
      reason: {
        zh: `公示期尚未开始（自${beijingTime(start)}起），还不能申诉`,
        en: `The publication period has not started (it starts ${beijingTime(start)}); no appeal yet`,
      },
    };
  }
  if (now >= end) {
    return {
      code: 'LOCKED',
      reason: {
        zh: `公示期已于${beijingTime(end)}结束，不能再申诉`,
        en: `The publication period ended ${beijingTime(end)}; no more appeals`,
      },
    };
  }
  return null;
}
