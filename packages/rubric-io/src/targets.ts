/**
 * Percentage targets named in an item's 考核内容 ("经审组织同步组建率达98%以上",
 * "建会企业80%以上建立集体合同制度"), and the unit types a target is limited to
 * ("区县和开发区企业建会率达到80%以上；局（产业）工会企业建会率达到95%以上").
 */
import type { Target, UnitType } from '@kaohe/domain';
import { bigrams, compact, foldWidth } from './text-utils.ts';

/** One percentage in the content and what it is a target for. */
export interface RateMention {
  percent: number;
  /** The mention's own words, "区县和开发区企业建会率达到80%以上". */
  text: string;
  /** The indicator's name without the unit types ("企业建会率"). */
  name: string;
  numeratorLabel?: string;
  denominatorLabel?: string;
  /** Unit type ids the target is limited to; absent: every unit type. */
  unitTypes?: string[];
  /** "参保率和缴交率达100%": two rates in one condition, not one threshold. */
  compound: boolean;
  /** "在上年基础上提高30%": a growth, not a level a rate reaches. */
  growth: boolean;
  /** Words around the mention, for matching it to a criterion. */
  context: string;
}

/** Mentions of one indicator merged: item 2's two 建会率 targets are one indicator. */
export interface ContentIndicator {
  name: string;
  numeratorLabel?: string;
  denominatorLabel?: string;
  targets: Target[];
  mentions: RateMention[];
  compound: boolean;
  context: Set<string>;
  text: string;
}

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;
const HAS_PERCENT = /\d\s*%/;
const LEADING_FILLER = /^(其中|并且|并|且|确保|保证|力争|要求)/;
const REACH_VERB = /(达到|达|为|不低于|不少于|超过|高于|大于)$/;
const GROWTH_VERB = /(提高|增长|增加|提升|下降|降低|减少)$/;
const RATE_WITH_BASE = /^(.*率)(达到|达)(.+)$/;

/** A unit type's short name as contents write it: "区县工会" → "区县", "局（产业）工会" → "局(产业)". */
function shortNames(unitTypes: UnitType[]): Array<{ id: string; short: string }> {
  return unitTypes
    .map((u) => ({ id: u.id, short: compact(u.name).replace(/工会$/, '') }))
    .filter((u) => u.short !== '')
    .sort((a, b) => b.short.length - a.short.length);
}

/**
 * The unit types a subject begins with: "区县和开发区企业建会率" → [区县, 开发区] and
 * "企业建会率". Only names of known unit types count, so "基层工会…" or "非公企业…"
 * are never mistaken for one.
 */
export function splitUnitTypes(
  subject: string,
  unitTypes: UnitType[],
): { unitTypes: string[]; rest: string } | null {
  const names = shortNames(unitTypes);
  let s = foldWidth(subject);
  const found: string[] = [];
  for (;;) {
    const hit = names.find((n) => s.startsWith(n.short));
    if (!hit) break;
    found.push(hit.id);
    s = s.slice(hit.short.length).replace(/^工会/, '');
    const joiner = /^(和|、|及|与|或)/.exec(s);
    if (!joiner) break;
    s = s.slice(joiner[0].length);
  }
  if (found.length === 0 || s === '') return null;
  return { unitTypes: found, rest: s };
}

