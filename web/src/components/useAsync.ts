import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T; refreshing?: boolean };

/** Runs a loader whenever its dependencies change; stale answers (the user moved on) are dropped. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    const controller = new AbortController();
    // Keep showing the previous page while the next one loads, so paging and filtering do not flash.
    setState((previous) =>
      previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' },
    );
    stableLoad(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: 'ready', data }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [stableLoad, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry, setState };
}
