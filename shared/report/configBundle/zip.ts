import { zipSync, type Zippable } from 'fflate';
import type { BundleFile } from './index';

/**
 * The Proxmox configuration bundle as one zip: every file under its bundle path; a file with a mode (the
 * `.sh` scripts, 0o755) is stored with Unix attributes so `unzip` restores it executable.
 */
export function zipBundle(files: readonly BundleFile[], mtime: Date = new Date()): Uint8Array {
  const enc = new TextEncoder();
  const tree: Zippable = {};
  for (const f of files) {
    const data = enc.encode(f.content);
    tree[f.path] = f.mode === undefined ? [data, { mtime }] : [data, { mtime, os: 3, attrs: ((0o100000 | f.mode) << 16) >>> 0 }];
  }
  return zipSync(tree, { level: 6 });
}
