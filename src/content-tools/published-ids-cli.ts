import { readFile, writeFile } from 'node:fs/promises';
import { siteDataset } from '../lib/open-data/site-dataset';
import {
  checkPublishedIds,
  currentIds,
  updatePublishedIds,
  type PublishedIdList,
} from '../lib/open-data/published-ids';
import { loadDictionaries } from './locales';
import { checkContent } from './run-check';

/**
 * `npm run data:ids` — checks the content's identifiers against the published list
 * (data/published-ids.json); with `--update "why"`, records the change deliberately: new
 * identifiers are added, removed ones are kept and marked retired with today's date and the reason.
 */
const LIST = 'data/published-ids.json';
const args = process.argv.slice(2);
const updateAt = args.indexOf('--update');
const dictionaries = await loadDictionaries();
const { catalog, errors } = await checkContent(undefined, dictionaries);
if (errors.length > 0) {
  console.error(`The content has ${errors.length} error(s); run "npm run check" first.`);
  process.exit(1);
}
const current = currentIds(siteDataset(catalog, dictionaries, { contentDate: null, commit: null }));
const DESCRIPTION =
  'Every identifier the open data has published (src/lib/open-data/published-ids.ts). Never edit by hand: ' +
  'run npm run data:ids -- --update "<reason>". Retired identifiers stay listed and are never reused.';
const list = await readFile(LIST, 'utf8').then(
  (text) => JSON.parse(text) as PublishedIdList,
  () => ({ description: DESCRIPTION, ids: [] }),
);

if (updateAt === -1) {
  const problems = checkPublishedIds(list, current);
  for (const problem of problems) console.error(`${problem.kind}: ${problem.message}`);
  console.log(
    `${LIST}: ${list.ids.length} identifiers listed, ${current.length} in the content, ${problems.length} problem(s).`,
  );
  process.exit(problems.length > 0 ? 1 : 0);
}

const note = args[updateAt + 1];
if (!note || note.startsWith('--')) {
  console.error('Say why the identifiers change: npm run data:ids -- --update "competency x retired by the source"');
  process.exit(1);
}
const date = new Date().toISOString().slice(0, 10);
const { list: updated, refused } = updatePublishedIds(list, current, { date, note });
for (const problem of refused) console.error(`refused: ${problem.message}`);
await writeFile(LIST, `${JSON.stringify(updated, null, 2)}\n`);
const retired = updated.ids.filter((p) => p.retired).length;
console.log(
  `${LIST}: ${updated.ids.length} identifiers (${retired} retired); review the change with "git diff ${LIST}".`,
);
process.exit(refused.length > 0 ? 1 : 0);
