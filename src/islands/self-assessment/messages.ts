import type { SelfAssessmentStrings } from '../../i18n/types';
import { fill } from '../../lib/profile/document';
import type { ImportNote, ImportProblem } from './file-format';
import { expectedLabel } from './labels';

/** Why an imported file was refused, in words (the field named as in the file). */
export function importProblemText(problem: ImportProblem, strings: SelfAssessmentStrings): string {
  switch (problem.kind) {
    case 'too-large':
      return strings.problemTooLarge;
    case 'not-json':
      return strings.problemNotJson;
    case 'not-ours':
      return strings.problemNotOurs;
    case 'newer-version':
      return fill(strings.problemNewer, { version: String(problem.version) });
    case 'bad-version':
      return strings.problemBadVersion;
    case 'edited':
      return strings.problemEdited;
    case 'field':
      return fill(strings.problemField, {
        field: problem.problem.field,
        expected: expectedLabel(strings, problem.problem.expected),
      });
  }
}

/** What an import left out, as a list for `importNotes`. */
export function importNotesText(
  notes: readonly ImportNote[],
  levelName: string,
  nameOf: (key: string) => string,
): string {
  return notes
    .map((note) =>
      note.kind === 'unknown-competency' ? note.key : `${nameOf(note.key)} (${fill(levelName, { level: note.level })})`,
    )
    .join(', ');
}

export { fill };
