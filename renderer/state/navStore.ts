import { create } from 'zustand';

export type Step = 'import' | 'inventory' | 'mapping' | 'readiness' | 'design' | 'ha' | 'simulate' | 'cost' | 'waves' | 'checklists' | 'export';
export const STEPS: readonly Step[] = ['import', 'inventory', 'mapping', 'readiness', 'design', 'ha', 'simulate', 'cost', 'waves', 'checklists', 'export'];

export const useNavStore = create<{ step: Step; go(step: Step): void }>()((set) => ({
  step: 'import',
  go: (step) => set({ step }),
}));
