import { t, tt, type TKey } from '../i18n';
import { REPORT_LANGS, type Params, type Text } from '../i18n/text';
import { readAssumptions } from './assumptions';
import { readDecisions } from './decisions';
import { PROJECT_KIND, PROJECT_SCHEMA_VERSION, projectId, type Project } from './project';
import { isRecord, shown, type ReadFinding } from './readFinding';

/**
 * Restore-on-open: the one way a project file (`*.vm2pve.json`), an autosave or a project kept in the
 * browser becomes a `Project`. Untrusted text goes through four stages:
 *
 * 1. parse — not JSON, or JSON cut short (a truncated file), is a coded error;
 * 2. identify — an object with an integer `schemaVersion`; a version above this build's is refused (the
 *    caller must never write over such a file), a version-2+ file must say `kind: "vm2pve.project"`;
 * 3. migrate — the steps of `MIGRATIONS` run in order, each from one version to the next. Every step is a
 *    pure function tested on a file written by the version before it;
 * 4. validate — the whole structure, deeply: meta, every inventory record, the import report; decisions and
 *    assumptions through their own readers (a bad value there is dropped with a finding, the file still
 *    opens). The first structural error is returned with the path of the value.
 *
 * Fields this version does not know — at the top, in `meta`, in inventory records, in decisions and
 * assumptions — are kept as they are, so a round trip through this version loses nothing.
 */

export type RestoreCode =
  | 'PROJECT_EMPTY'
  | 'PROJECT_NOT_JSON'
  | 'PROJECT_TRUNCATED'
  | 'PROJECT_NOT_A_PROJECT'
  | 'PROJECT_BAD_VERSION'
  | 'PROJECT_NEWER_VERSION'
  | 'PROJECT_INVALID';

export type RestoreError = { code: RestoreCode; message: Text; path?: string };

export type RestoreOk = {
  ok: true;
  project: Project;
  /** The schema version the text was written with. */
  fromVersion: number;
  /** Migration steps applied (`1→2`, …); empty for a file of this version. */
  migrations: string[];
  /** Values the decisions/assumptions readers dropped or clamped. */
  findings: ReadFinding[];
};
export type RestoreResult = RestoreOk | { ok: false; error: RestoreError; /** set for PROJECT_NEWER_VERSION */ newer?: number };

type Raw = Record<string, unknown>;

/** One migration step: pure, from `from` to `from + 1`, the input is never changed. */
export type MigrationStep = { from: number; to: number; what: string; migrate(raw: Raw): Raw };

/**
 * The table of migration steps, oldest first. A new schema version adds one step here and a test that
 * opens a file written by the version before it (test/fixtures/projects/).
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 1,
    to: 2,
    what: 'kind marker and a stable project id',
    migrate(raw) {
      const meta = isRecord(raw.meta) ? raw.meta : {};
      const name = typeof meta.name === 'string' ? meta.name : '';
      const createdAt = typeof meta.createdAt === 'string' ? meta.createdAt : '';
      const { schemaVersion: _v, ...rest } = raw;
      return { kind: PROJECT_KIND, schemaVersion: 2, ...rest, meta: { id: projectId(name, createdAt), ...meta } };
    },
  },
];

const err = (code: RestoreCode, key: TKey, params?: Params, path?: string): { ok: false; error: RestoreError } => ({
  ok: false,
  error: { code, message: tt(key, params), ...(path ? { path } : {}) },
});

/** JSON that ends before its last value closes: a file cut short by a crash or a full disk. */
function looksTruncated(text: string, e: unknown): boolean {
  const msg = e instanceof Error ? e.message : '';
  if (/end of (JSON )?input/i.test(msg)) return true;
  const at = /at position (\d+)/.exec(msg);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

// ----- deep validation ----------------------------------------------------------------------------------

class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly value: unknown,
    readonly expected: Text,
  ) {
    super(path);
  }
}

