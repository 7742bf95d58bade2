import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary content folders for the tests of the editors' tools: a copy of a folder, with files replaced. */
export const VALID_CONTENT = 'tests/fixtures/valid-content';
export const BROKEN_CONTENT = 'tests/fixtures/broken-content';

const made: string[] = [];

/**
 * Copies `from` (a content folder) to `<new temporary folder>/content`, then copies `overlay` over
 * it. The temporary folder has room beside it for a build (`../dist`); it is removed afterwards.
 */
export async function contentCopy(from: string = VALID_CONTENT, overlay?: string): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'editors-'));
  made.push(parent);
  const dir = join(parent, 'content');
  await cp(from, dir, { recursive: true });
  if (overlay) await cp(overlay, dir, { recursive: true, filter: (source) => !source.endsWith('expected.json') });
  return dir;
}

export async function removeContentCopies(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Replaces `find` by `replace` in a file (which must contain it). */
export async function edit(path: string, find: string | RegExp, replace: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const updated = text.replace(find, replace);
  if (updated === text) throw new Error(`${path} does not contain ${String(find)}`);
  await writeFile(path, updated);
}
