import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlockWriter, type WriteSync } from './block-writer';

/** A real pipe: the write end is ours (the child's stdin), the child reads it or not. */
function pipeTo(command: string, args: string[]): { child: ChildProcess; fd: number } {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
  const fd = (child.stdin as unknown as { _handle: { fd: number } })._handle.fd;
  return { child, fd };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', resolve));

const line = (n: number) => `${JSON.stringify({ level: 30, n, msg: 'request' })}\n`;

describe('BlockWriter', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cttp-block-writer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes held lines in order once a block has gathered, and on flush', () => {
    const file = join(dir, 'out.log');
    const writer = BlockWriter.toFile(file, { blockBytes: line(1).length * 4, flushMs: 0 });
    writer.write(line(1));
    expect(readFileSync(file, 'utf8')).toBe('');
    for (let n = 2; n <= 5; n += 1) writer.write(line(n));
    expect(readFileSync(file, 'utf8')).toBe([1, 2, 3, 4].map(line).join(''));
    writer.write(line(6));
    writer.flush();
    expect(readFileSync(file, 'utf8')).toBe([1, 2, 3, 4, 5, 6].map(line).join(''));
    writer.end();
  });

  it('stops writing, without throwing or waiting, when the reader has gone', async () => {
    // The reader closes its end of the pipe and stays: writing to it answers EPIPE.
    const { child, fd } = pipeTo('sh', ['-c', 'exec 0<&-; echo closed; sleep 30']);
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    const writer = new BlockWriter(fd, { blockBytes: 10, flushMs: 0 });
    const started = performance.now();
    for (let n = 0; n < 100; n += 1) writer.write(line(n));
    writer.flush();
    expect(performance.now() - started).toBeLessThan(50);
    expect(writer.writing).toBe(false);
    expect(writer.write(line(101))).toBe(false);
    child.kill();
    await exited(child);
  });

  it('keeps what a full pipe did not take, within its bound, and says how many lines it dropped', async () => {
    // `sleep` never reads: the pipe fills (64 KB on Linux) and a write answers EAGAIN.
    const { child, fd } = pipeTo('sleep', ['30']);
    const writer = new BlockWriter(fd, { blockBytes: 1, flushMs: 0, maxHeldBytes: 8_192 });
    const started = performance.now();
    for (let n = 0; n < 5_000; n += 1) writer.write(line(n));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(writer.writing).toBe(true);
    child.kill();
    await exited(child);
  });

  it('writes the count of dropped lines first once the reader takes lines again', () => {
    const taken: string[] = [];
    let full = true;
    const write: WriteSync = (_fd, data) => {
      if (full) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      taken.push(Buffer.from(data).toString());
      return data.length;
    };
    const writer = new BlockWriter(99, { blockBytes: 1, flushMs: 0, maxHeldBytes: 100, write });
    for (let n = 0; n < 10; n += 1) writer.write(line(n));
    full = false;
    writer.write(line(10));
    expect(taken).toEqual([]);
    writer.flush();
    const lines = taken.join('').split('\n').filter(Boolean);
    const first = JSON.parse(lines[0]) as { msg: string; dropped: number };
    expect(first.msg).toBe('log lines dropped');
    const kept = lines.slice(1).map((text) => (JSON.parse(text) as { n: number }).n);
    expect(first.dropped + kept.length).toBe(11);
    expect(kept.at(-1)).toBe(10);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });

  it('finishes a line a short write cut, before anything else', () => {
    const taken: Buffer[] = [];
    let calls = 0;
    const write: WriteSync = (_fd, data) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      // The first write takes half of what it is given.
      const n = calls === 1 ? Math.floor(data.length / 2) : data.length;
      taken.push(Buffer.from(data.subarray(0, n)));
      return n;
    };
    const writer = new BlockWriter(99, { blockBytes: 1_000, flushMs: 0, maxHeldBytes: 10, write });
    for (let n = 0; n < 4; n += 1) writer.write(line(n));
    writer.flush();
    writer.write(line(4));
    writer.flush();
    const text = Buffer.concat(taken).toString();
    // Every line that arrives is whole: the cut one is finished, later ones are dropped whole.
    const rows = text.split('\n').filter(Boolean);
    expect(rows.map((row) => (JSON.parse(row) as { msg: string }).msg)).toContain('request');
    expect(rows.at(-1)).toBe(line(4).trim());
  });
});
