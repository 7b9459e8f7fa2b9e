import type { Vm2pveBridge } from '../../shared/ipc';
import type { Platform } from './platform';
import { projectFileName } from './projectFileName';

/** The Electron implementation: every call goes through the narrow preload bridge. */
export function electronPlatform(bridge: Vm2pveBridge): Platform {
  return {
    kind: 'electron',
    async openFiles(kind, multiple) {
      const r = await bridge.invoke('vm2pve:openFiles', { kind, multiple });
      if (!r.ok) return r;
      return { ok: true, value: r.value.canceled ? null : r.value.files };
    },
    async saveFile(kind, name, data) {
      const r = await bridge.invoke('vm2pve:saveFile', { kind, suggestedName: name, data });
      if (!r.ok) return r;
      return { ok: true, value: r.value.canceled ? null : r.value.path };
    },
    async saveFiles(files) {
      const r = await bridge.invoke('vm2pve:saveFiles', { files });
      if (!r.ok) return r;
      return { ok: true, value: r.value.canceled ? null : r.value.paths };
    },
    async loadAutosave() {
      const r = await bridge.invoke('vm2pve:autosaveRead', null);
      if (!r.ok) return r;
      return { ok: true, value: { json: r.value.json, backup: r.value.backup } };
    },
    async saveAutosave(json) {
      const r = await bridge.invoke('vm2pve:autosaveWrite', { json });
      if (!r.ok) return r;
      return { ok: true, value: null };
    },
    async openProject() {
      const r = await bridge.invoke('vm2pve:projectOpen', null);
      if (!r.ok) return r;
      if (r.value.canceled) return { ok: true, value: null };
      return { ok: true, value: { ref: r.value.path, name: r.value.name, json: r.value.json, backup: r.value.backup } };
    },
    async saveProject({ ref, as, name, json }) {
      const r = await bridge.invoke('vm2pve:projectSave', { path: as ? null : ref, suggestedName: projectFileName(name), json });
      if (!r.ok) return r;
      return { ok: true, value: r.value.canceled ? null : { ref: r.value.path, name: r.value.name } };
    },
    async recentProjects() {
      const r = await bridge.invoke('vm2pve:projectRecent', null);
      if (!r.ok) return r;
      return { ok: true, value: r.value.items.map((e) => ({ ref: e.path, name: e.name, at: e.at })) };
    },
    async openRecent(ref) {
      const r = await bridge.invoke('vm2pve:projectOpenRecent', { path: ref });
      if (!r.ok) return r;
      return { ok: true, value: { ref: r.value.path, name: r.value.name, json: r.value.json, backup: r.value.backup } };
    },
    async openExternal(url) {
      await bridge.invoke('vm2pve:openExternal', { url });
    },
    onMenu(listener) {
      return bridge.onMenu(listener);
    },
  };
}
