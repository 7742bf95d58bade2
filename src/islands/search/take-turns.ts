/**
 * Runs asynchronous tasks one at a time, in the order they are given: a task starts once the one
 * before it has settled (a failure does not stop the next). Each call resolves or rejects as its
 * own task does.
 */
export function takeTurns(): <T>(task: () => Promise<T>) => Promise<T> {
  let previous: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const turn = previous.then(task, task);
    previous = turn.catch(() => undefined);
    return turn;
  };
}
