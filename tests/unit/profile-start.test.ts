import { describe, expect, it } from 'vitest';
import { getDictionary } from '../../src/i18n';
import { encodeProfileQuery, serialiseStored, readStored } from '../../src/lib/profile/codec';
import { describeProblem } from '../../src/lib/profile/messages';
import { fileName, planStart } from '../../src/lib/profile/start';
import type { ProfileState } from '../../src/lib/profile/state';
import { profileData } from './profile-fixture';

const mine: ProfileState = {
  title: 'Mijn profiel',
  languages: ['nl'],
  competencies: [{ key: 'objectieven-behalen', level: 'A' }],
  areas: [],
};
const theirs: ProfileState = {
  title: 'Hun profiel',
  languages: ['fr'],
  competencies: [{ key: 'objectieven-behalen', level: 'B' }],
  areas: [{ fn: 'strategisch-manager-a4-a5', area: 'coach' }],
};
const link = (state: ProfileState) => `?${encodeProfileQuery(state)}`;
const storedOk = (state: ProfileState) => readStored(serialiseStored(state));

describe('what the builder starts with', () => {
  it('an empty profile in the page language when there is neither link nor stored profile', () => {
    expect(planStart('', { kind: 'none' }, profileData, 'fr')).toEqual({
      kind: 'ready',
      state: { title: '', languages: ['fr'], competencies: [], areas: [] },
      linkProblems: [],
      storedProblems: [],
      save: false,
    });
  });

  it('the stored profile without a link; the link when nothing is stored (and then keeps it)', () => {
    expect(planStart('?level=B', storedOk(mine), profileData, 'nl')).toMatchObject({
      kind: 'ready',
      state: mine,
      save: false,
    });
    expect(planStart(link(theirs), { kind: 'none' }, profileData, 'nl')).toMatchObject({
      kind: 'ready',
      state: theirs,
      save: true,
    });
    expect(
      planStart(link(theirs), storedOk({ ...mine, title: '', competencies: [] }), profileData, 'nl'),
    ).toMatchObject({ kind: 'ready', state: theirs, save: true });
  });

  it('asks when the link and the stored profile differ; not when they are the same', () => {
    expect(planStart(link(theirs), storedOk(mine), profileData, 'nl')).toEqual({
      kind: 'conflict',
      link: { state: theirs, problems: [] },
      stored: { state: mine, problems: [] },
    });
    expect(planStart(link(mine), storedOk(mine), profileData, 'nl')).toMatchObject({
      kind: 'ready',
      state: mine,
      save: false,
    });
  });

  it('keeps the stored profile when nothing in the link is usable, and says why', () => {
    const plan = planStart('?c=bestaat-niet:B&v=1', storedOk(mine), profileData, 'nl');
    expect(plan).toEqual({
      kind: 'ready',
      state: mine,
      linkProblems: [{ kind: 'unknown-competency', value: 'bestaat-niet' }],
      storedProblems: [],
      save: false,
    });
  });

  it('does not save a link over an unreadable stored profile by itself', () => {
    expect(planStart(link(theirs), { kind: 'corrupt', raw: '{' }, profileData, 'nl')).toMatchObject({
      kind: 'ready',
      state: theirs,
      save: false,
    });
  });

  it('reports what a stored profile refers to that no longer exists', () => {
    const old = readStored(
      JSON.stringify({
        v: 1,
        title: '',
        languages: ['nl'],
        competencies: [
          { key: 'weg', level: 'B' },
          { key: 'objectieven-behalen', level: 'B' },
        ],
        areas: [],
      }),
    );
    expect(planStart('', old, profileData, 'nl')).toMatchObject({
      kind: 'ready',
      storedProblems: [{ kind: 'unknown-competency', value: 'weg' }],
      state: { competencies: [{ key: 'objectieven-behalen', level: 'B' }] },
    });
  });
});

describe('problems in words', () => {
  const strings = (locale: string) => ({ ...getDictionary(locale).builder, ...getDictionary(locale).profileOutput });
  const nameOf = (kind: 'competency' | 'function', key: string) => (kind === 'competency' ? `C:${key}` : `F:${key}`);
  it('in Dutch and French', () => {
    expect(describeProblem({ kind: 'unknown-level', competency: 'x', value: 'Z' }, strings('nl'), nameOf)).toBe(
      'C:x: niveau ‘Z’ bestaat niet; de competentie is weggelaten.',
    );
    expect(describeProblem({ kind: 'unknown-area', fn: 'f', value: 'a' }, strings('fr'), nameOf)).toBe(
      'F:f\u00a0: domaine de résultats inconnu «\u00a0a\u00a0».',
    );
    expect(describeProblem({ kind: 'incomplete' }, strings('fr'), nameOf)).toContain('incomplet');
  });
});

describe('file names', () => {
  it('come from the title, without accents or markup, or from the fallback', () => {
    expect(fileName('Diensthoofd HR <team> & co', 'competentieprofiel', 'docx')).toBe('diensthoofd-hr-team-co.docx');
    expect(fileName('Attaché·e d’administration – Niveau B', 'x', 'csv')).toBe(
      'attache-e-d-administration-niveau-b.csv',
    );
    expect(fileName('  ***  ', 'profil-de-competences', 'docx')).toBe('profil-de-competences.docx');
    expect(fileName('a'.repeat(100), 'x', 'csv')).toBe(`${'a'.repeat(60)}.csv`);
  });
});

describe('the data for the builder', () => {
  it('holds every described competency at every level in every language, with the level wording', () => {
    const entry = profileData.competencies.find((c) => c.key === 'objectieven-behalen')!;
    expect(Object.keys(entry.levels)).toEqual(['B', 'A']);
    expect(entry.levels.A!.nl!.definition).toBe('Resultaten boeken op lange termijn.');
    expect(entry.levels.B!.fr!.dimensions[1]!.indicators).toEqual(['Obtient des résultats.', 'Réagit aux obstacles.']);
    expect(profileData.functions[0]!.areas.map((a) => a.role.fr)).toEqual([
      'En tant que dirigeant',
      'En tant que coach',
    ]);
    expect(profileData.labels.fr!.labelled).toBe('{term}\u00a0: {text}');
    expect(profileData.locales).toEqual(['nl', 'fr']);
  });
});
