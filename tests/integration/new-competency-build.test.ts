import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptTranslations } from '../../src/content-tools/accept-translations';
import { checkContent } from '../../src/content-tools/run-check';
import { formatProblem } from '../../src/lib/content-problems';
import { contentCopy, edit, removeContentCopies } from '../unit/content-dir';
import { runCli } from '../unit/run-cli';

/**
 * A competency described only in content, with no code change, appears on the site: the real
 * content is copied to a temporary folder, one not-yet-described competency is scaffolded and
 * filled there, and the site is built from that folder (CONTENT_DIR). The same copy has one Dutch
 * source changed after its translation was accepted, so the build also shows the notice.
 */
const BUILD_TIMEOUT = 240_000;

/**
 * Builds the site from `contentDir` (CONTENT_DIR) in a copy of the project beside it, so that the
 * build's own files (`.astro/`, cache, `dist/`) never mix with those of the working copy.
 */
async function astroBuild(contentDir: string) {
  const root = join(contentDir, '..', 'site');
  await mkdir(root);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(entry, join(root, entry), { recursive: true });
  }
  await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const dist = join(root, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, '.cache') },
    timeout: BUILD_TIMEOUT,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}

/** The text Pagefind indexed for each page: its fragments are gzip'd JSON after a signature. */
function searchIndex(dist: string): Map<string, string> {
  const dir = join(dist, 'pagefind', 'fragment');
  const pages = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    pages.set(fragment.url, fragment.content);
  }
  return pages;
}

afterAll(removeContentCopies);

describe('a newly described competency in a build', () => {
  let dist = '';
  let output = '';
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const indicator = 'Tekst van indicator 1 of dimension A at level D.';

  beforeAll(async () => {
    const dir = await contentCopy('content');
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
    expect(run.status, run.stderr).toBe(0);
    for (const file of ['competencies/nl/informatie-begrijpen.mdx', 'competencies/fr/comprendre-l-information.mdx']) {
      const path = join(dir, file);
      await writeFile(
        path,
        (await readFile(path, 'utf8')).replace(/"TODO: ([^"]*)"/g, (_, what: string) =>
          JSON.stringify(`Tekst van ${what}.`),
        ),
      );
    }
    await acceptTranslations(dir, ['informatie-begrijpen']);
    // A change to a Dutch source after its translation was accepted.
    await edit(
      join(dir, 'competencies/nl/objectieven-behalen.mdx'),
      'Neemt elk nuttig initiatief',
      'Neemt steeds elk nuttig initiatief',
    );
    const check = await checkContent(dir);
    expect(check.errors.map(formatProblem)).toEqual([]);
    expect(check.warnings.map((w) => w.field)).toEqual(['translation.sourceHash']);

    const build = await astroBuild(dir);
    output = build.output;
    dist = build.dist;
    expect(build.status, output.slice(-3000)).toBe(0);
  }, BUILD_TIMEOUT + 30_000);

  it('has its page in both languages', () => {
    expect(html('nl/competenties/informatie-begrijpen')).toMatch(/<h1[^>]*>Informatie begrijpen<\/h1>/);
    expect(html('fr/competences/comprendre-l-information')).toMatch(/<h1[^>]*>Comprendre l’information<\/h1>/);
  });

  it('is linked from the index and the model overview on the home page', () => {
    for (const page of ['nl/competenties', 'nl'])
      expect(html(page)).toContain('href="/nl/competenties/informatie-begrijpen/"');
    for (const page of ['fr/competences', 'fr'])
      expect(html(page)).toContain('href="/fr/competences/comprendre-l-information/"');
  });

  it('appears on every level page with its indicators', () => {
    for (const [level, id] of [
      ['d', 'D'],
      ['c', 'C'],
      ['b', 'B'],
      ['a', 'A'],
    ] as const) {
      const page = html(`nl/niveaus/${level}`);
      expect(page).toContain('id="informatie-begrijpen"');
      expect(page).toContain(`Tekst van indicator 1 of dimension A at level ${id}.`);
    }
  });

  it("is in the profile builder's data and has the level-progression visualiser on its page", () => {
    const data = JSON.parse(readFileSync(join(dist, 'profile-data', 'nl.json'), 'utf8')) as {
      competencies: { key: string }[];
    };
    expect(data.competencies.map((c) => c.key)).toContain('informatie-begrijpen');
    expect(html('nl/competenties/informatie-begrijpen')).toContain('ProgressionVisualiser');
  });

  it('is in the search index', () => {
    const index = searchIndex(dist);
    expect(index.get('/nl/competenties/informatie-begrijpen/')).toContain(indicator);
    expect(index.get('/nl/niveaus/d/')).toContain(indicator);
  });

  it('shows "translation to be updated" on the French pages of a changed Dutch source, and only there', () => {
    const outdated = html('fr/competences/atteindre-les-objectifs');
    expect(outdated).toContain('data-translation-state="outdated"');
    expect(outdated).toContain('Traduction à mettre à jour');
    expect(html('fr/competences/comprendre-l-information')).not.toContain('data-translation-state="outdated"');
    expect(html('fr/competences/travailler-en-equipe')).not.toContain('Traduction à mettre à jour');
    // The notice's markup, not its style (the page carries its stylesheets inside).
    expect(html('nl/competenties/objectieven-behalen')).not.toMatch(/class="translation-notice"/);
    expect(outdated).toMatch(/class="translation-notice"/);
  });

  it('lists the translation to be updated on the status page, and the build says so', () => {
    const rows = [...html('nl/vertaalstatus').matchAll(/<tr data-state="([a-z-]+)"[^>]*>[\s\S]*?<\/tr>/g)];
    const outdated = rows.filter((r) => r[1] === 'outdated');
    expect(outdated).toHaveLength(1);
    expect(outdated[0]![0]).toContain('Atteindre les objectifs');
    expect(outdated[0]![0]).toContain('Bij te werken');
    expect(rows.filter((r) => r[1] !== 'current' && r[1] !== 'outdated')).toEqual([]);
    expect(rows.some((r) => r[0].includes('Comprendre l’information'))).toBe(true);
    expect(output).toContain('the translation is to be updated');
  });
});

describe('a build from broken content', () => {
  it(
    'stops with the messages of npm run check',
    async () => {
      const dir = await contentCopy('content');
      await edit(join(dir, 'competencies/nl/objectieven-behalen.mdx'), 'core: true', 'core: "ja"');
      await edit(join(dir, 'competencies/nl/in-team-werken.mdx'), /- "([^"]+)"/, '- "TODO: $1"');
      const check = await checkContent(dir);
      expect(check.errors).toHaveLength(2);
      const build = await astroBuild(dir);
      expect(build.status).not.toBe(0);
      for (const problem of check.errors) expect(build.output).toContain(formatProblem(problem));
      expect(build.output).toContain('The content has 2 error(s)');
      expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
