/**
 * 评分标准 text → structured criteria, where the wording is one the 2011 table uses:
 *
 * | words                              | criterion                                   |
 * | ---------------------------------- | ------------------------------------------- |
 * | …得N分 (N may be 1.5)               | award                                       |
 * | …达标得N分，未达标不得分             | passFail                                    |
 * | X得A分，Y得B分 as alternatives       | levels (the awards add up past the base, their best equals it) |
 * | …缺一项扣N分, …的扣N分               | deduction, per occurrence                   |
 * | …整项不得分                         | veto                                        |
 * | …综合打分                           | holistic, 0 to what the other criteria leave of the base |
 * | …达标 / 达到目标要求, with a rate in 考核内容 | the award or passFail gets that threshold |
 *
 * Words before a 得N分 without points of their own belong to it
 * ("成立由党政领导挂帅，各方参与的领导小组和工作班子，有总体推进思路和工作目标的得2分").
 * Whatever no pattern recognises is returned as `unparsed` for manual entry.
 */
import {
  type Criterion,
  centiToNumber,
  type LocalizedText,
  type Target,
  toCenti,
  tryToCenti,
  type UnitType,
} from '@kaohe/domain';
import type { CriterionParseReport, ParseStatus } from './problems.ts';
import { type ContentIndicator, contentIndicators } from './targets.ts';
import { bigrams, compact, letterId, overlap } from './text-utils.ts';

export interface CriteriaContext {
  itemId: string;
  content: string;
  criteriaText: string;
  baseScore: number;
  /** Department ids in table order; the first leads. */
  departments: string[];
  departmentName: (id: string) => string;
  unitTypes: UnitType[];
  /**
   * Bigrams of the items each department owns alone. A criterion of a shared item goes
   * to a later department only when its words belong to that department's work more
   * than to the first's (item 11: 女职工专项合同 → 女工部).
   */
  departmentVocabulary: Map<string, Set<string>>;
}

export interface ParsedCriteria {
  criteria: Criterion[];
  status: ParseStatus;
  reason: LocalizedText | null;
  unparsed: string[];
  notes: LocalizedText[];
  report: CriterionParseReport[];
}

const POINTS = String.raw`(\d+(?:\.\d+)?)`;
const AWARD_TAIL = new RegExp(`(?:的)?[得计]${POINTS}分$`);
const DEDUCTION_TAIL = new RegExp(`(?:的)?扣(?:除)?${POINTS}分$`);
const VETO_TAIL = /(整项|该项|本项|此项)(不得分|不计分|得0分|为0分)$/;
const PASS_FAIL_TAIL = /^(未|不|没有)(达标|达到目标要求|达到要求)(的)?(不得分|不计分|得0分)$/;
const HOLISTIC_TAIL = /综合(打分|评分|评定|考评|评价)$/;
/** "建会率达到目标要求", "同步组建率达标": the whole criterion is a rate reaching its target. */
const MEETS_TARGET = /^(.*?)(达标|达到目标要求|达到要求|达到规定要求)$/;
/** "5项计划参保率全部达标": several targets at once; left to a person. */
const SEVERAL_TARGETS = /(全部|均|都|各项)$|^\d+项|^前\d+项/;

interface Segment {
  text: string;
  start: number;
  end: number;
}

/** A recognised criterion; `start`/`end` locate its words in the 评分标准 text. */
type Piece = { text: string; start: number; end: number } & (
  | { kind: 'award' | 'passFail' | 'deduction'; points: number }
  | { kind: 'veto' | 'holistic' }
  | { kind: 'levels'; levels: Array<{ text: string; points: number }> }
);

const zhen = (zh: string, en: string): LocalizedText => ({ zh, en });

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^，；,;。\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '')
      out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/** The criterion's own words: the tail with its points and a dangling 的 removed. */
function ownWords(source: string, tail: RegExp): string {
  const words = source
    .replace(tail, '')
    .replace(/的$/, '')
    .replace(/[，；,;\s]+$/, '');
  return words === '' ? source : words;
}

const centi = (n: number) => toCenti(n);
const pieceMax = (p: Piece): number =>
  p.kind === 'award' || p.kind === 'passFail'
    ? centi(p.points)
    : p.kind === 'levels'
      ? Math.max(...p.levels.map((l) => centi(l.points)))
      : 0;

/** What a criterion adds at most, in hundredths (the domain's ruleMaximum, per criterion). */
function criterionMax(c: Criterion): number {
  switch (c.kind) {
    case 'award':
    case 'passFail':
      return centi(c.points);
    case 'levels':
      return Math.max(...c.levels.map((l) => centi(l.points)));
    case 'holistic':
      return centi(c.max);
    default:
      return 0;
  }
}

