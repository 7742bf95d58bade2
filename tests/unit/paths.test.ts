import { describe, expect, it } from 'vitest';
import * as paths from '../../src/lib/paths';
import nl from '../../src/i18n/locales/nl';
import fr from '../../src/i18n/locales/fr';

const nlCtx = { locale: 'nl', routes: nl.routes };
const frCtx = { locale: 'fr', routes: fr.routes };

describe('paths', () => {
  it('use the route segments of the page language', () => {
    expect(paths.competencyPath(nlCtx, 'objectieven-behalen')).toBe('/nl/competenties/objectieven-behalen/');
    expect(paths.competencyPath(frCtx, 'atteindre-les-objectifs')).toBe('/fr/competences/atteindre-les-objectifs/');
    expect(paths.levelPath(nlCtx, 'B')).toBe('/nl/niveaus/b/');
    expect(paths.levelPath(frCtx, 'B')).toBe('/fr/niveaux/b/');
    expect(paths.contextPagePath(frCtx, 'bilan-de-competences')).toBe('/fr/bilan-de-competences/');
  });

  it('add and remove the deployment base', () => {
    expect(paths.withBase('/nl/', '/')).toBe('/nl/');
    expect(paths.withBase('/nl/', '/competenties/')).toBe('/competenties/nl/');
    expect(paths.withBase('/nl/', '/competenties')).toBe('/competenties/nl/');
    expect(paths.withoutBase('/competenties/nl/', '/competenties/')).toBe('/nl/');
    expect(paths.withoutBase('/nl/', '/')).toBe('/nl/');
  });
});
