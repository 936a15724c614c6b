/** V8's collector, when the process runs with `--expose-gc` (as `npm start` does). */
type Collector = (options: { type: 'minor' | 'major' }) => void;

/** How much of a streamed body may be read between two young-generation collections. */
export const RELEASE_EVERY_BYTES = 8 * 1024 * 1024;

/**
 * Keeps a streamed request body (an upload written to disk as it arrives) from holding its
 * size in memory. Node reads the socket into a new buffer each time, and a buffer's memory is
 * freed only when a young-generation collection finds it dead. Streaming a file to disk
 * allocates next to nothing else on the JavaScript heap, so no collection comes for a long
 * time: the 50 MiB upload bench grew the server's resident memory by 30–37 MB of buffers
 * already written to disk. So the receiver asks V8 for a young-generation collection after
 * every RELEASE_EVERY_BYTES it has read (a scavenge took 1.5–2.5 ms here under load), which
 * bounds what one upload holds. Without `--expose-gc` this does nothing: the buffers are then
 * freed at V8's own pace.
 */
export class ReadBufferRelease {
  private sinceLast = 0;

  constructor(
    private readonly every = RELEASE_EVERY_BYTES,
    private readonly collect: Collector | undefined = (globalThis as { gc?: Collector }).gc,
  ) {}

  /** Counts `bytes` more read from the body; collects when enough has gone by. */
  read(bytes: number): void {
    this.sinceLast += bytes;
    if (this.sinceLast < this.every) return;
    this.sinceLast = 0;
    this.collect?.({ type: 'minor' });
  }
}
