import { create } from 'zustand';
import type { PseudonymEntry } from '../../shared/import';

type AnonymiseState = {
  /** Anonymise the next import before it becomes the project. */
  on: boolean;
  /** The private pseudonym map of the last anonymised import (memory only: never autosaved). */
  map: PseudonymEntry[] | null;
  /** `meta.createdAt` of the project the map belongs to. */
  projectCreatedAt: string | null;
};

/** The anonymise-on-import choice and the map of the last anonymised import. */
export const useAnonymiseStore = create<AnonymiseState>()(() => ({ on: false, map: null, projectCreatedAt: null }));