const EXPECT = {
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một danh sách', en: 'a list' },
  string: { vi: 'một chuỗi', en: 'a string' },
  nonEmpty: { vi: 'một chuỗi không rỗng', en: 'a non-empty string' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  unique: { vi: 'một khóa không trùng', en: 'a unique key' },
  lang: { vi: `một trong ${REPORT_LANGS.join(', ')}`, en: `one of ${REPORT_LANGS.join(', ')}` },
} satisfies Record<string, Text>;

function obj(v: unknown, path: string): Raw {
  if (!isRecord(v)) throw new Invalid(path, v, EXPECT.object);
  return v;
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(path, v, EXPECT.array);
  return v;
}
function str(o: Raw, k: string, path: string, required = false): void {
  const v = o[k];
  if (v === undefined && !required) return;
  if (typeof v !== 'string') throw new Invalid(`${path}.${k}`, v, EXPECT.string);
  if (required && v.length === 0 && k === 'key') throw new Invalid(`${path}.${k}`, v, EXPECT.nonEmpty);
}
function num(o: Raw, k: string, path: string): void {
  const v = o[k];
  if (v === undefined || v === null) return;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(`${path}.${k}`, v, EXPECT.number);
}
function bool(o: Raw, k: string, path: string, required = false): void {
  const v = o[k];
  if (v === undefined && !required) return;
  if (typeof v !== 'boolean') throw new Invalid(`${path}.${k}`, v, EXPECT.boolean);
}
function strings(o: Raw, k: string, path: string, required = false): void {
  const v = o[k];
  if (v === undefined && !required) return;
  arr(v, `${path}.${k}`).forEach((x, i) => {
    if (typeof x !== 'string') throw new Invalid(`${path}.${k}[${i}]`, x, EXPECT.string);
  });
}
function objects(o: Raw, k: string, path: string, each: (x: Raw, p: string) => void, required = false): void {
  const v = o[k];
  if (v === undefined && !required) return;
  arr(v, `${path}.${k}`).forEach((x, i) => each(obj(x, `${path}.${k}[${i}]`), `${path}.${k}[${i}]`));
}
/** Every listed field, when present, has the type the model says. */
function fields(o: Raw, path: string, spec: { s?: string[]; n?: string[]; b?: string[]; req?: string[] }): void {
  for (const k of spec.req ?? []) str(o, k, path, true);
  for (const k of spec.s ?? []) str(o, k, path);
  for (const k of spec.n ?? []) num(o, k, path);
  for (const k of spec.b ?? []) bool(o, k, path);
}

function origin(o: Raw, path: string): void {
  if (o.origin === undefined) return;
  const x = obj(o.origin, `${path}.origin`);
  fields(x, `${path}.origin`, { s: ['file', 'sheet'], n: ['row'] });
}

function validateVm(v: Raw, p: string): void {
  fields(v, p, {
    req: ['key', 'name', 'source'],
    s: ['uuid', 'biosUuid', 'moref', 'datacenter', 'cluster', 'host', 'folder', 'resourcePool', 'powerState', 'osConfig', 'osTools', 'firmware', 'dnsName', 'primaryIp', 'annotation', 'path'],
    n: ['cpus', 'sockets', 'coresPerSocket', 'memoryMiB', 'memoryReservationMiB', 'cpuReservationMHz', 'nicCount', 'diskCount', 'totalDiskCapacityMiB', 'provisionedMiB', 'inUseMiB', 'hwVersion'],
    b: ['template', 'srmPlaceholder', 'cpuHotAdd', 'memoryHotAdd', 'secureBoot', 'cbt', 'enableUuid'],
  });
  bool(v, 'template', p, true);
  bool(v, 'srmPlaceholder', p, true);
  strings(v, 'networks', p, true);
  if (v.attributes !== undefined) {
    const a = obj(v.attributes, `${p}.attributes`);
    for (const [k, x] of Object.entries(a)) if (typeof x !== 'string') throw new Invalid(`${p}.attributes[${JSON.stringify(k)}]`, x, EXPECT.string);
  }
  objects(v, 'disks', p, (d, dp) => {
    fields(d, dp, { s: ['datastore', 'path', 'controller', 'mode'], n: ['capacityMiB', 'unitNumber'], b: ['thin', 'raw'] });
    str(d, 'label', dp, true);
    origin(d, dp);
  }, true);
  objects(v, 'nics', p, (n, np) => {
    fields(n, np, { s: ['adapter', 'network', 'switchName', 'mac'], b: ['connected', 'startsConnected'] });
    str(n, 'label', np, true);
  }, true);
  for (const k of ['cdDrives', 'usbDevices', 'snapshots', 'partitions']) objects(v, k, p, () => undefined);
  origin(v, p);
}

const INVENTORY_LISTS: Record<string, ((x: Raw, p: string) => void) | null> = {
  sources: (s, p) => {
    fields(s, p, { req: ['key', 'kind'], s: ['server', 'uuid', 'fullName', 'version', 'exportedAt'] });
    strings(s, 'files', p, true);
    strings(s, 'tabs', p, true);
  },
  vms: validateVm,
  hosts: (h, p) => {
    fields(h, p, { req: ['key', 'name', 'source'], s: ['cluster', 'datacenter', 'cpuModel'], n: ['cpuMHz', 'sockets', 'coresPerSocket', 'cores', 'threads', 'memoryMiB'] });
    origin(h, p);
  },
  clusters: (c, p) => fields(c, p, { req: ['key', 'name', 'source'], n: ['numHosts', 'totalMemoryMiB'], b: ['haEnabled', 'drsEnabled'] }),
  datastores: (d, p) => {
    fields(d, p, { req: ['key', 'name', 'source'], n: ['capacityMiB', 'freeMiB'] });
    strings(d, 'hosts', p);
  },
  portGroups: (g, p) => fields(g, p, { req: ['key', 'name', 'source'], n: ['vlan'] }),
  switches: (w, p) => fields(w, p, { req: ['key', 'name', 'source'], n: ['mtu'] }),
  vmkernels: (k, p) => fields(k, p, { req: ['host', 'source'] }),
  licenses: (l, p) => fields(l, p, { req: ['name', 'source'], n: ['total', 'used'] }),
  health: null,
  resourcePools: null,
  drsRules: (r, p) => fields(r, p, { req: ['kind', 'name', 'cluster'] }),
  drsGroups: (g, p) => {
    fields(g, p, { req: ['kind', 'name', 'cluster'] });
    strings(g, 'members', p, true);
  },
  haOverrides: (o, p) => fields(o, p, { req: ['vm'] }),
};
/** Lists every inventory must hold; the others are filled with [] when an older file lacks them. */
const REQUIRED_LISTS = new Set(['sources', 'vms', 'hosts', 'clusters']);

function validateInventory(raw: unknown): Raw {
  const inv = obj(raw, 'inventory');
  const out: Raw = { ...inv };
  for (const [k, each] of Object.entries(INVENTORY_LISTS)) {
    if (inv[k] === undefined && !REQUIRED_LISTS.has(k)) {
      out[k] = [];
      continue;
    }
    const list = arr(inv[k], `inventory.${k}`);
    list.forEach((x, i) => {
      const o = obj(x, `inventory.${k}[${i}]`);
      each?.(o, `inventory.${k}[${i}]`);
    });
  }
  const keys = new Set<string>();
  (inv.vms as Raw[]).forEach((v, i) => {
    const key = v.key as string;
    if (keys.has(key)) throw new Invalid(`inventory.vms[${i}].key`, key, EXPECT.unique);
    keys.add(key);
  });
  return out;
}

function validateMeta(raw: unknown): Raw {
  const m = obj(raw, 'meta');
  fields(m, 'meta', { req: ['name', 'createdAt', 'updatedAt'], s: ['id', 'customer', 'author'] });
  if (m.reportLang !== undefined && !(REPORT_LANGS as readonly unknown[]).includes(m.reportLang)) throw new Invalid('meta.reportLang', m.reportLang, EXPECT.lang);
  return m;
}

function validateImportReport(raw: unknown): void {
  if (raw === undefined) return;
  const r = obj(raw, 'importReport');
  objects(r, 'issues', 'importReport', (i, p) => fields(i, p, { req: ['code', 'severity'] }), true);
}

// ----- restore ------------------------------------------------------------------------------------------

/** Restore a project from untrusted text (or an already parsed value). Never throws. */
export function restoreProject(input: string | unknown): RestoreResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return err('PROJECT_EMPTY', 'project.restore.empty');
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return looksTruncated(input, e) ? err('PROJECT_TRUNCATED', 'project.restore.truncated') : err('PROJECT_NOT_JSON', 'project.restore.notJson');
    }
  }
  if (!isRecord(raw) || !('schemaVersion' in raw) || !('inventory' in raw || 'kind' in raw)) return err('PROJECT_NOT_A_PROJECT', 'project.restore.notProject');
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return err('PROJECT_BAD_VERSION', 'project.restore.badVersion', { value: shown(v) });
  if (v > PROJECT_SCHEMA_VERSION) return { ...err('PROJECT_NEWER_VERSION', 'project.restore.newer', { version: v, supported: PROJECT_SCHEMA_VERSION }), newer: v };
  if (v >= 2 && raw.kind !== PROJECT_KIND) return err('PROJECT_NOT_A_PROJECT', 'project.restore.notProject');

  let cur: Raw = raw;
  const migrations: string[] = [];
  for (let version = v; version < PROJECT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) return err('PROJECT_BAD_VERSION', 'project.restore.badVersion', { value: version });
    cur = step.migrate(cur);
    migrations.push(`${step.from}→${step.to}`);
  }

  try {
    const meta = validateMeta(cur.meta);
    const inventory = validateInventory(cur.inventory);
    validateImportReport(cur.importReport);
    const d = readDecisions(cur.decisions === undefined ? {} : cur.decisions);
    const a = readAssumptions(cur.assumptions === undefined ? {} : cur.assumptions);
    const project = { ...cur, kind: PROJECT_KIND, schemaVersion: PROJECT_SCHEMA_VERSION, meta, inventory, decisions: d.decisions, assumptions: a.assumptions } as unknown as Project;
    return { ok: true, project, fromVersion: v, migrations, findings: [...d.findings, ...a.findings] };
  } catch (e) {
    if (e instanceof Invalid) {
      const params = { path: e.path, value: shown(e.value) };
      const message = { vi: t('vi', 'project.restore.invalid', { ...params, expected: e.expected.vi }), en: t('en', 'project.restore.invalid', { ...params, expected: e.expected.en }) };
      return { ok: false, error: { code: 'PROJECT_INVALID', message, path: e.path } };
    }
    throw e;
  }
}

/** The file text of a project: `kind` and `schemaVersion` first (a reader can tell the version at a glance). */
export function serializeProject(p: Project): string {
  const { kind: _k, schemaVersion: _s, ...rest } = p as Project & { kind?: unknown };
  return JSON.stringify({ kind: PROJECT_KIND, schemaVersion: PROJECT_SCHEMA_VERSION, ...rest });
}

/**
 * The schema version a file says it has, read from its first bytes without parsing it all (`undefined`
 * when it cannot be told). Writers use it to refuse to overwrite a file of a newer version.
 */
export function peekSchemaVersion(text: string): number | undefined {
  // Written by serializeProject (or a version-1 writer): `schemaVersion` is the first or second key.
  const m = /^\s*\{\s*(?:"kind"\s*:\s*"[^"\\]*"\s*,\s*)?"schemaVersion"\s*:\s*(-?\d+)/.exec(text.slice(0, 256));
  if (m) return Number(m[1]);
  try {
    const v: unknown = JSON.parse(text);
    return isRecord(v) && typeof v.schemaVersion === 'number' ? v.schemaVersion : undefined;
  } catch {
    return undefined;
  }
}
