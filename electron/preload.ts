import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, MENU_CHANNEL, MENU_COMMANDS, type MenuCommand, type Vm2pveBridge } from '../shared/ipc';

/**
 * The preload exposes ONE narrow object, `window.vm2pve`: typed invoke over the channels of the contract
 * (nothing else can be reached) and a listener for menu commands.
 */
const bridge: Vm2pveBridge = {
  invoke(channel, req) {
    if (!IPC_CHANNELS.includes(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, req);
  },
  onMenu(listener) {
    const wrapped = (_e: unknown, cmd: unknown): void => {
      if (MENU_COMMANDS.includes(cmd as MenuCommand)) listener(cmd as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('vm2pve', bridge);
