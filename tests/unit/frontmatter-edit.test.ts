import { describe, expect, it } from 'vitest';
import { setSourceHash } from '../../src/content-tools/frontmatter-edit';

const file = (translation: string) =>
  `---\nkey: "x"\nslug: "y"\n${translation}title: "Titre"\n---\n\nCorps du texte.\n`;

describe('setSourceHash', () => {
  it('adds the line at the end of the translation block, touching nothing else', () => {
    const before = file('translation:\n  from: "nl"\n  status: "translated"\n');
    expect(setSourceHash(before, 'abcdef012345')).toBe(
      file('translation:\n  from: "nl"\n  status: "translated"\n  sourceHash: "abcdef012345"\n'),
    );
  });

  it('replaces a recorded hash and keeps the indentation and line endings', () => {
    const before = file(
      'translation:\n    from: "nl"\n    sourceHash: "000000000000"\n    status: "translated"\n',
    ).replace(/\n/g, '\r\n');
    expect(setSourceHash(before, 'abcdef012345')).toBe(
      file('translation:\n    from: "nl"\n    sourceHash: "abcdef012345"\n    status: "translated"\n').replace(
        /\n/g,
        '\r\n',
      ),
    );
  });

  it('handles a translation block written on one line', () => {
    expect(setSourceHash(file('translation: { from: nl, status: translated }\n'), 'abcdef012345')).toBe(
      file('translation: { from: "nl", status: "translated", sourceHash: "abcdef012345" }\n'),
    );
  });

  it('refuses a file without a translation block', () => {
    expect(() => setSourceHash(file(''), 'abcdef012345')).toThrow(/no "translation:" block/);
  });
});
