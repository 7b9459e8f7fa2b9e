import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../electron/nodeFs';
import { writeFileAtomic } from '../../cli/lib/atomicFile';
import { writeFileAtomic as sharedWrite, type AtomicFs } from '../../shared/io/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-cli-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the command line writes files through the one atomic writer', () => {
  it('keeps one .bak of the previous file, or none for regenerated outputs', async () => {
    const kept = path.join(dir, 'anonymisation-map.private.csv');
    await writeFileAtomic(kept, 'one');
    await writeFileAtomic(kept, 'two');
    await writeFileAtomic(kept, 'three');
    expect(fs.readFileSync(kept, 'utf8')).toBe('three');
    expect(fs.readFileSync(`${kept}.bak`, 'utf8')).toBe('two');
    const out = path.join(dir, 'plan.md');
    await writeFileAtomic(out, 'a', { backup: false });
    await writeFileAtomic(out, 'b', { backup: false });
    expect(fs.readFileSync(out, 'utf8')).toBe('b');
    expect(fs.readdirSync(dir).sort()).toEqual(['anonymisation-map.private.csv', 'anonymisation-map.private.csv.bak', 'plan.md']);
  });

  it('creates the temporary file exclusively: an existing file is never written through', async () => {
    const taken = path.join(dir, 'taken');
    fs.writeFileSync(taken, 'someone else');
    await expect(nodeFs.writeFile(taken, 'mine')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(taken, 'utf8')).toBe('someone else');
    expect(fs.statSync(path.join(dir, 'taken')).isFile()).toBe(true);
  });

  it('picks another temporary name when one is taken, and leaves the other file alone', async () => {
    const target = path.join(dir, 'project.vm2pve.json');
    const seen: string[] = [];
    const fsTaken: AtomicFs = {
      ...nodeFs,
      async writeFile(p, data) {
        seen.push(p);
        if (seen.length === 1) {
          fs.writeFileSync(p, 'foreign');
          throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        }
        return nodeFs.writeFile(p, data);
      },
    };
    await sharedWrite(fsTaken, target, 'ok');
    expect(fs.readFileSync(target, 'utf8')).toBe('ok');
    expect(seen).toHaveLength(2);
    expect(fs.readFileSync(seen[0] ?? '', 'utf8')).toBe('foreign');
  });

  it('flushes the folder after the rename (and a failing folder flush does not fail the write)', async () => {
    const synced: string[] = [];
    const target = path.join(dir, 'x.json');
    await sharedWrite({ ...nodeFs, syncDir: async (p) => void synced.push(p) }, target, '{}');
    expect(synced).toEqual([dir]);
    await sharedWrite({ ...nodeFs, syncDir: async () => Promise.reject(new Error('EISDIR')) }, target, '{"a":1}');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}');
  });
});