export function parseCriteria(ctx: CriteriaContext): ParsedCriteria {
  const text = ctx.criteriaText;
  const pieces: Piece[] = [];
  const unparsed: string[] = [];
  const notes: LocalizedText[] = [];
  let pendingStart: number | null = null;

  for (const seg of segments(text)) {
    const from: number = pendingStart ?? seg.start;
    const source = text.slice(from, seg.end);
    const at = { start: from, end: seg.end };
    const award = AWARD_TAIL.exec(seg.text);
    const deduction = DEDUCTION_TAIL.exec(seg.text);
    if (PASS_FAIL_TAIL.test(seg.text) && pendingStart === null) {
      // "达标得3分，未达标不得分": the award before it is all or nothing.
      const last = pieces.at(-1);
      if (last && last.kind === 'award') {
        pieces[pieces.length - 1] = { ...last, kind: 'passFail', end: seg.end };
      } else {
        unparsed.push(seg.text);
      }
      continue;
    }
    if (VETO_TAIL.test(seg.text)) {
      pieces.push({ kind: 'veto', text: source, ...at });
    } else if (deduction) {
      const words = ownWords(source, DEDUCTION_TAIL);
      pieces.push({ kind: 'deduction', text: words, points: Number(deduction[1]), ...at });
    } else if (award) {
      const words = ownWords(source, AWARD_TAIL);
      pieces.push({ kind: 'award', text: words, points: Number(award[1]), ...at });
    } else if (HOLISTIC_TAIL.test(seg.text)) {
      pieces.push({ kind: 'holistic', text: source, ...at });
    } else {
      pendingStart = from;
      continue;
    }
    pendingStart = null;
  }
  if (pendingStart !== null) unparsed.push(text.slice(pendingStart).trim());

  const base = centi(ctx.baseScore);
  // "得1.555分" or "得0分" is not a point value a criterion can carry.
  const badPoints = pieces.filter(
    (p) => 'points' in p && (tryToCenti(p.points) === undefined || p.points === 0),
  );
  for (const p of badPoints) {
    unparsed.push(text.slice(p.start, p.end));
    pieces.splice(pieces.indexOf(p), 1);
  }

  detectLevels(pieces, base, text);

  // Holistic: a judged value from 0 to what the other criteria leave of the base.
  const fixedMax = pieces.reduce((s, p) => s + pieceMax(p), 0);
  const holistic = pieces.filter((p) => p.kind === 'holistic');
  const holisticMax = holistic.length === 1 ? base - fixedMax : 0;

  const criteria: Criterion[] = [];
  const report: CriterionParseReport[] = [];
  const indicators = contentIndicators(ctx.content, ctx.unitTypes);
  const thresholdCandidates: Array<{ index: number; subject: string }> = [];

  pieces.forEach((p, i) => {
    const id = letterId(i);
    const pieceNotes: LocalizedText[] = [];
    let criterion: Criterion;
    switch (p.kind) {
      case 'award':
      case 'passFail': {
        criterion = { id, kind: p.kind, text: p.text, points: p.points };
        // Only a criterion that is nothing but "…达标" becomes a threshold; one condition
        // among several ("创建率达到目标要求，创建工作有成效，…") stays a person's judgement.
        const m = MEETS_TARGET.exec(p.text);
        if (m && !/[，；,;]/.test(p.text)) {
          if (SEVERAL_TARGETS.test(m[1]!)) {
            pieceNotes.push(
              zhen(
                '同时涉及多项指标，由评分部门人工判断是否达标',
                'several targets at once: the department judges by hand',
              ),
            );
          } else {
            thresholdCandidates.push({ index: i, subject: m[1]! });
          }
        }
        break;
      }
      case 'levels':
        criterion = {
          id,
          kind: 'levels',
          text: p.text,
          levels: p.levels.map((l, li) => ({
            id: `level-${li + 1}`,
            text: l.text,
            points: l.points,
          })),
        };
        pieceNotes.push(
          zhen(
            '各档分值相加超过基本分值、最高档等于基本分值，按“择一档计分”处理',
            'the points add up past the base score and the best equals it: read as levels (pick one)',
          ),
        );
        break;
      case 'deduction':
        criterion = { id, kind: 'deduction', text: p.text, pointsPerOccurrence: p.points };
        break;
      case 'veto':
        criterion = { id, kind: 'veto', text: p.text };
        break;
      case 'holistic':
        criterion = {
          id,
          kind: 'holistic',
          text: p.text,
          max: centiToNumber(Math.max(holisticMax, 0)),
        };
        break;
    }
    criteria.push(criterion);
    const source = text.slice(p.start, p.end);
    report.push({ criterionId: id, kind: criterion.kind, source, notes: pieceNotes });
  });

  attachThresholds(ctx, criteria, report, thresholdCandidates, indicators);

  // Words not understood: judged as a whole until the admin enters them, so the draft
  // stays scorable; the item is reported for manual entry.
  const parsedMax = criteria.reduce((sum, c) => sum + criterionMax(c), 0);
  if (unparsed.length > 0 && base - parsedMax > 0) {
    const id = letterId(criteria.length);
    criteria.push({
      id,
      kind: 'holistic',
      text: unparsed.join('；'),
      max: centiToNumber(base - parsedMax),
    });
    report.push({
      criterionId: id,
      kind: 'holistic',
      source: unparsed.join('；'),
      notes: [
        zhen(
          '未能识别，暂按综合打分处理，请人工录入',
          'not understood: judged as a whole until entered by hand',
        ),
      ],
    });
  } else if (criteria.length === 0) {
    const words = text.trim() === '' ? '（评分标准待录入）' : text.trim();
    criteria.push({ id: 'a', kind: 'holistic', text: words, max: ctx.baseScore });
    report.push({
      criterionId: 'a',
      kind: 'holistic',
      source: text,
      notes: [zhen('未能识别，暂按综合打分处理，请人工录入', 'not understood: judged as a whole')],
    });
  }

  if (ctx.departments.length > 1) assignDepartments(ctx, criteria, report, notes);

  const recognised = pieces.length > 0;
  const finalMax = criteria.reduce((sum, c) => sum + criterionMax(c), 0);
  let status: ParseStatus = 'parsed';
  let reason: LocalizedText | null = null;
  if (!recognised) {
    status = 'manual';
    reason = zhen('评分标准的写法未能识别', 'the wording of the criteria was not recognised');
  } else if (unparsed.length > 0) {
    status = 'partial';
    reason = zhen(
      `未能识别：${unparsed.map((u) => `「${u}」`).join('、')}`,
      `not recognised: ${unparsed.map((u) => `"${u}"`).join(', ')}`,
    );
  } else if (holistic.length > 1) {
    status = 'partial';
    reason = zhen(
      '有多处综合打分，需人工分配分值',
      'several holistic parts: split the points by hand',
    );
  } else if (holistic.length === 1 && holisticMax <= 0) {
    status = 'partial';
    reason = zhen('综合打分没有剩余分值', 'the holistic part has no points left of the base score');
  } else if (finalMax !== base) {
    status = 'partial';
    reason = zhen(
      `识别出的评分标准最高可得${centiToNumber(finalMax)}分，与基本分值${ctx.baseScore}分不符`,
      `the recognised criteria reach ${centiToNumber(finalMax)}, not the base score ${ctx.baseScore}`,
    );
  }
  if (criteria.every((c) => c.kind === 'veto' || c.kind === 'deduction') && status === 'parsed') {
    status = 'partial';
    reason = zhen('没有可得分的评分标准', 'no criterion awards points');
  }
  return { criteria, status, reason, unparsed, notes, report };
}

