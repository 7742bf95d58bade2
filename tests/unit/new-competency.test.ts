import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-tools/run-check';
import { planCompetency, type ScaffoldModel } from '../../src/content-tools/scaffold-competency';
import { acceptTranslations } from '../../src/content-tools/accept-translations';
import { VALID_CONTENT, contentCopy, removeContentCopies } from './content-dir';
import { runCli } from './run-cli';

afterAll(removeContentCopies);

const scaffoldModel: ScaffoldModel = {
  locales: ['nl', 'fr'],
  groups: [
    { id: 'informatie', data: { name: { nl: 'Omgaan met informatie', fr: "Gestion de l'information" } } },
    { id: 'relaties', data: { name: { nl: 'Omgaan met relaties', fr: 'Gestion des relations' } } },
  ],
  model: [
    {
      id: 'informatie-begrijpen',
      data: { group: 'informatie', core: false, name: { nl: 'Informatie begrijpen', fr: "Comprendre l'information" } },
    },
    {
      id: 'in-team-werken',
      data: { group: 'relaties', core: true, name: { nl: 'In team werken', fr: 'Travailler en équipe' } },
    },
  ],
  levels: ['B', 'A'],
  described: [
    { key: 'in-team-werken', locale: 'nl', slug: 'in-team-werken', file: 'content/competencies/nl/in-team-werken.mdx' },
  ],
};

/** What an editor does: every TODO replaced by the text of the source. */
const fill = (text: string) =>
  text.replace(/"TODO: ([^"]*)"/g, (_, what: string) => JSON.stringify(`Tekst van ${what}.`));

describe('planning a new competency', () => {
  it('takes the key, group and core flag from the model, and names the files by their slug', () => {
    const plan = planCompetency(scaffoldModel, {
      names: { nl: 'Informatie begrijpen', fr: "Comprendre l'information" },
      group: 'informatie',
    });
    expect(plan).toMatchObject({ ok: true, key: 'informatie-begrijpen', group: 'informatie' });
    if (!plan.ok) return;
    expect(plan.files.map((f) => f.path)).toEqual([
      'competencies/nl/informatie-begrijpen.mdx',
      'competencies/fr/comprendre-l-information.mdx',
    ]);
    const [nl = '', fr = ''] = plan.files.map((f) => f.content);
    expect(nl).toContain(
      'key: "informatie-begrijpen"\ngroup: "informatie"\ncore: false\nname: "Informatie begrijpen"\nslug: "informatie-begrijpen"\ndefinition: "TODO',
    );
    expect(nl).not.toContain('translation:');
    expect(fr).toContain('translation:\n  from: "nl"\n  status: "translated"\n');
    expect(nl.match(/^ {6}[A-Z]:$/gm)).toEqual([
      '      B:',
      '      A:',
      '      B:',
      '      A:',
      '      B:',
      '      A:',
    ]);
  });

  it('explains how to add a competency the model does not have yet', () => {
    const plan = planCompetency(scaffoldModel, {
      names: { nl: 'Digitaal samenwerken', fr: 'Collaborer numériquement' },
      group: 'relaties',
    });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toContain('is not a competency of the model');
    expect(plan.message).toContain(
      '- id: "digitaal-samenwerken"\n  group: "relaties"\n  order: 2\n  core: false\n  name:\n    nl: "Digitaal samenwerken"\n    fr: "Collaborer numériquement"',
    );
  });

  it('refuses a wrong or unknown group and a competency that is already described', () => {
    expect(planCompetency(scaffoldModel, { names: { nl: 'Informatie begrijpen' }, group: 'relaties' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('in the group "informatie"'),
    });
    expect(planCompetency(scaffoldModel, { names: { nl: 'Informatie begrijpen' }, group: 'onbekend' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a group of the model'),
    });
    expect(planCompetency(scaffoldModel, { names: { nl: 'In team werken' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('already described'),
    });
  });
});

/** These tests run the commands as separate processes, which takes a few seconds on a busy machine. */
const CLI_TIMEOUT = 30_000;

describe('npm run new:competency', () => {
  it(
    'scaffolds files that the check rejects until every TODO is filled, then passes',
    async () => {
      const dir = await contentCopy(VALID_CONTENT);
      const run = runCli('new-competency-cli.ts', [
        '--content',
        dir,
        '--nl',
        'Informatie begrijpen',
        '--fr',
        "Comprendre l'information",
        '--group',
        'informatie',
      ]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const nl = join(dir, 'competencies/nl/informatie-begrijpen.mdx');
      const fr = join(dir, 'competencies/fr/comprendre-l-information.mdx');
      expect(run.stdout).toContain(`created ${nl}`);
      expect(run.stdout).toContain(`created ${fr}`);

      // As scaffolded: every TODO is an error naming its file and field (3 dimensions, 2 levels, 2 indicators each).
      const scaffolded = await checkContent(dir);
      const perFile = 1 + 3 * (2 + 2 * 2);
      expect(scaffolded.errors).toHaveLength(2 * perFile);
      expect(scaffolded.errors.every((p) => p.message.includes('placeholder "TODO"'))).toBe(true);
      expect(scaffolded.errors.filter((p) => p.file === nl).map((p) => p.field)).toContain(
        'dimensions[2].indicators.A[1]',
      );

      // Half filled: still rejected.
      await writeFile(nl, fill(await readFile(nl, 'utf8')));
      expect((await checkContent(dir)).errors.map((p) => p.file)).toEqual(Array(perFile).fill(fr));

      // Filled: no error; the translation only waits for review.
      await writeFile(fr, fill(await readFile(fr, 'utf8')));
      const filled = await checkContent(dir);
      expect(filled.errors).toEqual([]);
      expect(filled.warnings.map((p) => [p.file, p.field])).toEqual([[fr, 'translation.sourceHash']]);
      await acceptTranslations(dir, ['informatie-begrijpen']);
      expect((await checkContent(dir)).problems).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a second scaffold of the same competency and writes nothing',
    async () => {
      const dir = await contentCopy(VALID_CONTENT);
      const run = runCli('new-competency-cli.ts', [
        '--content',
        dir,
        '--nl',
        'In team werken',
        '--fr',
        'Travailler en équipe',
      ]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('"in-team-werken" is already described');
      expect(await readdir(join(dir, 'competencies/nl'))).toEqual(['in-team-werken.mdx']);
    },
    CLI_TIMEOUT,
  );
});

describe('npm run check', () => {
  it(
    'exits 1 and prints file, field, problem and fix on an error; exits 0 on valid content',
    async () => {
      const dir = await contentCopy(VALID_CONTENT, 'tests/fixtures/broken-content/wrong-type');
      const broken = runCli('check-cli.ts', [dir]);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toContain(
        `error: ${join(dir, 'competencies/nl/in-team-werken.mdx')}\n  field: core\n  problem: is the text "ja", but must be true or false.\n  fix: `,
      );
      expect(broken.stdout).toMatch(/1 error\(s\), \d+ warning\(s\)\.\n$/);
      const valid = runCli('check-cli.ts', [VALID_CONTENT]);
      expect(valid.status).toBe(0);
      expect(valid.stdout).toContain('0 error(s), 0 warning(s).');
    },
    CLI_TIMEOUT,
  );
});
