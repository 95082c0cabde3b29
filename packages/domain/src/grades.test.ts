import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueText } from './errors.ts';
import {
  assignGrades,
  type GradeBands,
  GradeBandsSchema,
  type GradeCandidate,
  gradeBandProblems,
  gradeLabels,
} from './grades.ts';
import { formatCenti } from './points.ts';

const byTotal: GradeBands = {
  mode: 'total',
  bands: [
    { label: '优秀', bound: '110' },
    { label: '良好', bound: '100' },
    { label: '达标', bound: '90' },
  ],
  otherwise: '不达标',
};

/** Candidates with totals from a small range, so ties are common. */
const candidates = fc
  .array(
    fc.integer({ min: 8000, max: 12_000 }).map((t) => t - (t % 25)),
    { maxLength: 40 },
  )
  .map((totals): GradeCandidate[] => totals.map((total, i) => ({ id: `u${i}`, total })));

/** Valid bands of either mode. */
const bandsArb: fc.Arbitrary<GradeBands> = fc.oneof(
  fc
    .uniqueArray(fc.integer({ min: 0, max: 12_000 }), { minLength: 1, maxLength: 5 })
    .map((bounds) => ({
      mode: 'total' as const,
      bands: [...bounds]
        .sort((a, b) => b - a)
        .map((b, i) => ({ label: `G${i}`, bound: formatCenti(b) })),
      otherwise: 'rest',
    })),
  fc
    .array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 5 })
    .filter((shares) => shares.reduce((s, x) => s + x, 0) <= 10_000)
    .map((shares) => ({
      mode: 'share' as const,
      bands: shares.map((s, i) => ({ label: `G${i}`, bound: formatCenti(s) })),
      otherwise: 'rest',
    })),
);

const rankOf = (bands: GradeBands, label: string | null | undefined) =>
  gradeLabels(bands).indexOf(label ?? '');

describe('assignGrades', () => {
  it('grades by total: the first band the total reaches, else the rest', () => {
    const grades = assignGrades(byTotal, [
      { id: 'a', total: 11_000 },
      { id: 'b', total: 10_999 },
      { id: 'c', total: 9000 },
      { id: 'd', total: 8999 },
    ]);
    expect([...grades.values()]).toEqual(['优秀', '良好', '达标', '不达标']);
  });

  it('grades by share: a tied group that does not fit the quota goes down whole', () => {
    const bands: GradeBands = {
      mode: 'share',
      bands: [
        { label: '优秀', bound: '20' },
        { label: '良好', bound: '30' },
      ],
      otherwise: '一般',
    };
    // 10 units: 优秀 quota 2, 良好 up to position 5.
    const totals = [120, 115, 115, 110, 105, 100, 100, 100, 90, 80];
    const grades = assignGrades(
      bands,
      totals.map((t, i) => ({ id: `u${i}`, total: t * 100 })),
    );
    expect([...grades.values()]).toEqual([
      '优秀',
      '良好',
      '良好',
      '良好',
      '良好',
      '一般',
      '一般',
      '一般',
      '一般',
      '一般',
    ]);
  });

  it('null for everyone when no bands are set', () => {
    fc.assert(
      fc.property(candidates, (cs) => {
        const grades = assignGrades(null, cs);
        expect(grades.size).toBe(cs.length);
        for (const c of cs) expect(grades.get(c.id)).toBeNull();
      }),
    );
  });

  it('every unit gets exactly one grade, one of the labels', () => {
    fc.assert(
      fc.property(bandsArb, candidates, (bands, cs) => {
        const grades = assignGrades(bands, cs);
        expect(grades.size).toBe(cs.length);
        for (const c of cs) expect(gradeLabels(bands)).toContain(grades.get(c.id));
      }),
    );
  });

  it('ties share a grade, and a higher total never gets a worse grade', () => {
    fc.assert(
      fc.property(bandsArb, candidates, (bands, cs) => {
        const grades = assignGrades(bands, cs);
        for (const a of cs) {
          for (const b of cs) {
            if (a.total === b.total) expect(grades.get(a.id)).toBe(grades.get(b.id));
            if (a.total > b.total) {
              expect(rankOf(bands, grades.get(a.id))).toBeLessThanOrEqual(
                rankOf(bands, grades.get(b.id)),
              );
            }
          }
        }
      }),
    );
  });

  it('share mode never gives a band more units than its cumulative quota', () => {
    fc.assert(
      fc.property(
        bandsArb.filter((b) => b.mode === 'share'),
        candidates,
        (bands, cs) => {
          const grades = assignGrades(bands, cs);
          let cumulative = 0;
          let graded = 0;
          bands.bands.forEach((band) => {
            cumulative += Math.round(Number(band.bound) * 100);
            graded += cs.filter((c) => grades.get(c.id) === band.label).length;
            expect(graded * 10_000).toBeLessThanOrEqual(cs.length * cumulative);
          });
        },
      ),
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(bandsArb, candidates, (bands, cs) => {
        const forward = assignGrades(bands, cs);
        const backward = assignGrades(bands, [...cs].reverse());
        for (const c of cs) expect(backward.get(c.id)).toBe(forward.get(c.id));
      }),
    );
  });
});

