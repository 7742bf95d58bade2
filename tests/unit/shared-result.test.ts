import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/content-tools/run-check';
import { refreshedResult, sharedResult } from '../../src/content-tools/shared-result';

describe('the content pipeline runs once per build, and once per change in dev', () => {
  it('shares one result between the build integration and every collection, and runs again for each new change', async () => {
    let runs = 0;
    const run = () => {
      runs += 1;
      return Promise.resolve({ root: `run ${runs}` } as unknown as CheckResult);
    };
    const root = `content-${Math.random()}`;
    const first = await sharedResult(root, run);
    expect(await sharedResult(root, run)).toBe(first);
    expect(runs).toBe(1);
    // Seven collections see the same change: one run.
    const changed = await Promise.all(Array.from({ length: 7 }, () => refreshedResult(root, run, 'change:a.mdx:100')));
    expect(new Set(changed).size).toBe(1);
    expect(runs).toBe(2);
    // The same file saved again (new modification time): a new run, also when a page asks for the latest.
    const again = await refreshedResult(root, run, 'change:a.mdx:200');
    expect(runs).toBe(3);
    expect(await sharedResult(root, run)).toBe(again);
    expect(runs).toBe(3);
  });
});
