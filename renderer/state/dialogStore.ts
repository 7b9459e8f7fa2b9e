import { create } from 'zustand';
import type { ReimportReport } from '../../shared/model/reimport';
import type { ProjectEntry } from '../platform/platform';

export type ImportChoice = 'update' | 'new' | 'cancel';
export type ReplaceChoice = 'replace' | 'cancel';

/** The one modal dialog shown at a time (project questions and reports). */
export type Dialog =
  | { kind: 'importChoice'; projectName: string; decisions: number; resolve(c: ImportChoice): void }
  | { kind: 'replace'; projectName: string; decisions: number; resolve(c: ReplaceChoice): void }
  | { kind: 'changeReport'; report: ReimportReport }
  | { kind: 'recent'; items: ProjectEntry[] };

export const useDialogStore = create<{ dialog: Dialog | null }>()(() => ({ dialog: null }));

export function closeDialog(): void {
  const d = useDialogStore.getState().dialog;
  if (d?.kind === 'importChoice') d.resolve('cancel');
  if (d?.kind === 'replace') d.resolve('cancel');
  useDialogStore.setState({ dialog: null });
}

/** Importing into an open project: update it (keep every decision) or start a new project? */
export function askImportChoice(projectName: string, decisions: number): Promise<ImportChoice> {
  return new Promise((resolve) => {
    useDialogStore.setState({
      dialog: {
        kind: 'importChoice',
        projectName,
        decisions,
        resolve: (c) => {
          useDialogStore.setState({ dialog: null });
          resolve(c);
        },
      },
    });
  });
}

/** Replacing the open project (the demo estate): go on or not? */
export function askReplace(projectName: string, decisions: number): Promise<ReplaceChoice> {
  return new Promise((resolve) => {
    useDialogStore.setState({
      dialog: {
        kind: 'replace',
        projectName,
        decisions,
        resolve: (c) => {
          useDialogStore.setState({ dialog: null });
          resolve(c);
        },
      },
    });
  });
}

export function showChangeReport(report: ReimportReport): void {
  useDialogStore.setState({ dialog: { kind: 'changeReport', report } });
}

export function showRecent(items: ProjectEntry[]): void {
  useDialogStore.setState({ dialog: { kind: 'recent', items } });
}
