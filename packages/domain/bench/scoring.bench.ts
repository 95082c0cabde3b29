/**
 * Scores 10,000 assessments of the 2011 rubric with random inputs through the engine,
 * and the same sums in a hand-written loop over plain integers, in one run.
 * Target (issue 2): engine under 50 ms for 10,000 assessments, within 3× of the loop.
 */

import { type ItemInputs, rubricItems, scoreAssessment } from '../src/index.ts';
import { toCenti } from '../src/points.ts';
import { rubric2011 } from '../src/rubric-2011.ts';

const N = 10_000;
const ROUNDS = 15;

// A small deterministic PRNG so every run scores the same inputs.
let seed = 20111231;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const items = rubricItems(rubric2011).map(({ item }) => item);
const unitTypes = ['district', 'devZone', 'bureau'];

const assessments = Array.from({ length: N }, () => {
  const inputs: Record<string, ItemInputs> = {};
  for (const item of items) {
    const ii: ItemInputs = {};
    for (const c of item.rule.criteria) {
      switch (c.kind) {
        case 'award':
        case 'passFail':
          if (c.threshold) {
            const d = 1 + Math.floor(rand() * 200);
            ii[c.id] = { numerator: Math.floor(rand() * (d + 1)), denominator: d };
          } else ii[c.id] = { met: rand() < 0.7 };
          break;
        case 'levels':
          ii[c.id] = { levelId: rand() < 0.1 ? null : pick(c.levels).id };
          break;
        case 'deduction':
          ii[c.id] = { count: rand() < 0.8 ? 0 : Math.floor(rand() * 4) };
          break;
        case 'veto':
          ii[c.id] = { triggered: rand() < 0.05 };
          break;
        case 'holistic':
          ii[c.id] = { value: Math.floor(rand() * (c.max * 2 + 1)) / 2 };
          break;
      }
    }
    inputs[item.id] = ii;
  }
  // Inputs reach the engine as JSON (from the database's jsonb or an HTTP body); parsing
  // gives the objects the shape they have in production.
  return JSON.parse(JSON.stringify({ unitType: pick(unitTypes), items: inputs })) as {
    unitType: string;
    items: Record<string, ItemInputs>;
  };
});

// The hand-written loop: the rubric flattened by hand into integer arrays, read in the
// same order, no objects built. It is what the engine would be if it did nothing else.
const KIND = { award: 0, passFail: 0, levels: 1, deduction: 2, veto: 3, holistic: 4 } as const;
const flat = items.map((item) => ({
  id: item.id,
  base: toCenti(item.baseScore),
  criteria: item.rule.criteria.map((c) => ({
    id: c.id,
    kind: KIND[c.kind],
    points:
      c.kind === 'award' || c.kind === 'passFail'
        ? toCenti(c.points)
        : c.kind === 'deduction'
          ? toCenti(c.pointsPerOccurrence)
          : 0,
    levels: c.kind === 'levels' ? new Map(c.levels.map((l) => [l.id, toCenti(l.points)])) : null,
    targets:
      (c.kind === 'award' || c.kind === 'passFail') && c.threshold
        ? Object.fromEntries(
            unitTypes.map((u) => [
              u,
              toCenti(
                (c.threshold!.targets.find((t) => t.unitTypes?.includes(u)) ??
                  c.threshold!.targets.find((t) => !t.unitTypes))!.percent,
              ),
            ]),
          )
        : null,
  })),
}));

function handLoop(): number {
  let grand = 0;
  for (const a of assessments) {
    let subtotal = 0;
    for (const item of flat) {
      const ii = a.items[item.id]!;
      let raw = 0;
      let vetoed = false;
      for (const c of item.criteria) {
        const input = ii[c.id]!;
        switch (c.kind) {
          case 0:
            if (c.targets) {
              if (input.numerator! * 10_000 >= c.targets[a.unitType]! * input.denominator!)
                raw += c.points;
            } else if (input.met) raw += c.points;
            break;
          case 1:
            if (input.levelId) raw += c.levels!.get(input.levelId)!;
            break;
          case 2:
            raw -= c.points * input.count!;
            break;
          case 3:
            if (input.triggered) vetoed = true;
            break;
          case 4:
            raw += Math.round(Number(input.value) * 100);
            break;
        }
      }
      subtotal += vetoed ? 0 : raw < 0 ? 0 : raw > item.base ? item.base : raw;
    }
    grand += subtotal;
  }
  return grand;
}

function engine(explain: boolean): number {
  let grand = 0;
  for (const a of assessments) grand += scoreAssessment(rubric2011, a, { explain }).subtotal;
  return grand;
}

function time(fn: () => number): { ms: number; result: number } {
  const times: number[] = [];
  let result = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

const hand = time(handLoop);
const totals = time(() => engine(false));
const full = time(() => engine(true));
if (hand.result !== totals.result || hand.result !== full.result) {
  throw new Error(
    `sums differ: hand ${hand.result}, engine ${totals.result}, with words ${full.result}`,
  );
}

const fmt = (x: number) => x.toFixed(1);
console.log(
  `## Scoring ${N.toLocaleString('en')} assessments of the 2011 rubric (median of ${ROUNDS} runs)\n`,
);
console.log('| what | time (ms) | vs hand loop |');
console.log('| --- | ---: | ---: |');
console.log(`| hand-written integer loop | ${fmt(hand.ms)} | 1.0× |`);
console.log(
  `| engine, totals (\`scoreAssessment\`, explain off) | ${fmt(totals.ms)} | ${(totals.ms / hand.ms).toFixed(2)}× |`,
);
console.log(
  `| engine, with the per-criterion breakdown in words | ${fmt(full.ms)} | ${(full.ms / hand.ms).toFixed(2)}× |`,
);
console.log(`\nAll three agree: grand sum ${hand.result} hundredths. Node ${process.version}.`);
const ok = totals.ms < 50 && totals.ms / hand.ms <= 3;
console.log(`Target (< 50 ms, ≤ 3× the loop): ${ok ? 'met' : 'NOT met'}`);
