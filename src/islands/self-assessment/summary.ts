import { MAX_SCORE, SCORED_RATINGS, score, type ScoredRating } from './model';
import type { CompetencyView, IndicatorView } from './view';

/**
 * The summary of an assessment: per competency and dimension how the indicators were rated,
 * the strengths, the development points (the lowest-rated indicators, unless set aside, plus
 * those chosen by hand) and where the conversation partner sees it differently. Pure.
 */
export interface Tally {
  total: number;
  /** Rated on the scale (not counting "not applicable"). */
  rated: number;
  notApplicable: number;
  counts: Record<ScoredRating, number>;
  /** Mean score, 1 (not yet) to 4 (always); `null` when nothing is rated. */
  average: number | null;
  partnerAverage: number | null;
}

export interface DimensionSummary extends Tally {
  key: string;
  name: string;
}

export interface CompetencySummary extends Tally {
  key: string;
  name: string;
  level: string;
  dimensions: DimensionSummary[];
}

export interface Located {
  competency: CompetencyView;
  dimension: { key: string; name: string };
  indicator: IndicatorView;
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

export function tally(indicators: readonly IndicatorView[]): Tally {
  const counts = Object.fromEntries(SCORED_RATINGS.map((r) => [r, 0])) as Record<ScoredRating, number>;
  const scores: number[] = [];
  const partnerScores: number[] = [];
  let notApplicable = 0;
  for (const { answer } of indicators) {
    const s = score(answer.self);
    if (s !== null) {
      scores.push(s);
      counts[answer.self as ScoredRating] += 1;
    } else if (answer.self === 'not-applicable') notApplicable += 1;
    const p = score(answer.partner);
    if (p !== null) partnerScores.push(p);
  }
  return {
    total: indicators.length,
    rated: scores.length,
    notApplicable,
    counts,
    average: mean(scores),
    partnerAverage: mean(partnerScores),
  };
}

export function summarise(view: readonly CompetencyView[]): CompetencySummary[] {
  return view.map((c) => ({
    key: c.key,
    name: c.name,
    level: c.level,
    ...tally(c.dimensions.flatMap((d) => d.indicators)),
    dimensions: c.dimensions.map((d) => ({ key: d.key, name: d.name, ...tally(d.indicators) })),
  }));
}

function located(view: readonly CompetencyView[]): Located[] {
  return view.flatMap((competency) =>
    competency.dimensions.flatMap((d) =>
      d.indicators.map((indicator) => ({ competency, dimension: { key: d.key, name: d.name }, indicator })),
    ),
  );
}

/** Scores at or under this are low ("not yet", "sometimes"). */
export const LOW_SCORE = 2;

/**
 * The development points: indicators chosen by hand, and the lowest-rated ones not set aside:
 * every indicator rated "not yet" or "sometimes"; when there are none, those at the lowest score
 * given (never "always"). Lowest first, then in the order of the form.
 */
export function developmentPoints(view: readonly CompetencyView[]): Located[] {
  const all = located(view);
  const scores = all.map((l) => score(l.indicator.answer.self)).filter((s): s is number => s !== null);
  const lowest = Math.min(...scores);
  const threshold = scores.some((s) => s <= LOW_SCORE) ? LOW_SCORE : lowest < MAX_SCORE ? lowest : 0;
  const proposed = (l: Located) => {
    const s = score(l.indicator.answer.self);
    return s !== null && s <= threshold;
  };
  const chosen = all.filter(
    (l) => l.indicator.answer.focus === true || (l.indicator.answer.focus === undefined && proposed(l)),
  );
  const order = (l: Located) => score(l.indicator.answer.self) ?? MAX_SCORE + 1;
  return chosen
    .map((l, i) => ({ l, i }))
    .sort((a, b) => order(a.l) - order(b.l) || a.i - b.i)
    .map(({ l }) => l);
}

/** Proposed because rated low, but set aside by the user: shown so they can be taken back. */
export function setAside(view: readonly CompetencyView[]): Located[] {
  return located(view).filter((l) => l.indicator.answer.focus === false);
}

/** Indicators rated "always". */
export function strengths(view: readonly CompetencyView[]): Located[] {
  return located(view).filter((l) => l.indicator.answer.self === 'always');
}

/** Indicators both rated (on the scale) where the two views differ, the largest gap first. */
export function differences(view: readonly CompetencyView[]): (Located & { gap: number })[] {
  return located(view)
    .flatMap((l) => {
      const s = score(l.indicator.answer.self);
      const p = score(l.indicator.answer.partner);
      return s !== null && p !== null && s !== p ? [{ ...l, gap: p - s }] : [];
    })
    .map((l, i) => ({ l, i }))
    .sort((a, b) => Math.abs(b.l.gap) - Math.abs(a.l.gap) || a.i - b.i)
    .map(({ l }) => l);
}
