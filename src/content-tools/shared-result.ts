import type { CheckResult } from './run-check';

/**
 * The result of the content pipeline, computed once per build and shared between the build
 * integration (which reports it and stops a build with errors) and the site's content
 * collections (which take their entries from it instead of reading and validating the files
 * again). The two run in one process but load modules separately, hence a process-wide slot.
 */
const SLOT = Symbol.for('competentiewoordenboek.content-pipeline');

interface Slot { root: string; key: string; started: number; result: Promise<CheckResult> }
type Holder = { [SLOT]?: Slot };

/** The shared result for `root`, computing it with `run` when there is none yet (or it was invalidated). */
export function sharedResult(root: string, run: () => Promise<CheckResult>, key = 'initial'): Promise<CheckResult> {
  const holder = globalThis as Holder;
  const slot = holder[SLOT];
  if (slot && slot.root === root && (slot.key === key || key === 'initial')) return slot.result;
  const result = run();
  holder[SLOT] = { root, key, started: Date.now(), result };
  return result;
}

/**
 * After a file changed (in `npm run dev`): a fresh result, computed once for all the
 * collections that see the same change.
 */
export function refreshedResult(root: string, run: () => Promise<CheckResult>, change: string): Promise<CheckResult> {
  const slot = (globalThis as Holder)[SLOT];
  if (slot && slot.root === root && slot.key === change && Date.now() - slot.started < 2000) return slot.result;
  return sharedResult(root, run, change);
}
