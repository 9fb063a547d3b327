import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Immutable, content-addressed files: <root>/ab/cdef… named by SHA-256. Written to a temp file, fsynced,
 * then renamed, so a crash never leaves a half-written blob under its final name. The same bytes twice
 * are stored once.
 */
export class BlobStore {
  constructor(readonly root: string) {
    mkdirSync(join(root, 'tmp'), { recursive: true });
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2));
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  put(bytes: Uint8Array): { sha256: string; sizeBytes: number } {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const final = this.pathOf(sha256);
    if (!existsSync(final)) {
      const tmp = join(this.root, 'tmp', `${sha256}.${randomBytes(6).toString('hex')}`);
      try {
        const fd = openSync(tmp, 'wx');
        try {
          writeSync(fd, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        mkdirSync(dirname(final), { recursive: true });
        renameSync(tmp, final);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
    }
    return { sha256, sizeBytes: bytes.byteLength };
  }

  read(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256));
  }
}
