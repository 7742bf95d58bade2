/**
 * `npm run translation:accept -- <file, id or key> ...` or `npm run translation:accept -- --all`:
 * records in each named translation the version of its source it translates, after review.
 * Option `--content <folder>` (default: CONTENT_DIR, else content).
 */
import { parseArgs } from 'node:util';
import { acceptTranslations } from './accept-translations';
import { defaultContentRoot } from './read-content';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean' }, content: { type: 'string' } },
});
if (!values.all && positionals.length === 0) {
  console.error(
    'Name the translations you have checked: npm run translation:accept -- <file or key> ... (or --all for every translation).',
  );
  process.exit(2);
}
const { accepted, unknown } = await acceptTranslations(
  values.content ?? defaultContentRoot(),
  positionals,
  values.all ?? false,
);
for (const { file, previous, hash, errors } of accepted) {
  const what =
    previous === hash
      ? `already recorded as translating source version ${hash}`
      : `now recorded as translating source version ${hash}${previous ? ` (was ${previous})` : ''}`;
  console.log(`${file}: ${what}.`);
  for (const error of errors) console.log(`  still to fix (npm run check):\n  ${error.replace(/\n/g, '\n  ')}`);
}
for (const target of unknown)
  console.error(
    `"${target}" is not a translated entry: give the path of a translated MDX file, its id (fr/<slug>) or a key.`,
  );
process.exit(unknown.length > 0 ? 1 : 0);
