import { create } from 'zustand';
import type { Project } from '../../shared/model/project';
import type { Text } from '../../shared/i18n/text';

export type Banner = { id: number; tone: 'error' | 'warning' | 'info' | 'success'; code?: string; message: Text };

type ProjectState = {
  /** null until something was imported (or while the autosave is read at start). */
  project: Project | null;
  booted: boolean;
  banners: Banner[];
  setProject(p: Project): void;
  setBooted(): void;
  pushBanner(b: Omit<Banner, 'id'>): void;
  dismissBanner(id: number): void;
};

let nextId = 1;

export const useProjectStore = create<ProjectState>()((set) => ({
  project: null,
  booted: false,
  banners: [],
  setProject: (project) => set({ project }),
  setBooted: () => set({ booted: true }),
  pushBanner: (b) => set((s) => ({ banners: [...s.banners.filter((x) => x.code !== b.code || !b.code), { ...b, id: nextId++ }].slice(-4) })),
  dismissBanner: (id) => set((s) => ({ banners: s.banners.filter((b) => b.id !== id) })),
}));
