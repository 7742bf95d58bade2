import { describe, expect, it } from 'vitest';
import { NBSP } from '../../src/lib/typography';
import { checkTypography, findTypographyProblems } from '../../src/lib/typography-check';
import { markSourceSlips, slipLevels } from '../../src/lib/source-slips';
import { languageOfPath, typesetText, typographyHastPlugin } from '../../src/lib/rehype-typography';

describe('the typography check (what cannot be repaired automatically)', () => {
  it('reports French quotes in Dutch text, with the field and a fix', () => {
    expect(checkTypography('Termen zoals « chef »', 'genderNote', 'nl')).toEqual([
      expect.objectContaining({
        field: 'genderNote',
        message: expect.stringContaining('« »'),
        fix: expect.stringContaining('Dutch quotes'),
      }),
    ]);
    expect(checkTypography('Termes tels que « chef »', 'genderNote', 'fr')).toEqual([]);
  });

  it('reports an unpaired straight double quote and unpaired guillemets', () => {
    expect(checkTypography('een "open citaat', 'x', 'nl')).toHaveLength(1);
    expect(checkTypography('« ouvert sans fermer', 'x', 'fr')).toHaveLength(1);
    expect(checkTypography('"fermé" et « fermé »', 'x', 'fr')).toEqual([]);
  });

  it('checks the frontmatter texts and the body lines of an entry', () => {
    const found = findTypographyProblems(
      'nl',
      { title: 'Goed', summary: 'Fout « x »' },
      'Regel een\n\nRegel « twee »',
      3,
    );
    expect(found.map((f) => f.field)).toEqual(['summary', 'body, line 5']);
  });
});

describe('slips of the source in a level text', () => {
  const value = {
    text: 'Conflicten vermijden en oplossen',
    levels: { C: 'Conflicten vermijden en oplossingen', B: 'Anders' },
    sic: { C: "bedoeld is 'oplossen'" },
  };

  it('are the levels with a note', () => {
    expect(slipLevels(value, ['D', 'C', 'B', 'A'])).toEqual(['C']);
    expect(slipLevels('tekst', ['C'])).toEqual([]);
  });

  it('get [sic] after their wording wherever the data goes, once', () => {
    const marked = markSourceSlips({ dimensions: [{ name: value, description: 'x' }] });
    expect(marked.dimensions[0]!.name.levels).toEqual({ C: 'Conflicten vermijden en oplossingen [sic]', B: 'Anders' });
    expect(markSourceSlips(marked)).toEqual(marked);
  });
});

describe('the MDX body step', () => {
  it('takes the language from the folder of the file', () => {
    expect(languageOfPath('/site/content/pages/fr/bilan.mdx')).toBe('fr');
    expect(languageOfPath('content/pages/nl/competentiebilan.mdx')).toBe('nl');
    expect(languageOfPath('src/pages/about.mdx')).toBeUndefined();
  });

  it('typesets text, but not inside code', () => {
    expect(typesetText("l'outil :", 'fr', [{ type: 'element', tagName: 'p' }])).toBe(`l’outil${NBSP}:`);
    expect(
      typesetText("l'outil :", 'fr', [
        { type: 'element', tagName: 'code' },
        { type: 'element', tagName: 'p' },
      ]),
    ).toBe("l'outil :");
  });

  it('is left out for a file outside a language folder, and replaces a text node that changes', () => {
    expect(typographyHastPlugin({ fileURL: new URL('file:///site/src/x.mdx') })).toBeNull();
    const plugin = typographyHastPlugin({ fileURL: new URL('file:///site/content/pages/nl/x.mdx') })!;
    const parent = () => undefined;
    expect(plugin.text({ type: 'text', value: "collega's" }, { parent })).toEqual({ type: 'text', value: 'collega’s' });
    expect(plugin.text({ type: 'text', value: 'niets' }, { parent })).toBeUndefined();
  });
});
