import { describe, expect, it } from 'vitest';
import { format, placeholderNames, plural } from '../../src/i18n/format';
import fr from '../../src/i18n/locales/fr';
import nl from '../../src/i18n/locales/nl';

/** Every string of a dictionary, by its path (`ui.levelName`, `search.resultCount.one`). */
function strings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, text] of strings(child, path ? `${path}.${key}` : key)) found.set(childPath, text);
    }
  }
  return found;
}

/** Plural forms: `a.b.one` and `a.b.other` are one string whose forms may differ per language. */
const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/;
const pluralKey = (path: string) => path.replace(PLURAL_FORM, '');

describe('UI strings', () => {
  const source = strings(nl);
  const others = { fr };

  it('has many strings to compare (the walk finds them all)', () => {
    expect(source.size).toBeGreaterThan(250);
  });

  for (const [code, dictionary] of Object.entries(others)) {
    const translated = strings(dictionary);

    it(`${code}: has every key of the Dutch dictionary and no other`, () => {
      const keys = (map: Map<string, string>) => [...new Set([...map.keys()].map(pluralKey))].sort();
      expect(keys(translated)).toEqual(keys(source));
    });

    it(`${code}: every string has the same {placeholders} as the Dutch one`, () => {
      const mismatches: string[] = [];
      const byKey = (map: Map<string, string>) => {
        const grouped = new Map<string, Set<string>>();
        for (const [path, text] of map) {
          const key = pluralKey(path);
          const names = grouped.get(key) ?? new Set<string>();
          for (const name of placeholderNames(text)) names.add(name);
          grouped.set(key, names);
        }
        return grouped;
      };
      const sourceNames = byKey(source);
      for (const [key, names] of byKey(translated)) {
        const expected = [...(sourceNames.get(key) ?? [])].sort().join(',');
        const actual = [...names].sort().join(',');
        if (expected !== actual) mismatches.push(`${key}: nl {${expected}} ≠ ${code} {${actual}}`);
      }
      expect(mismatches).toEqual([]);
    });

    it(`${code}: no string is empty`, () => {
      expect([...translated].filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
    });
  }
});

describe('format and plural', () => {
  it('fills every placeholder and leaves unknown braces as they are', () => {
    expect(format('Niveau {level} van {name}', { level: 'B', name: 'x' })).toBe('Niveau B van x');
    expect(format('{a} en {b}' as string, { a: 1 })).toBe('1 en {b}');
  });

  it('lists placeholder names once each, in order', () => {
    expect(placeholderNames('{b} {a} {b}')).toEqual(['b', 'a']);
  });

  it('chooses the plural form by the language’s rules', () => {
    const nlForms = nl.search.resultCount;
    const frForms = fr.search.resultCount;
    expect(plural('nl-BE', 1, nlForms)).toBe('1 resultaat');
    expect(plural('nl-BE', 0, nlForms)).toBe('0 resultaten');
    expect(plural('nl-BE', 2, nlForms)).toBe('2 resultaten');
    // French counts 0 and 1 as singular.
    expect(plural('fr-BE', 0, frForms)).toBe('0 résultat');
    expect(plural('fr-BE', 1, frForms)).toBe('1 résultat');
    expect(plural('fr-BE', 3, frForms)).toBe('3 résultats');
  });
});
