import { resolveAssumptions } from '../../shared/model/assumptions';
import { resolveDecisions } from '../../shared/model/decisions';
import { PROJECT_SCHEMA_VERSION, type Project } from '../../shared/model/project';

/** Pure helpers for project naming and the autosave file (no store, no platform). */

/** The project is named after the first workbook (or the first file when there is none). */
export function projectName(files: readonly { name: string }[]): string {
  const first = files.find((f) => /\.xlsx$/i.test(f.name)) ?? files[0];
  return (first?.name ?? 'vm2pve').replace(/\.(xlsx|xls|csv|zip)$/i, '');
}

/** A file-name stem for exports: ASCII letters, digits, dot, dash, underscore (Vietnamese diacritics folded). */
export function safeBaseName(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return `vm2pve-${cleaned || 'plan'}`.slice(0, 120);
}

export type AutosaveParse = { ok: true; project: Project } | { ok: false; newer?: number };

/**
 * Structural check of an autosaved project before it is opened. A file from a newer schema is refused
 * (reported with its version) rather than opened and truncated.
 */
export function parseAutosave(json: string): AutosaveParse {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return { ok: false };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false };
  const p = v as Partial<Project>;
  if (typeof p.schemaVersion !== 'number' || !Number.isInteger(p.schemaVersion) || p.schemaVersion < 1) return { ok: false };
  if (p.schemaVersion > PROJECT_SCHEMA_VERSION) return { ok: false, newer: p.schemaVersion };
  const inv = p.inventory;
  if (!p.meta || typeof p.meta.name !== 'string' || !inv || !Array.isArray(inv.vms) || !Array.isArray(inv.hosts) || !Array.isArray(inv.clusters) || !Array.isArray(inv.sources)) {
    return { ok: false };
  }
  if (!p.assumptions || typeof p.assumptions !== 'object' || !p.decisions || typeof p.decisions !== 'object') return { ok: false };
  // Decisions and assumptions through their one reader: typed, checked, defaults filled, unknown keys kept.
  return { ok: true, project: { ...(p as Project), decisions: resolveDecisions(p.decisions), assumptions: resolveAssumptions(p.assumptions) } };
}
