import type { CheckResult } from './run-check';

/**
 * The result of the content pipeline, computed once per build and shared between the build
 * integration (which reports it and stops a build with errors) and the site's content
 * collections (which take their entries from it instead of reading and validating the files
 * again). The two run in one process but load modules separately, hence a process-wide slot.
 */
const SLOT = Symbol.for('competentiewoordenboek.content-pipeline');

interface Slot {
  root: string;
  key: string;
  result: Promise<CheckResult>;
}
type Holder = { [SLOT]?: Slot };

/** The latest result for `root`, computing it with `run` when there is none yet. */
export function sharedResult(root: string, run: () => Promise<CheckResult>): Promise<CheckResult> {
  const slot = (globalThis as Holder)[SLOT];
  if (slot && slot.root === root) return slot.result;
  return publish(root, 'initial', run());
}

function publish(root: string, key: string, result: Promise<CheckResult>): Promise<CheckResult> {
  (globalThis as Holder)[SLOT] = { root, key, result };
  return result;
}

/**
 * After a file changed (in `npm run dev`): a fresh result, computed once for all the
 * collections that see the same change (`change` names it: event, file and modification time).
 */
export function refreshedResult(root: string, run: () => Promise<CheckResult>, change: string): Promise<CheckResult> {
  const slot = (globalThis as Holder)[SLOT];
  if (slot && slot.root === root && slot.key === change) return slot.result;
  return publish(root, change, run());
}
