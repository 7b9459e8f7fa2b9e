import type { MenuItemConstructorOptions } from 'electron';
import { t, type Lang } from '../shared/i18n';
import type { MenuCommand } from '../shared/ipc';

/** The application menu as data (built into a native Menu by main.ts). Labels come from the UI dictionary. */
export function menuTemplate(lang: Lang, send: (cmd: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: t(lang, 'ui.menu.file'),
    submenu: [
      { label: t(lang, 'ui.menu.projectOpen'), accelerator: 'CmdOrCtrl+Shift+O', click: () => send('projectOpen') },
      { label: t(lang, 'ui.menu.projectSave'), accelerator: 'CmdOrCtrl+S', click: () => send('projectSave') },
      { label: t(lang, 'ui.menu.projectSaveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => send('projectSaveAs') },
      { type: 'separator' },
      { label: t(lang, 'ui.menu.open'), accelerator: 'CmdOrCtrl+O', click: () => send('open') },
      { label: t(lang, 'ui.menu.loadDemo'), click: () => send('loadDemo') },
      { label: t(lang, 'ui.menu.export'), accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: t(lang, 'ui.menu.quit') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t(lang, 'ui.menu.view'),
    submenu: [
      { label: t(lang, 'lang.vi'), click: () => send('langVi') },
      { label: t(lang, 'lang.en'), click: () => send('langEn') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t(lang, 'ui.menu.edit'),
    // Undo/redo go to the renderer: decisions of the project there, the text of a focused field otherwise.
    submenu: [
      { label: t(lang, 'ui.menu.undo'), accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      { label: t(lang, 'ui.menu.redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
      { type: 'separator' },       { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const items: MenuItemConstructorOptions[] = [file, edit, view];
  if (isMac) items.unshift({ role: 'appMenu' });
  return items;
}