interface Clause {
  text: string;
  start: number;
  end: number;
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^，；。,;\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const named = (s: string) => (/(率|比例|比率|覆盖面)$/.test(s) ? s : `${s}的比例`);

/** Every percentage the content names, read as a target where it can be. */
export function rateMentions(content: string, unitTypes: UnitType[]): RateMention[] {
  const text = foldWidth(content);
  const out: RateMention[] = [];
  const parts = clauses(text);
  parts.forEach((clause, ci) => {
    const matches = [...clause.text.matchAll(PERCENT)];
    if (matches.length === 0) return;
    const previous = ci > 0 ? parts[ci - 1]! : undefined;
    // A clause like "同步推进女职工等专项集体合同" says what the next clause's bare
    // "同步签订率达88%以上" is about.
    const previousContext = previous && !HAS_PERCENT.test(previous.text) ? previous.text : '';
    let leftStart = 0;
    let inheritedBase = '';
    matches.forEach((m, k) => {
      const at = m.index ?? 0;
      const next = matches[k + 1];
      let rightEnd = clause.text.length;
      let nextLeft = rightEnd;
      if (next) {
        const between = clause.text.slice(at + m[0].length, next.index);
        const cut = between.lastIndexOf('、');
        rightEnd = cut >= 0 ? at + m[0].length + cut : (next.index ?? rightEnd);
        nextLeft = cut >= 0 ? rightEnd + 1 : rightEnd;
      }
      const own = clause.text.slice(leftStart, rightEnd);
      let left = clause.text.slice(leftStart, at).trim();
      while (LEADING_FILLER.test(left)) left = left.replace(LEADING_FILLER, '');
      const right = clause.text
        .slice(at + m[0].length, rightEnd)
        .replace(/^(及以上|以上|以内|左右)/, '')
        .replace(/^的/, '')
        .trim();
      const percent = Number(m[1]);
      const mention: RateMention = {
        percent,
        text: own.trim(),
        name: '',
        compound: false,
        growth: GROWTH_VERB.test(left),
        context: `${previousContext}${own}`,
      };
      const withBase = RATE_WITH_BASE.exec(left);
      if (REACH_VERB.test(left) || /率$/.test(left)) {
        // Form "X率达N%": the subject names the indicator.
        let subject = left.replace(REACH_VERB, '');
        const split = splitUnitTypes(subject, unitTypes);
        if (split) {
          mention.unitTypes = split.unitTypes;
          subject = split.rest;
        }
        mention.name = named(subject);
        mention.compound = /率(和|与|及|、)/.test(subject);
      } else if (withBase && !withBase[3]!.includes('率')) {
        // "非公企业职代会建制率达建会企业80%以上": a rate of a named base.
        mention.name = withBase[1]!;
        mention.denominatorLabel = `${withBase[3]}数`;
      } else {
        // Form "(base) N%以上 (action)": "建会企业80%以上建立集体合同制度".
        const base = left === '' ? inheritedBase : left;
        inheritedBase = base;
        const action = right === '' ? own : right;
        mention.name = base ? `${base}中${action}的比例` : named(action);
        if (base) {
          mention.numeratorLabel = `${action}的${base}数`;
          mention.denominatorLabel = `${base}数`;
        }
      }
      out.push(mention);
      leftStart = nextLeft;
    });
  });
  return out;
}

/** Mentions grouped into indicators: one name with targets for different unit types is one indicator. */
export function contentIndicators(content: string, unitTypes: UnitType[]): ContentIndicator[] {
  const out: ContentIndicator[] = [];
  for (const m of rateMentions(content, unitTypes)) {
    if (m.growth) continue;
    const same = m.unitTypes
      ? out.find(
          (i) =>
            i.name === m.name &&
            i.mentions.every(
              (o) => o.unitTypes && !o.unitTypes.some((u) => m.unitTypes!.includes(u)),
            ),
        )
      : undefined;
    const target: Target = m.unitTypes
      ? { unitTypes: m.unitTypes, percent: m.percent }
      : { percent: m.percent };
    if (same) {
      same.mentions.push(m);
      same.targets.push(target);
      for (const b of bigrams(m.context)) same.context.add(b);
      same.text = `${same.text}；${m.text}`;
      continue;
    }
    out.push({
      name: m.name,
      ...(m.numeratorLabel ? { numeratorLabel: m.numeratorLabel } : {}),
      ...(m.denominatorLabel ? { denominatorLabel: m.denominatorLabel } : {}),
      targets: [target],
      mentions: [m],
      compound: m.compound,
      context: bigrams(m.context),
      text: m.text,
    });
  }
  return out;
}

/** Unit types named anywhere in the contents, in order of first mention. */
export function mentionedUnitTypes(contents: string[], unitTypes: UnitType[]): UnitType[] {
  const seen: string[] = [];
  for (const content of contents) {
    for (const m of rateMentions(content, unitTypes)) {
      for (const id of m.unitTypes ?? []) if (!seen.includes(id)) seen.push(id);
    }
  }
  return seen.map((id) => unitTypes.find((u) => u.id === id)!);
}
