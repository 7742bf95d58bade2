import { describe, expect, it } from 'vitest';
import { pageLocale } from '../../src/lib/page-locale';

const at = (path: string) => new URL(path, 'https://example.org');

describe('page locale', () => {
  it('is the first segment of the path', () => {
    expect(pageLocale(at('/fr/competences/travailler-en-equipe/'), '/')).toBe('fr');
    expect(pageLocale(at('/nl/'), '/')).toBe('nl');
  });

  it('is read after the deployment base', () => {
    expect(pageLocale(at('/woordenboek/fr/niveaux/b/'), '/woordenboek/')).toBe('fr');
    expect(pageLocale(at('/fr/nl/'), '/fr/')).toBe('nl');
  });

  it('is the source language on the root pages and on paths without a language', () => {
    expect(pageLocale(at('/'), '/')).toBe('nl');
    expect(pageLocale(at('/404.html'), '/')).toBe('nl');
    expect(pageLocale(at('/de/'), '/')).toBe('nl');
  });
});
