import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RotatingFile } from '../../src-main/log/rotatingFile';

describe('rotating log file', () => {
  it('rotates by size and keeps a bounded number of old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'court-desk-log-'));
    try {
      const path = join(dir, 'app.log');
      const file = new RotatingFile(path, 100, 2);
      for (let i = 0; i < 10; i++) file.write(`${String(i).repeat(40)}\n`);
      file.close();
      expect(existsSync(`${path}.1`)).toBe(true);
      expect(existsSync(`${path}.2`)).toBe(true);
      expect(existsSync(`${path}.3`)).toBe(false);
      expect(readFileSync(path, 'utf8')).toContain('9'.repeat(40));
      expect(readFileSync(path, 'utf8').length).toBeLessThanOrEqual(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
