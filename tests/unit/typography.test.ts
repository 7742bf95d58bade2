import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { stringsOf } from '../../src/lib/text-checks';
import { NBSP, NNBSP, typeset, typesetDeep } from '../../src/lib/typography';

const fr = (text: string) => typeset(text, 'fr');
const nl = (text: string) => typeset(text, 'nl');

describe('typeset, French', () => {
  it('uses one apostrophe', () => {
    expect(fr("l'information et aujourd'hui")).toBe('l’information et aujourd’hui');
  });

  it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
    expect(fr('Pourquoi ? Voici : un ; deux !')).toBe(`Pourquoi${NNBSP}? Voici${NBSP}: un${NNBSP}; deux${NNBSP}!`);
    expect(fr('Pourquoi? Note: oui!')).toBe(`Pourquoi${NNBSP}? Note${NBSP}: oui${NNBSP}!`);
  });

  it('leaves times, addresses and query strings alone', () => {
    expect(fr('à 14:00, https://example.org/a?b=c')).toBe('à 14:00, https://example.org/a?b=c');
  });

  it('puts no-break spaces inside « » and turns straight double quotes into « »', () => {
    expect(fr('rubriques « Métier » et «Support»')).toBe(`rubriques «${NBSP}Métier${NBSP}» et «${NBSP}Support${NBSP}»`);
    expect(fr('le modèle "5+1" ici')).toBe(`le modèle «${NBSP}5+1${NBSP}» ici`);
  });

  it('binds the groups of a number and a percentage', () => {
    expect(fr('plus de 25 000 agents et 1 250 000 euros, 50 %')).toBe(
      `plus de 25${NNBSP}000 agents et 1${NNBSP}250${NNBSP}000 euros, 50${NNBSP}%`,
    );
    expect(fr('12 mois en 2020')).toBe('12 mois en 2020');
  });

  it('writes an ellipsis as one character', () => {
    expect(fr('séminaires...')).toBe('séminaires…');
  });
});

describe('typeset, Dutch', () => {
  it('uses one apostrophe and its own quotes', () => {
    expect(nl("collega's en de rubrieken 'Beroep' en 'Ondersteuning'.")).toBe(
      'collega’s en de rubrieken ‘Beroep’ en ‘Ondersteuning’.',
    );
    expect(nl('het "5+1-model"')).toBe('het “5+1-model”');
  });

  it("keeps the elisions 's and 't as apostrophes", () => {
    expect(nl("'s avonds en 't is goed")).toBe('’s avonds en ’t is goed');
  });

  it('adds no space before punctuation and leaves « » for the check to report', () => {
    expect(nl('Wat levert het op? Dit: « x »')).toBe('Wat levert het op? Dit: « x »');
  });

  it('binds the groups of a number with a no-break space', () => {
    expect(nl('25 000 medewerkers')).toBe(`25${NBSP}000 medewerkers`);
  });
});

describe('typeset, in general', () => {
  const samples = [
    "Niveau le plus élevé : enseignement universitaire ; d'accord ? « Métier » 25 000... l'« expertise »",
    "De rubriek 'Beroep' en \"Ondersteuning\": kantoortoepassingen, ... 25 000 collega's",
  ];
  it('is idempotent', () => {
    for (const text of samples) {
      for (const lang of ['nl', 'fr']) expect(typeset(typeset(text, lang), lang)).toBe(typeset(text, lang));
    }
  });

  it('leaves a language without rules unchanged', () => {
    expect(typeset('it\'s "x" ...', 'en')).toBe('it\'s "x" ...');
  });

  it('typesets every text of a value, not its identifiers, and a text per language in its language', () => {
    const value = {
      key: "a'b",
      slug: 's-autodevelopper',
      formerSlugs: ['s-auto-developper'],
      translation: { from: 'nl', status: 'reviewed', sourceHash: 'abc' },
      name: "S'autodévelopper",
      list: ["l'un : l'autre"],
      summary: { nl: "collega's", fr: "l'équipe ?" },
      order: 3,
    };
    expect(typesetDeep(value, 'fr')).toEqual({
      ...value,
      name: 'S’autodévelopper',
      list: [`l’un${NBSP}: l’autre`],
      summary: { nl: 'collega’s', fr: `l’équipe${NNBSP}?` },
    });
  });
});

describe('the UI strings', () => {
  it('follow the typography of their language as the site reads them (src/i18n/index.ts applies it)', () => {
    for (const { locale, routes, ...sections } of dictionaries) {
      expect(Object.keys(routes).length).toBeGreaterThan(0);
      for (const { field, text } of stringsOf(sections)) {
        expect(text, `${locale.code} ${field}`).toBe(typeset(text, locale.code));
        expect(text, `${locale.code} ${field}`).not.toContain("'");
      }
    }
    const fr = dictionaries.find((d) => d.locale.code === 'fr')!;
    expect(fr.ui.labelled).toBe(`{term}${NBSP}: {text}`);
  });
});
