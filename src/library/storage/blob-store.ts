import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { link, mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A file being written under a temporary name, not yet in the store. */
export interface TemporaryBlob {
  readonly path: string;
  readonly stream: WriteStream;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Files by content: each stored once, at `<root>/<first two hex digits>/<sha256>`. A file is
 * written under a temporary name in `<root>/.incoming` (same file system), then moved into
 * place in one step once complete and checked, so a failed or cancelled upload never leaves a
 * half-written file where a reader could find it, and the same bytes uploaded twice are kept
 * once. Plain Node, no Nest: the receiver, the service and the tests share it.
 */
export class BlobStore {
  private readonly incoming: string;

  constructor(readonly root: string) {
    this.incoming = join(root, '.incoming');
  }

  /** A new temporary file to stream into. */
  async temporary(): Promise<TemporaryBlob> {
    const path = await this.temporaryPath();
    return { path, stream: createWriteStream(path, { flags: 'wx', mode: 0o600 }) };
  }

  /** A fresh temporary name (for bytes the caller writes itself, with flag `wx`). */
  async temporaryPath(): Promise<string> {
    await mkdir(this.incoming, { recursive: true });
    return join(this.incoming, `${randomBytes(12).toString('hex')}.part`);
  }

  /**
   * Moves a complete temporary file into the store under its hash. Linking (not renaming)
   * refuses to replace a file already there, so the first copy of some bytes stays and a
   * second upload of them only drops its temporary file. `created` says which happened.
   */
  async commit(temporaryPath: string, sha256: string): Promise<{ created: boolean }> {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256 hex digest');
    const target = this.pathOf(sha256);
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
    let created = true;
    try {
      await link(temporaryPath, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      created = false;
    }
    await this.discard(temporaryPath);
    return { created };
  }

  /** Drops a temporary file (a refused, cancelled or failed upload); absent is fine. */
  async discard(temporaryPath: string): Promise<void> {
    await unlink(temporaryPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Removes a stored file that nothing refers to (a commit whose database write failed). */
  async remove(sha256: string): Promise<void> {
    if (!SHA256.test(sha256)) return;
    await this.discard(this.pathOf(sha256));
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256 hex digest');
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  /** `length` bytes of a file from `position` (fewer at its end). */
  async read(path: string, position: number, length: number): Promise<Buffer> {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** Every file under the root, temporary ones included (for tests and checks). */
  async allFiles(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else found.push(path);
      }
    };
    await walk(this.root);
    return found.sort();
  }
}
