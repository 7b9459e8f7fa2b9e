import { ipcError, validateOpenExternal, type FileData, type OpenKind, type SaveKind } from '../../shared/ipc';
import type { Platform } from './platform';

const ACCEPT: Record<OpenKind, string> = { inventory: '.xlsx,.csv', project: '.json' };
const MIME: Record<SaveKind, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json',
  project: 'application/json',
  zip: 'application/zip',
};

export async function readBrowserFiles(list: FileList | readonly File[]): Promise<FileData[]> {
  const out: FileData[] = [];
  for (const f of Array.from(list)) out.push({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) });
  return out;
}

function pickFiles(kind: OpenKind, multiple: boolean): Promise<FileList | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.multiple = multiple;
    input.style.display = 'none';
    let settled = false;
    const done = (v: FileList | null): void => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(v);
    };
    input.addEventListener('change', () => done(input.files && input.files.length > 0 ? input.files : null));
    input.addEventListener('cancel', () => done(null));
    document.body.append(input);
    input.click();
  });
}

export function mimeFor(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'pdf') return MIME.pdf;
  if (ext === 'xlsx') return MIME.xlsx;
  if (ext === 'md') return MIME.md;
  if (ext === 'json') return MIME.json;
  return 'application/octet-stream';
}

function download(name: string, data: Uint8Array, type: string): void {
  const blob = new Blob([data.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ----- autosave in IndexedDB (projects can exceed localStorage's few MiB) -------------------------------
const DB = 'vm2pve';
const STORE = 'autosave';
const KEY = 'project';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB open failed'));
  });
}

async function idb<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('indexedDB aborted'));
    });
  } finally {
    db.close();
  }
}

export function webPlatform(): Platform {
  return {
    kind: 'web',
    async openFiles(kind, multiple) {
      const list = await pickFiles(kind, multiple);
      if (!list) return { ok: true, value: null };
      try {
        return { ok: true, value: await readBrowserFiles(list) };
      } catch {
        return { ok: false, error: ipcError('IO_READ_FAILED', 'Trình duyệt không đọc được tệp đã chọn.', 'The browser could not read the selected file.') };
      }
    },
    async saveFile(kind, name, data) {
      download(name, data, MIME[kind]);
      return { ok: true, value: name };
    },
    async saveFiles(files) {
      for (const f of files) download(f.name, f.data, mimeFor(f.name));
      return { ok: true, value: files.map((f) => f.name) };
    },
    async loadAutosave() {
      try {
        const v = await idb<unknown>('readonly', (s) => s.get(KEY));
        return { ok: true, value: typeof v === 'string' ? v : null };
      } catch {
        return { ok: true, value: null };
      }
    },
    async saveAutosave(json) {
      try {
        await idb('readwrite', (s) => s.put(json, KEY));
        return { ok: true, value: null };
      } catch {
        return { ok: false, error: ipcError('IO_AUTOSAVE_FAILED', 'Trình duyệt không cho lưu dự án (bộ nhớ đầy hoặc bị chặn).', 'The browser refused to store the project (quota or privacy settings).') };
      }
    },
    async openExternal(url) {
      if (validateOpenExternal({ url }).ok) window.open(url, '_blank', 'noopener,noreferrer');
    },
    onMenu() {
      return () => undefined;
    },
  };
}
