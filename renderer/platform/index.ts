import type { Vm2pveBridge } from '../../shared/ipc';
import { electronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { webPlatform } from './webPlatform';

export type { Platform } from './platform';

declare global {
  interface Window {
    vm2pve?: Vm2pveBridge;
  }
}

let current: Platform | null = null;

/** The platform for this run: Electron when the preload bridge is present, else the browser. */
export function platform(): Platform {
  if (!current) current = window.vm2pve ? electronPlatform(window.vm2pve) : webPlatform();
  return current;
}
