import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/islands/search/latest-only';

/** A task whose runs end when the test says so. */
function controlledTask() {
  const started: string[] = [];
  const finish: (() => void)[] = [];
  const task = (input: string) => {
    started.push(input);
    return new Promise<void>((resolve) => finish.push(resolve));
  };
  return {
    started,
    task,
    endRun: async (index: number) => {
      finish[index]!();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('latestOnly', () => {
  it('runs the first input at once, then only the latest of those that came meanwhile', async () => {
    const { started, task, endRun } = controlledTask();
    const schedule = latestOnly(task);
    for (const input of ['v', 've', 'ver', 'vera']) schedule(input);
    expect(started).toEqual(['v']);
    await endRun(0);
    expect(started).toEqual(['v', 'vera']);
    await endRun(1);
    schedule('veran');
    expect(started).toEqual(['v', 'vera', 'veran']);
  });

  it('goes on after a failed run', async () => {
    const started: string[] = [];
    const schedule = latestOnly(async (input: string) => {
      started.push(input);
      if (input === 'a') throw new Error('offline');
    });
    schedule('a');
    schedule('b');
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['a', 'b']);
  });
});
