import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, exitCode } from '../../src/content-tools/run-check';
import { BROKEN_CONTENT, VALID_CONTENT, contentCopy, removeContentCopies } from '../unit/content-dir';
import { astroBuild, filesUnder, removeSiteCopies, siteCopy } from './site-build';

/**
 * The build and `npm run check` agree, and a body cannot run or emit code even when nobody ran
 * the check: (1) a site whose pages hold every construct the body rules refuse (one page per
 * body fixture of tests/fixtures/broken-content/) is refused by the build with exactly the
 * problems `npm run check` lists, and nothing of it reaches dist/; (2) with the check taken out of
 * the build, the MDX compile step itself refuses such a body.
 */
afterAll(async () => {
  await removeContentCopies();
  await removeSiteCopies();
});

const bodyKinds = readdirSync(BROKEN_CONTENT)
  .filter((kind) => kind.startsWith('body-'))
  .sort();
/** What the fixtures hold that must never reach a page. */
const MARKERS = ['evil.example', 'process.env', 'readFileSync', 'alert(1)', 'javascript:', 'data:text/html'];

describe('the build refuses what the check refuses', () => {
  it('refuses a site whose bodies hold every rejected construct, with the problems npm run check lists', async () => {
    expect(bodyKinds.length).toBeGreaterThanOrEqual(20);
    const content = await contentCopy(VALID_CONTENT);
    for (const kind of bodyKinds) {
      const page = readFileSync(join(BROKEN_CONTENT, kind, 'pages/nl/achtergrond.mdx'), 'utf8');
      await writeFile(
        join(content, 'pages/nl', `${kind}.mdx`),
        page
          .replace('key: "achtergrond"', `key: "${kind}"`)
          .replace('slug: "achtergrond"', `slug: "${kind}"`)
          .replace('order: 1', 'order: 9'),
      );
    }
    const check = await checkContent(content);
    expect(exitCode(check)).toBe(1);
    const bodyErrors = check.errors.filter((p) => p.field.startsWith('body'));
    expect(new Set(bodyErrors.map((p) => p.file)).size).toBe(bodyKinds.length);

    const site = await siteCopy();
    const { status, output, dist } = astroBuild(site, content);
    expect(status, output).not.toBe(0);
    for (const problem of check.errors) {
      expect(output).toContain(`error: ${problem.file}\n  field: ${problem.field}\n  problem: ${problem.message}`);
    }
    expect(output).toContain(`The content has ${check.errors.length} error(s)`);
    const leaked = filesUnder(dist).filter((f) => MARKERS.some((m) => f.text.includes(m)));
    expect(leaked.map((f) => f.path)).toEqual([]);
    expect(filesUnder(dist).filter((f) => f.path.endsWith('.html'))).toEqual([]);
  });

  it('refuses a body in the MDX compile step itself, even with the check taken out of the build', async () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    const withoutCheck = config.replace(/contentCheck\(\),\s*/, '');
    expect(withoutCheck).not.toBe(config);
    // The case of the issue, and the other constructs the rules refuse, in a page compiled by the same MDX step.
    const leak = [
      '# Leak',
      '',
      'export const leak = process.env.PATH',
      '',
      '<script>alert(1)</script>',
      '',
      'Tekst {process.env.HOME} en <Editorial onclick="alert(1)">x</Editorial> [klik](javascript:alert(1)).',
      '',
      '<iframe src="https://evil.example/"></iframe>',
      '',
      '![beeld](data:text/html,alert(1)) <Sic note="x" style="color: red" />',
      '',
    ].join('\n');
    const site = await siteCopy({ 'astro.config.mjs': withoutCheck, 'src/pages/leak.mdx': leak });
    const content = await contentCopy(VALID_CONTENT);
    const { status, output, dist } = astroBuild(site, content);
    expect(status, output).not.toBe(0);
    expect(output).toContain('leak.mdx');
    for (const expected of [
      '3:1: holds code (an export statement',
      '5:1: holds the HTML element <script>',
      '7:7: holds a JavaScript expression',
      'event-handler attribute onclick=',
      'the scheme "javascript:" is not allowed',
      'holds the HTML element <iframe>',
      'the scheme "data:" is not allowed',
      'has a style= attribute',
    ]) {
      expect(output).toContain(expected);
    }
    expect(filesUnder(join(dist, 'leak'))).toEqual([]);
    const leaked = filesUnder(dist).filter(
      (f) => MARKERS.some((m) => f.text.includes(m)) || (process.env.PATH && f.text.includes(process.env.PATH)),
    );
    expect(leaked.map((f) => f.path)).toEqual([]);
  });
});
