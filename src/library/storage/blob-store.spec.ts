import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobStore } from './blob-store';

describe('BlobStore', () => {
  let root: string;
  let store: BlobStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'blobs-'));
    store = new BlobStore(join(root, 'files'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function written(text: string) {
    const temporary = await store.temporary();
    await new Promise<void>((resolve) => temporary.stream.end(text, resolve));
    return { path: temporary.path, sha: createHash('sha256').update(text).digest('hex') };
  }

  it('moves a complete file into place under its hash and keeps nothing temporary', async () => {
    const { path, sha } = await written('bytes');
    expect(await store.commit(path, sha)).toEqual({ created: true });
    expect(readFileSync(store.pathOf(sha), 'utf8')).toBe('bytes');
    expect(await store.allFiles()).toEqual([store.pathOf(sha)]);
  });

  it('stores the same bytes once: a second copy only drops its temporary file', async () => {
    const first = await written('same');
    const second = await written('same');
    await store.commit(first.path, first.sha);
    expect(await store.commit(second.path, second.sha)).toEqual({ created: false });
    expect(await store.allFiles()).toEqual([store.pathOf(first.sha)]);
  });

  it('never shows a file before commit, and discarding leaves nothing', async () => {
    const { path, sha } = await written('half');
    expect(await store.exists(sha)).toBe(false);
    await store.discard(path);
    await store.discard(path);
    expect(await store.allFiles()).toEqual([]);
  });

  it('refuses a name that is not a SHA-256 digest (no path tricks)', () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow('not a SHA-256');
  });
});
