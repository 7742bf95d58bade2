import { characterFindings, stringsOf } from '../text-checks';
import { bodyField, error, type ContentCheck, type ContentProblem } from './types';

/**
 * Text hygiene in every language: no bidirectional controls, zero-width characters,
 * noncharacters or control characters, in any frontmatter text, model text or body line.
 */
export const characters: ContentCheck = {
  id: 'characters',
  about: 'no text holds invisible, reordering or control characters',
  fixtures: ['bidi-control', 'zero-width', 'noncharacter', 'c0-control', 'c1-control'],
  run: ({ entries }) => {
    const problems: ContentProblem[] = [];
    const add = (file: string) => (f: { field: string; message: string; fix: string }) =>
      problems.push(error(file, f.field, f.message, f.fix));
    for (const f of entries.entryFiles ?? []) {
      if (f.raw !== undefined)
        stringsOf(f.raw).forEach(({ field, text }) => characterFindings(text, field).forEach(add(f.file)));
      (f.body ?? '')
        .split('\n')
        .forEach((line, index) =>
          characterFindings(line.replace(/\r$/, ''), bodyField((f.bodyLine ?? 1) + index)).forEach(add(f.file)),
        );
    }
    for (const f of entries.dataFiles ?? []) {
      for (const item of f.items)
        stringsOf(item.raw, `[id=${String(item.id)}]`).forEach(({ field, text }) =>
          characterFindings(text, field).forEach(add(f.file)),
        );
    }
    return problems;
  },
};
