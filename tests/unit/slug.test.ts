import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it('makes the slugs of the existing content from the names', () => {
    expect(slugify("S'autodévelopper")).toBe('s-autodevelopper');
    expect(slugify('Agir de manière orientée service')).toBe('agir-de-maniere-orientee-service');
    expect(slugify('Faire preuve de fiabilité')).toBe('faire-preuve-de-fiabilite');
    expect(slugify('Informatie begrijpen')).toBe('informatie-begrijpen');
    expect(slugify("Comprendre l'information")).toBe('comprendre-l-information');
  });

  it('strips accents and punctuation, joins words with single hyphens', () => {
    expect(slugify('  Gérer   l’équipe — « vite » !  ')).toBe('gerer-l-equipe-vite');
    expect(slugify('Œuvre & cœur')).toBe('oeuvre-coeur');
    expect(slugify('Ça coûte 100 €')).toBe('ca-coute-100');
  });
});
