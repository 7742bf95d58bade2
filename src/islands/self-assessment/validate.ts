import { ID_PATTERN } from '../../schemas/ids';
import {
  isRating,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  type Answer,
  type Assessment,
  type ChosenCompetency,
} from './model';

/**
 * Checks that a value read from storage or from an imported file is an assessment, field by field.
 * The first wrong field is reported by its path (`answers["x:B:A-1"].self`) and what it should be.
 */
export type Expected = 'object' | 'text' | 'list' | 'rating' | 'date' | 'yes-no' | 'level';

export interface FieldProblem {
  field: string;
  expected: Expected;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = Infinity): v is string => typeof v === 'string' && v.length <= max;
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const LEVEL = /^[A-Za-z0-9]{1,4}$/;

class Wrong extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.field);
  }
}

function need(ok: boolean, field: string, expected: Expected): void {
  if (!ok) throw new Wrong({ field, expected });
}

function checkCompetency(value: unknown, field: string): ChosenCompetency {
  need(isObject(value), field, 'object');
  const v = value as Record<string, unknown>;
  need(isText(v.key, 100) && ID_PATTERN.test(v.key as string), `${field}.key`, 'text');
  need(isText(v.level) && LEVEL.test(v.level as string), `${field}.level`, 'level');
  need(v.target === undefined || (isText(v.target) && LEVEL.test(v.target as string)), `${field}.target`, 'level');
  const chosen: ChosenCompetency = { key: v.key as string, level: v.level as string };
  if (v.target !== undefined) chosen.target = v.target as string;
  return chosen;
}

function checkAnswer(value: unknown, field: string): Answer {
  need(isObject(value), field, 'object');
  const v = value as Record<string, unknown>;
  const answer: Answer = {};
  need(v.self === undefined || isRating(v.self), `${field}.self`, 'rating');
  need(v.partner === undefined || isRating(v.partner), `${field}.partner`, 'rating');
  need(v.note === undefined || isText(v.note, MAX_NOTE_LENGTH), `${field}.note`, 'text');
  need(v.action === undefined || isText(v.action, MAX_NOTE_LENGTH), `${field}.action`, 'text');
  need(v.focus === undefined || typeof v.focus === 'boolean', `${field}.focus`, 'yes-no');
  if (isRating(v.self)) answer.self = v.self;
  if (isRating(v.partner)) answer.partner = v.partner;
  if (typeof v.note === 'string' && v.note) answer.note = v.note;
  if (typeof v.focus === 'boolean') answer.focus = v.focus;
  if (typeof v.action === 'string' && v.action) answer.action = v.action;
  return answer;
}

/** An assessment, or the first field that is wrong (paths start at `prefix`). */
export function checkAssessment(value: unknown, prefix = ''): Checked<Assessment> {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  try {
    need(isObject(value), prefix || 'assessment', 'object');
    const v = value as Record<string, unknown>;
    need(isText(v.id, 100) && (v.id as string) !== '', at('id'), 'text');
    need(isText(v.name, MAX_NAME_LENGTH), at('name'), 'text');
    need(isDate(v.created), at('created'), 'date');
    need(isDate(v.updated), at('updated'), 'date');
    need(typeof v.partner === 'boolean', at('partner'), 'yes-no');
    need(Array.isArray(v.competencies), at('competencies'), 'list');
    const competencies = (v.competencies as unknown[]).map((c, i) => checkCompetency(c, `${at('competencies')}[${i}]`));
    need(isObject(v.answers), at('answers'), 'object');
    const answers: Record<string, Answer> = {};
    for (const [id, answer] of Object.entries(v.answers as Record<string, unknown>)) {
      const field = `${at('answers')}[${JSON.stringify(id)}]`;
      need(/^[a-z0-9-]+:[A-Za-z0-9]{1,4}:[A-Z]-\d{1,3}$/.test(id), field, 'object');
      answers[id] = checkAnswer(answer, field);
    }
    return {
      ok: true,
      value: {
        id: v.id as string,
        name: v.name as string,
        created: v.created as string,
        updated: v.updated as string,
        partner: v.partner as boolean,
        competencies,
        answers,
      },
    };
  } catch (error) {
    if (error instanceof Wrong) return { ok: false, problem: error.problem };
    throw error;
  }
}
