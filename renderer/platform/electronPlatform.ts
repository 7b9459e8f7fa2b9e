import type { Vm2pveBridge } from '../../shared/ipc';
import type { Platform } from './platform';

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
      return { ok: true, value: r.value.json };
    },
    async saveAutosave(json) {
      const r = await bridge.invoke('vm2pve:autosaveWrite', { json });
      if (!r.ok) return r;
      return { ok: true, value: null };
    },
    async openExternal(url) {
      await bridge.invoke('vm2pve:openExternal', { url });
    },
    onMenu(listener) {
      return bridge.onMenu(listener);
    },
  };
}
