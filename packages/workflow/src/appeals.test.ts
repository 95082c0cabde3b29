import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealRefusal } from './appeals.ts';
import { ASSESSMENT_STAGES } from './stages.ts';
import { actors, PERIOD } from './testing.ts';

const START = Date.parse(PERIOD.start);
const END = Date.parse(PERIOD.end);

describe('appealRefusal', () => {
  it('a unit appeals only its own published result, and only within the period', () => {
    const who = fc.constantFrom(
      actors.unit('unit-1'),
      actors.unit('unit-2'),
      actors.department('legal'),
      actors.chairman(),
      actors.admin(),
    );
    // Around the period: before it, inside, on its edges, after it.
    const when = fc.oneof(
      fc.integer({ min: START - 10 * 86_400_000, max: END + 10 * 86_400_000 }),
      fc.constantFrom(START - 1, START, END - 1, END),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ASSESSMENT_STAGES), who, when, (stage, actor, t) => {
        const refusal = appealRefusal(
          {
            stage,
            unitId: 'unit-1',
            publication:
              stage === 'published' || stage === 'final'
                ? { periodStart: PERIOD.start, periodEnd: PERIOD.end }
                : null,
          },
          actor,
          new Date(t),
        );
        const allowed =
          actor.role === 'unit' &&
          actor.unitId === 'unit-1' &&
          stage === 'published' &&
          START <= t &&
          t < END;
        expect(refusal === null).toBe(allowed);
        if (refusal) {
          expect(refusal.code).toBe(actor.unitId === 'unit-1' ? 'LOCKED' : 'FORBIDDEN');
          expect(refusal.reason.zh.length).toBeGreaterThan(4);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('says when the period ends, in Beijing time', () => {
    const refusal = appealRefusal(
      {
        stage: 'published',
        unitId: 'unit-1',
        publication: { periodStart: PERIOD.start, periodEnd: PERIOD.end },
      },
      actors.unit('unit-1'),
      new Date(END),
    );
    expect(refusal?.reason).toEqual({
      zh: '公示期已于2011-12-08 17:00结束，不能再申诉',
      en: 'The publication period ended 2011-12-08 17:00; no more appeals',
    });
  });
});
