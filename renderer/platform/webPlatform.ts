import { ipcError, validateOpenExternal, type FileData, type OpenKind, type SaveKind } from '../../shared/ipc';
import type { Platform, ProjectEntry } from './platform';
import { projectFileName } from './projectFileName';

const ACCEPT: Record<OpenKind, string> = { inventory: '.xlsx,.csv', project: '.json,.vm2pve.json' };
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

// ----- autosave and named projects in IndexedDB (projects can exceed localStorage's few MiB) ------------
const DB = 'vm2pve';
const STORE = 'autosave';
const KEY = 'project';
const BACKUP_KEY = 'project.bak';
/** Named projects kept in this browser: `{ id, name, at, json }` by project id. */
const PROJECTS = 'projects';
type StoredProject = { id: string; name: string; at: string; json: string; backup?: string };

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      if (!db.objectStoreNames.contains(PROJECTS)) db.createObjectStore(PROJECTS, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB open failed'));
  });
}

async function idb<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>, store = STORE): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const req = fn(tx.objectStore(store));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('indexedDB aborted'));
    });
  } finally {
    db.close();
  }
}

const storeFailed = () =>
  ({
    ok: false,
    error: ipcError('IO_AUTOSAVE_FAILED', 'Trình duyệt không cho lưu dự án (bộ nhớ đầy hoặc bị chặn).', 'The browser refused to store the project (quota or privacy settings).'),
  }) as const;

const BROWSER_REF = 'browser:';

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
        const b = await idb<unknown>('readonly', (s) => s.get(BACKUP_KEY));
        return { ok: true, value: { json: typeof v === 'string' ? v : null, backup: typeof b === 'string' ? b : null } };
      } catch {
        return { ok: true, value: { json: null, backup: null } };
      }
    },
    async saveAutosave(json) {
      try {
        // The previous autosave is kept as the backup (one generation), like the desktop's .bak.
        const prev = await idb<unknown>('readonly', (s) => s.get(KEY));
        if (typeof prev === 'string') await idb('readwrite', (s) => s.put(prev, BACKUP_KEY));
        await idb('readwrite', (s) => s.put(json, KEY));
        return { ok: true, value: null };
      } catch {
        return storeFailed();
      }
    },
    async openProject() {
      const list = await pickFiles('project', false);
      const f = list?.[0];
      if (!f) return { ok: true, value: null };
      try {
        return { ok: true, value: { ref: `file:${f.name}`, name: f.name, json: await f.text(), backup: null } };
      } catch {
        return { ok: false, error: ipcError('IO_READ_FAILED', 'Trình duyệt không đọc được tệp đã chọn.', 'The browser could not read the selected file.') };
      }
    },
    async saveProject({ ref, as, id, name, json }) {
      if (as) {
        const file = projectFileName(name);
        download(file, new TextEncoder().encode(json), 'application/json');
        return { ok: true, value: { ref: `file:${file}`, name: file } };
      }
      // Save: a named project in this browser, by project id (a file opened here is stored the same way).
      const key = ref?.startsWith(BROWSER_REF) ? ref.slice(BROWSER_REF.length) : id;
      try {
        const prev = await idb<StoredProject | undefined>('readonly', (s) => s.get(key) as IDBRequest<StoredProject | undefined>, PROJECTS);
        const entry: StoredProject = { id: key, name, at: new Date().toISOString(), json, ...(prev ? { backup: prev.json } : {}) };
        await idb('readwrite', (s) => s.put(entry), PROJECTS);
        return { ok: true, value: { ref: `${BROWSER_REF}${key}`, name } };
      } catch {
        return storeFailed();
      }
    },
    async recentProjects() {
      try {
        const all = await idb<StoredProject[]>('readonly', (s) => s.getAll() as IDBRequest<StoredProject[]>, PROJECTS);
        const items: ProjectEntry[] = all.map((p) => ({ ref: `${BROWSER_REF}${p.id}`, name: p.name, at: p.at }));
        return { ok: true, value: items.sort((a, b) => b.at.localeCompare(a.at)) };
      } catch {
        return { ok: true, value: [] };
      }
    },
    async openRecent(ref) {
      const key = ref.startsWith(BROWSER_REF) ? ref.slice(BROWSER_REF.length) : ref;
      try {
        const p = await idb<StoredProject | undefined>('readonly', (s) => s.get(key) as IDBRequest<StoredProject | undefined>, PROJECTS);
        if (!p) return { ok: false, error: ipcError('IO_NOT_A_FILE', 'Không tìm thấy dự án trong trình duyệt.', 'The project is not stored in this browser.') };
        return { ok: true, value: { ref, name: p.name, json: p.json, backup: p.backup ?? null } };
      } catch {
        return { ok: false, error: ipcError('IO_READ_FAILED', 'Trình duyệt không đọc được dự án đã lưu.', 'The browser could not read the stored project.') };
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