/**
 * "完成经费上缴考核基数得4分，上缴经费在市总考核基数上增长得7分" (base 7): the awards add
 * up past the base but the best of them equals what is left of it, so they are
 * alternatives of one thing. The longest run of consecutive awards that makes the
 * maximum equal the base becomes one levels criterion.
 */
function detectLevels(pieces: Piece[], base: number, text: string) {
  const total = pieces.reduce((s, p) => s + pieceMax(p), 0);
  if (total <= base) return;
  let best: { from: number; to: number } | null = null;
  for (let from = 0; from < pieces.length; from++) {
    for (let to = from + 1; to < pieces.length; to++) {
      const run = pieces.slice(from, to + 1);
      if (!run.every((p) => p.kind === 'award')) break;
      const sum = run.reduce((s, p) => s + pieceMax(p), 0);
      const max = Math.max(...run.map(pieceMax));
      if (total - sum + max === base && (!best || to - from > best.to - best.from)) {
        best = { from, to };
      }
    }
  }
  if (!best) return;
  const run = pieces.slice(best.from, best.to + 1);
  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  pieces.splice(best.from, run.length, {
    kind: 'levels',
    text: text.slice(start, end),
    start,
    end,
    levels: run.map((p) => ({ text: p.text, points: 'points' in p ? p.points : 0 })),
  });
}

/**
 * "达标" or "达到目标要求" in a criterion that is nothing else refers to a rate the content
 * names; the criterion becomes a threshold on it. Each criterion takes the indicator whose
 * words share the most with its own, best pairs first.
 */
