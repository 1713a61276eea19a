// Reading something of the plan for a view, written once: the call is made when the view opens and again whenever
// `deps` change (the plan, the revision the app bumps after an edit or an undo, a choice in the view); only the
// latest call's answer is kept, so a slow answer to an older question, or one arriving after the view closed, is
// dropped.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { messageOf } from './errors';

export interface PlanQuery<T> {
  /**
   * The latest answer, kept while the next one is asked for (a view does not flash empty on every edit);
   * undefined until the first answer.
   */
  readonly data: T | undefined;
  /** Why the latest call for the current `deps` failed, for the view to show in place; null when it did not. */
  readonly problem: string | null;
  /** Asks again (after the view's own edit, or "Try again"); resolves once the answer is in. */
  readonly reload: () => Promise<void>;
  /** Shows what the view's own edit answered (the registry after an update, a row saved) without asking again. */
  readonly setData: (next: (current: T | undefined) => T | undefined) => void;
}

interface Answer<T> {
  readonly data: T | undefined;
  readonly problem: string | null;
  /** The deps the problem belongs to: a problem is not shown for a question no longer asked. */
  readonly deps: DependencyList | null;
}

function sameDeps(a: DependencyList | null, b: DependencyList): boolean {
  return a !== null && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

export interface PlanQueryOptions {
  /**
   * Asks only once `deps` have stayed the same this long (ms): a form typed into, a grid arrowed through, asks for
   * the last state only.
   */
  readonly waitMs?: number;
}

/**
 * `call` asks the main process (usually `() => request(api().x.y(...))`); a call that resolves to undefined had
 * nothing to say (an `attempt` whose failure the banner already shows): the previous answer stays.
 */
export function usePlanQuery<T>(call: () => Promise<T | undefined>, deps: DependencyList, { waitMs = 0 }: PlanQueryOptions = {}): PlanQuery<T> {
  const [answer, setAnswer] = useState<Answer<T>>({ data: undefined, problem: null, deps: null });
  // Each call is numbered; an answer is taken only if no later call was made (nor the view closed) meanwhile.
  const latest = useRef(0);

  // `deps` are the caller's, as for useEffect: everything the call reads, and what should make it ask again (the
  // revision). eslint cannot check them here (it would call the revision, which the call does not read, unneeded).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const ask = useCallback(call, deps);
  const run = useCallback(async (): Promise<void> => {
    const asked = ++latest.current;
    if (waitMs > 0) {
      await new Promise((done) => window.setTimeout(done, waitMs));
      if (asked !== latest.current) return;
    }
    try {
      const data = await ask();
      if (asked === latest.current && data !== undefined) setAnswer({ data, problem: null, deps });
    } catch (error) {
      if (asked === latest.current) setAnswer((previous) => ({ data: previous.data, problem: messageOf(error), deps }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, waitMs]);

  useEffect(() => {
    void run();
    return () => {
      latest.current += 1;
    };
  }, [run]);

  const setData = useCallback((next: (current: T | undefined) => T | undefined) => setAnswer((previous) => ({ ...previous, data: next(previous.data) })), []);

  return { data: answer.data, problem: sameDeps(answer.deps, deps) ? answer.problem : null, reload: run, setData };
}
