/**
 * `npm run check [-- <content folder>]`: validates all content and prints, for each problem, the
 * file, the field, what is wrong and how to fix it. Exits 1 on errors; warnings alone exit 0.
 */
import { formatProblem } from '../lib/content-problems';
import { checkContent, exitCode, summary } from './run-check';

const result = await checkContent(process.argv[2]);
for (const problem of result.problems) console.log(`${formatProblem(problem)}\n`);
console.log(summary(result));
process.exit(exitCode(result));
