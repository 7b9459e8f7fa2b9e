import type { FileData } from '../shared/ipc';

/**
 * The demo estate (templates/demo/*.xlsx, *.csv) bundled into the build as assets. When the demo is not
 * in this build, `demoFiles()` resolves to null and the UI says so.
 */
const urls = import.meta.glob<string>('../templates/demo/*.{xlsx,csv}', { query: '?url', import: 'default', eager: true });

export function hasDemo(): boolean {
  return Object.keys(urls).length > 0;
}

export async function demoFiles(): Promise<FileData[] | null> {
  const entries = Object.entries(urls).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  const out: FileData[] = [];
  for (const [path, url] of entries) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`demo asset ${path}: HTTP ${res.status}`);
    out.push({ name: path.slice(path.lastIndexOf('/') + 1), data: new Uint8Array(await res.arrayBuffer()) });
  }
  return out;
}