describe('GradeBandsSchema', () => {
  const problems = (value: unknown) => {
    const r = GradeBandsSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => issueText(i.message));
  };

  it('accepts good bands', () => {
    expect(problems(byTotal)).toEqual([]);
    expect(
      problems({ mode: 'share', bands: [{ label: '优秀', bound: 20 }], otherwise: '其他' }),
    ).toEqual([]);
  });

  it('refuses overlapping or unordered bands, in both languages', () => {
    const [p] = problems({
      mode: 'total',
      bands: [
        { label: '良好', bound: '100' },
        { label: '优秀', bound: '110' },
      ],
      otherwise: '不达标',
    });
    expect(p?.zh).toContain('分数线须从高到低排列且不重叠');
    expect(p?.en).toContain('without overlapping');
    expect(
      gradeBandProblems({
        mode: 'total',
        bands: [
          { label: 'A', bound: '100' },
          { label: 'B', bound: '100' },
        ],
        otherwise: 'C',
      })[0]?.path,
    ).toEqual(['bands', 1, 'bound']);
  });

  it('refuses shares over 100%', () => {
    const [p] = problems({
      mode: 'share',
      bands: [
        { label: '优秀', bound: '60' },
        { label: '良好', bound: '50.5' },
      ],
      otherwise: '一般',
    });
    expect(p).toEqual({
      zh: '各等次比例合计110.5%，超过100%',
      en: 'The shares add up to 110.5%, over 100%',
    });
    expect(
      problems({ mode: 'share', bands: [{ label: 'A', bound: '0' }], otherwise: 'B' })[0]?.zh,
    ).toContain('须大于0%');
  });

  it('refuses bad labels and bad numbers', () => {
    expect(
      problems({ mode: 'total', bands: [{ label: ' ', bound: 1 }], otherwise: 'B' })[0]?.zh,
    ).toBe('请填写等次名称');
    expect(
      problems({ mode: 'total', bands: [{ label: 'x'.repeat(21), bound: 1 }], otherwise: 'B' })[0]
        ?.en,
    ).toBe('a grade label has at most 20 characters');
    expect(
      problems({
        mode: 'total',
        bands: [
          { label: '优秀', bound: 1 },
          { label: '优秀', bound: 0 },
        ],
        otherwise: '优秀',
      }).map((p) => p?.zh),
    ).toEqual(['等次名称「优秀」重复', '其余单位的等次「优秀」与上面的等次重名']);
    expect(
      problems({ mode: 'total', bands: [{ label: 'A', bound: '1.234' }], otherwise: 'B' })[0]?.en,
    ).toContain('at most two decimals');
  });
});
