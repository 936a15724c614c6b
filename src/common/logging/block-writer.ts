import { closeSync, openSync, writeSync } from 'node:fs';

/** How long a full pipe is left alone before a write tries again (the timer may try sooner). */
const STALL_MS = 100;

/** How BlockWriter writes: `fs.writeSync`'s shape, so a test can put a failing one in. */
export type WriteSync = (fd: number, data: Uint8Array) => number;

export interface BlockWriterOptions {
  /** Lines wait until this many characters have gathered. */
  readonly blockBytes: number;
  /** ...or until this long has passed (0: no timer). */
  readonly flushMs: number;
  /** What may wait for a reader that is slow to take it (a full pipe) before lines are dropped. */
  readonly maxHeldBytes?: number;
  readonly write?: WriteSync;
}

/**
 * Log lines gathered and written to a file descriptor in blocks, for pino (a destination is
 * anything with `write(line)`). Writing never blocks the process and never throws:
 *
 * - a reader that is slow (a full non-blocking pipe: EAGAIN) keeps what did not fit for the next
 *   block, up to `maxHeldBytes`; beyond that the oldest lines are dropped and counted, and the
 *   count is written once the reader takes lines again;
 * - a reader that is gone (EPIPE, EBADF, any other error) ends the writer: lines are dropped from
 *   then on, and the portal goes on serving. pino's own file writer (sonic-boom 4) instead
 *   retries such a write every 100 ms in a blocking loop, for ever: a log collector that went
 *   away would stop the portal and make it deaf to SIGTERM.
 */
export class BlockWriter {
  /** Whole lines waiting, oldest first. */
  private held: string[] = [];
  private heldLength = 0;
  /** The end of a line a short write cut: the reader has its start, so it goes first. */
  private head: Buffer | undefined;
  private dropped = 0;
  /** After a full pipe, blocks wait for the timer (or this time) instead of retrying at once. */
  private stalledUntil = 0;
  private ended = false;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly writeSync: WriteSync;
  private readonly maxHeldBytes: number;
  /** Whether end() closes the descriptor (a file this writer opened). */
  private ownsFd = false;

  constructor(
    private readonly fd: number,
    private readonly options: BlockWriterOptions,
  ) {
    this.writeSync = options.write ?? writeSync;
    this.maxHeldBytes = options.maxHeldBytes ?? 4 * 1024 * 1024;
    if (options.flushMs > 0) {
      this.timer = setInterval(() => this.flush(), options.flushMs);
      this.timer.unref();
    }
  }

  /** A writer on a file, opened for appending (closed by end()). */
  static toFile(path: string, options: BlockWriterOptions): BlockWriter {
    const writer = new BlockWriter(openSync(path, 'a'), options);
    writer.ownsFd = true;
    return writer;
  }

  /** Whether lines still go anywhere (false once the reader has gone). */
  get writing(): boolean {
    return !this.ended;
  }

  write(line: string): boolean {
    if (this.ended) return false;
    this.hold(line);
    if (this.heldLength >= this.options.blockBytes && Date.now() >= this.stalledUntil) this.flush();
    return true;
  }

  /** Writes what is held, as far as the reader takes it now. */
  flush(): void {
    if (this.ended || (this.held.length === 0 && this.head === undefined)) return;
    const notice =
      this.dropped > 0
        ? `${JSON.stringify({ level: 40, time: Date.now(), msg: 'log lines dropped', dropped: this.dropped })}\n`
        : '';
    this.dropped = 0;
    const lines = Buffer.from(notice + this.held.join(''));
    this.held = [];
    this.heldLength = 0;
    const pending = this.head ? Buffer.concat([this.head, lines]) : lines;
    this.head = undefined;
    let offset = 0;
    try {
      while (offset < pending.length) offset += this.writeSync(this.fd, pending.subarray(offset));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return this.end();
      this.stalledUntil = Date.now() + STALL_MS;
      this.keep(pending, offset);
    }
  }

  /** Stops the timer and writes nothing more; closes the file when the writer opened it. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.held = [];
    this.heldLength = 0;
    this.head = undefined;
    if (this.timer) clearInterval(this.timer);
    if (this.ownsFd) closeSync(this.fd);
  }

  /** Adds a line, dropping the oldest past the bound (a reader that stalls for long). */
  private hold(line: string): void {
    this.held.push(line);
    this.heldLength += line.length;
    while (this.heldLength > this.maxHeldBytes && this.held.length > 1) {
      this.heldLength -= this.held.shift()!.length;
      this.dropped += 1;
    }
  }

  /** Keeps what a full pipe did not take of `pending`, from `offset` on. */
  private keep(pending: Buffer, offset: number): void {
    let start = offset;
    if (offset > 0 && pending[offset - 1] !== 10) {
      const newline = pending.indexOf(10, offset);
      start = newline < 0 ? pending.length : newline + 1;
      this.head = Buffer.from(pending.subarray(offset, start));
    }
    // flush() took every held line into `pending`: what is left goes back as lines, in order.
    for (const line of pending
      .subarray(start)
      .toString()
      .split(/(?<=\n)/))
      if (line) this.hold(line);
  }
}
