/**
 * Runs an asynchronous task for the latest input only. While a run is in progress, new inputs
 * replace each other; when it ends, the latest one waiting (if any) runs. A reader typing
 * "verantwoordelijkheid" thus starts two or three searches, not twenty queued one behind the other.
 * A failing run does not stop the next (the task reports its own errors).
 */
export function latestOnly<T>(run: (input: T) => Promise<void>): (input: T) => void {
  let waiting: { input: T } | undefined;
  let running = false;
  return (input: T) => {
    waiting = { input };
    if (running) return;
    running = true;
    void (async () => {
      while (waiting) {
        const next = waiting;
        waiting = undefined;
        await run(next.input).catch(() => undefined);
      }
      running = false;
    })();
  };
}
