/**
 * A self-assessment: competencies at a level (optionally a target level), a rating per indicator
 * on a frequency scale, an optional second rating by a conversation partner, evidence notes and
 * development actions. Every id is language-neutral, so the interface language can change without
 * touching the answers. Pure functions, unit-tested.
 */

/** The scale, lowest first; `not-applicable` has no score. */
export const RATINGS = ['not-yet', 'sometimes', 'mostly', 'always', 'not-applicable'] as const;
export type Rating = (typeof RATINGS)[number];
export const SCORED_RATINGS = ['not-yet', 'sometimes', 'mostly', 'always'] as const;
export type ScoredRating = (typeof SCORED_RATINGS)[number];
export const MAX_SCORE = SCORED_RATINGS.length;

export const isRating = (value: unknown): value is Rating =>
  typeof value === 'string' && (RATINGS as readonly string[]).includes(value);

/** 1 (not yet) to 4 (always); `null` for not applicable or no rating. */
export function score(rating: Rating | undefined): number | null {
  const index = (SCORED_RATINGS as readonly string[]).indexOf(rating ?? '');
  return index === -1 ? null : index + 1;
}

export interface ChosenCompetency {
  key: string;
  level: string;
  /** A level to grow towards (the function one aims for); absent: none. */
  target?: string;
}

export interface Answer {
  self?: Rating;
  /** The conversation partner's view (coach, manager), filled in during the conversation. */
  partner?: Rating;
  /** Evidence: a situation, what one did, the result. */
  note?: string;
  /** Chosen (`true`) or set aside (`false`) as a development point; absent: proposed when rated low. */
  focus?: boolean;
  /** What one will do about it, for a development point. */
  action?: string;
}

export interface Assessment {
  id: string;
  name: string;
  /** ISO 8601 date-times. */
  created: string;
  updated: string;
  /** Whether a conversation partner's column is shown. */
  partner: boolean;
  competencies: ChosenCompetency[];
  /** Indicator id -> answer. Answers of levels no longer chosen are kept. */
  answers: Record<string, Answer>;
}

export const MAX_NAME_LENGTH = 120;
export const MAX_NOTE_LENGTH = 5000;

/** An indicator's id: competency key, level, dimension key and position, `in-team-werken:B:A-2`. */
export function indicatorId(competency: string, level: string, dimension: string, position: number): string {
  return `${competency}:${level}:${dimension}-${position}`;
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** A new assessment; `id` and `now` are given so the function stays pure. */
export function newAssessment(id: string, name: string, now: string, competencies: ChosenCompetency[]): Assessment {
  return {
    id,
    name: cleanName(name),
    created: now,
    updated: now,
    partner: false,
    competencies: competencies.map((c) => ({ ...c })),
    answers: {},
  };
}

/** A name not yet used: `name`, else `name (2)`, `name (3)`… */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = cleanName(name);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

const isEmptyAnswer = (a: Answer) =>
  a.self === undefined && a.partner === undefined && !a.note && a.focus === undefined && !a.action;

/** The assessment with one answer changed (an answer left empty is removed). */
export function withAnswer(assessment: Assessment, id: string, change: Partial<Answer>, now: string): Assessment {
  const next: Answer = { ...assessment.answers[id], ...change };
  for (const key of Object.keys(next) as (keyof Answer)[])
    if (next[key] === undefined || next[key] === '') delete next[key];
  const answers = { ...assessment.answers };
  if (isEmptyAnswer(next)) delete answers[id];
  else answers[id] = next;
  return { ...assessment, answers, updated: now };
}

export function withCompetencies(assessment: Assessment, competencies: ChosenCompetency[], now: string): Assessment {
  return { ...assessment, competencies: competencies.map((c) => ({ ...c })), updated: now };
}

/** How many indicators of the chosen competencies at their levels have a self-rating. */
export function answeredCount(assessment: Assessment): number {
  const prefixes = assessment.competencies.map((c) => `${c.key}:${c.level}:`);
  return Object.entries(assessment.answers).filter(
    ([id, a]) => a.self !== undefined && prefixes.some((p) => id.startsWith(p)),
  ).length;
}