function attachThresholds(
  ctx: CriteriaContext,
  criteria: Criterion[],
  report: CriterionParseReport[],
  candidates: Array<{ index: number; subject: string }>,
  indicators: ContentIndicator[],
) {
  const claimed = new Set<ContentIndicator>();
  const pairs: Array<{ c: number; ind: ContentIndicator; score: number }> = [];
  for (const cand of candidates) {
    const words = bigrams(cand.subject);
    if (words.size === 0) continue;
    const need = Math.min(2, words.size);
    for (const ind of indicators) {
      const score = overlap(words, ind.context);
      if (score >= need) pairs.push({ c: cand.index, ind, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const done = new Set<number>();
  const attach = (index: number, ind: ContentIndicator) => {
    const cr = criteria[index]!;
    if (cr.kind !== 'award' && cr.kind !== 'passFail') return;
    done.add(index);
    claimed.add(ind);
    const notes = report[index]!.notes;
    if (ind.compound) {
      notes.push(
        zhen(
          `考核内容「${ind.text}」含两项比率，由评分部门人工判断是否达标`,
          `the content "${ind.text}" names two rates in one condition: judged by hand`,
        ),
      );
      if (compact(cr.text) === '达标') cr.text = ind.text;
      return;
    }
    const targets: Target[] = ind.targets;
    cr.threshold = {
      indicator: {
        id: `${ctx.itemId}-${cr.id}-rate`,
        name: ind.name,
        ...(ind.numeratorLabel ? { numeratorLabel: ind.numeratorLabel } : {}),
        ...(ind.denominatorLabel ? { denominatorLabel: ind.denominatorLabel } : {}),
      },
      targets,
    };
    if (compact(cr.text) === '达标') cr.text = `${ind.name}达标`;
    notes.push(
      zhen(
        `目标值取自考核内容「${ind.text}」：${describeTargets(ctx, targets, 'zh')}`,
        `target from the content "${ind.text}": ${describeTargets(ctx, targets, 'en')}`,
      ),
    );
  };
  for (const p of pairs) {
    if (done.has(p.c) || claimed.has(p.ind)) continue;
    attach(p.c, p.ind);
  }
  // "达标得3分" with no words of its own: the content's one rate, if it names exactly one.
  for (const cand of candidates) {
    if (done.has(cand.index)) continue;
    const free = indicators.filter((i) => !claimed.has(i));
    if (bigrams(cand.subject).size === 0 && free.length === 1) {
      attach(cand.index, free[0]!);
    } else {
      report[cand.index]!.notes.push(
        zhen(
          '考核内容中没有找到唯一对应的目标值，由评分部门人工判断是否达标',
          'no single matching target in the content: the department judges by hand',
        ),
      );
    }
  }
}

function describeTargets(ctx: CriteriaContext, targets: Target[], lang: 'zh' | 'en'): string {
  return targets
    .map((t) => {
      const who = t.unitTypes
        ? t.unitTypes.map((u) => ctx.unitTypes.find((x) => x.id === u)?.name ?? u).join('、')
        : lang === 'zh'
          ? '全部单位'
          : 'all units';
      return `${who} ${t.percent}%`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/**
 * Two owning departments: each criterion goes to the first-named, unless its words
 * belong to the other's work (the items that department owns alone) and not to the
 * first's. The admin confirms every assignment.
 */
function assignDepartments(
  ctx: CriteriaContext,
  criteria: Criterion[],
  report: CriterionParseReport[],
  notes: LocalizedText[],
) {
  const [lead, ...others] = ctx.departments as [string, ...string[]];
  const vocab = (d: string) => ctx.departmentVocabulary.get(d) ?? new Set<string>();
  criteria.forEach((cr, i) => {
    let owner = lead;
    if (criteria.length > 1 && cr.kind !== 'holistic') {
      const words = bigrams(cr.text);
      const distinctive = (d: string) => {
        const rivals = ctx.departments.filter((x) => x !== d).map(vocab);
        return [...words].filter((w) => vocab(d).has(w) && !rivals.some((r) => r.has(w))).length;
      };
      let bestScore = distinctive(lead);
      for (const d of others) {
        const s = distinctive(d);
        if (s > bestScore) {
          owner = d;
          bestScore = s;
        }
      }
    }
    cr.department = owner;
    report[i]!.notes.push(
      owner === lead
        ? zhen(
            `由第一负责部门${ctx.departmentName(lead)}评分，请确认`,
            `judged by the first department, ${ctx.departmentName(lead)}: please confirm`,
          )
        : zhen(
            `用词与${ctx.departmentName(owner)}单独负责的考核内容相近，由${ctx.departmentName(owner)}评分，请确认`,
            `its words match the work ${ctx.departmentName(owner)} owns alone: judged by ${ctx.departmentName(owner)}, please confirm`,
          ),
    );
  });
  notes.push(
    zhen(
      `本项有${ctx.departments.length}个负责部门：${ctx.departments.map(ctx.departmentName).join('、')}，请确认每条评分标准的评分部门`,
      `${ctx.departments.length} owning departments (${ctx.departments.map(ctx.departmentName).join(', ')}): confirm who judges each criterion`,
    ),
  );
}
