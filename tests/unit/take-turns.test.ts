import { describe, expect, it } from 'vitest';
import { takeTurns } from '../../src/islands/search/take-turns';

/** A task that records when it starts and ends, and finishes when told to. */
function controlled(name: string, log: string[]) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const task = async () => {
    log.push(`${name} start`);
    try {
      return await done;
    } finally {
      log.push(`${name} end`);
    }
  };
  return { task, finish, fail };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('takeTurns', () => {
  it('starts a task only when the one before it has settled', async () => {
    const log: string[] = [];
    const turn = takeTurns();
    const a = controlled('a', log);
    const b = controlled('b', log);
    const first = turn(a.task);
    const second = turn(b.task);
    await settle();
    expect(log).toEqual(['a start']);
    a.finish('A');
    expect(await first).toBe('A');
    await settle();
    expect(log).toEqual(['a start', 'a end', 'b start']);
    b.finish('B');
    expect(await second).toBe('B');
  });

  it('goes on after a failing task, which rejects its own call only', async () => {
    const log: string[] = [];
    const turn = takeTurns();
    const a = controlled('a', log);
    const first = turn(a.task);
    const second = turn(async () => 'next');
    a.fail(new Error('network'));
    await expect(first).rejects.toThrow('network');
    expect(await second).toBe('next');
  });
});
