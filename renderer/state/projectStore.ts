import { create } from 'zustand';
import type { Project } from '../../shared/model/project';
import type { Text } from '../../shared/i18n/text';

export type Banner = { id: number; tone: 'error' | 'warning' | 'info' | 'success'; code?: string; message: Text };

/** Where the open project is saved: a file (desktop: its path), a named project in the browser (`browser:<id>`). */
export type ProjectRef = { ref: string; name: string };

/** Most steps kept for undo. */
export const UNDO_LIMIT = 200;

type ProjectState = {
  /** null until something was imported (or while the autosave is read at start). */
  project: Project | null;
  /** Earlier states of the open project (undo), newest last; later ones (redo), newest last. */
  past: Project[];
  future: Project[];
  /** Where the project was last saved or opened from (Save writes there). */
  ref: ProjectRef | null;
  booted: boolean;
  banners: Banner[];
  /** Open another project (new import, open, demo): the undo history starts again. */
  setProject(p: Project, ref?: ProjectRef | null): void;
  /** A change of the open project (a decision, an assumption, a re-import): one undo step. */
  commit(p: Project): void;
  undo(): boolean;
  redo(): boolean;
  setRef(ref: ProjectRef | null): void;
  setBooted(): void;
  pushBanner(b: Omit<Banner, 'id'>): void;
  dismissBanner(id: number): void;
};

let nextId = 1;

export const useProjectStore = create<ProjectState>()((set, get) => ({
  project: null,
  past: [],
  future: [],
  ref: null,
  booted: false,
  banners: [],
  setProject: (project, ref = null) => set({ project, past: [], future: [], ref }),
  commit: (next) =>
    set((s) => {
      if (!s.project || next === s.project) return { project: next };
      return { project: next, past: [...s.past, s.project].slice(-UNDO_LIMIT), future: [] };
    }),
  undo: () => {
    const s = get();
    const prev = s.past[s.past.length - 1];
    if (!prev || !s.project) return false;
    set({ project: prev, past: s.past.slice(0, -1), future: [...s.future, s.project] });
    return true;
  },
  redo: () => {
    const s = get();
    const next = s.future[s.future.length - 1];
    if (!next || !s.project) return false;
    set({ project: next, future: s.future.slice(0, -1), past: [...s.past, s.project] });
    return true;
  },
  setRef: (ref) => set({ ref }),
  setBooted: () => set({ booted: true }),
  pushBanner: (b) => set((s) => ({ banners: [...s.banners.filter((x) => x.code !== b.code || !b.code), { ...b, id: nextId++ }].slice(-4) })),
  dismissBanner: (id) => set((s) => ({ banners: s.banners.filter((b) => b.id !== id) })),
}));
