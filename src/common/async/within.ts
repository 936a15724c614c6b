/**
 * `work`'s answer, or `fallback` when it has not answered within `ms`. For calls that may be
 * held indefinitely (a Redis command queued while Redis is away) where the caller must not be:
 * the work itself goes on, only the wait ends. The timer never keeps the process alive.
 */
export async function within<T, F>(work: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<F>((resolve) => {
        timer = setTimeout(() => resolve(fallback), ms);
        timer.unref();
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
