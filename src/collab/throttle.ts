export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Drops a call still waiting for the end of the window (e.g. the pointer left meanwhile). */
  cancel(): void;
}

/**
 * Calls `fn` at most once per `waitMs`: the first call at once, then the latest arguments of
 * the calls made during the window when it ends. The trailing call is what makes a cursor stop
 * where the pointer stopped rather than up to one window short of it.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): Throttled<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;

  const run = (args: A) => {
    timer = setTimeout(endWindow, waitMs);
    fn(...args);
  };
  function endWindow() {
    timer = undefined;
    if (pending === undefined) return;
    const args = pending;
    pending = undefined;
    run(args);
  }

  const throttled = (...args: A) => {
    if (timer === undefined) run(args);
    else pending = args;
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return throttled;
}
