import { PARAM } from '../../lib/profile/codec';
import { decodeProfileQuery } from '../../lib/profile/check';
import type { AssessmentData } from './data-adapter';
import type { ChosenCompetency } from './model';

/**
 * Starting from a job profile made with the profile builder: its link's competencies and levels
 * (`c=key:level[:indicators],…`) become the assessment's, its title the assessment's name.
 * Competencies or levels this edition does not have are reported and left out. Pure.
 */
export interface ProfileStart {
  /** Whether the query holds a profile at all. */
  found: boolean;
  title: string;
  competencies: ChosenCompetency[];
  /** What was left out, as written in the link. */
  skipped: string[];
}

export function profileStart(search: string, data: AssessmentData): ProfileStart {
  const decoded = decodeProfileQuery(search);
  const competencies: ChosenCompetency[] = [];
  const skipped: string[] = [];
  for (const { key, level } of decoded.state.competencies) {
    const known = data.competencies.find((c) => c.key === key);
    const knownLevel = known?.levels.find((l) => l.toLowerCase() === level.trim().toLowerCase());
    if (!known || !knownLevel) skipped.push(`${key}:${level}`);
    else if (!competencies.some((c) => c.key === key)) competencies.push({ key, level: knownLevel });
  }
  const malformed = decoded.problems.filter((p) => p.kind === 'malformed').map((p) => ('value' in p ? p.value : ''));
  return {
    found: decoded.found && decoded.state.competencies.length + malformed.length > 0,
    title: decoded.state.title,
    competencies,
    skipped: [...skipped, ...malformed],
  };
}

/** A pasted profile link (or only its query): the query part, `''` when there is none. */
export function queryOf(link: string): string {
  const text = link.trim();
  const at = text.indexOf('?');
  const query = at === -1 ? (text.includes('=') ? text : '') : text.slice(at + 1);
  return query.split('#')[0] ?? '';
}

/** The names of the profile link's parameters, to remove them from the address once read. */
export const PROFILE_PARAMS: readonly string[] = Object.values(PARAM);
