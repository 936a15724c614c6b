import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeNeverRead, pipeWithReaderGone } from '../../../test/support/pipes';
import { BlockWriter, type WriteSync } from './block-writer';

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
    const pipe = await pipeWithReaderGone();
    const writer = new BlockWriter(pipe.fd, { blockBytes: 10, flushMs: 0 });
    const started = performance.now();
    for (let n = 0; n < 100; n += 1) writer.write(line(n));
    writer.flush();
    expect(performance.now() - started).toBeLessThan(50);
    expect(writer.writing).toBe(false);
    expect(writer.write(line(101))).toBe(false);
    await pipe.close();
  });

  it('keeps what a full pipe did not take, within its bound, without waiting for the reader', async () => {
    const pipe = pipeNeverRead();
    const writer = new BlockWriter(pipe.fd, { blockBytes: 1, flushMs: 0, maxHeldBytes: 8_192 });
    const started = performance.now();
    for (let n = 0; n < 5_000; n += 1) writer.write(line(n));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(writer.writing).toBe(true);
    await pipe.close();
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
