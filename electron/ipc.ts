import {
  IPC_CHANNELS,
  IPC_VALIDATORS,
  ipcError,
  isAppUrl,
  type IpcChannel,
  type IpcRequest,
  type IpcResult,
} from '../shared/ipc';
import type { Handlers } from './handlers';

/** The parts of an IPC invoke event the guard looks at (Electron's IpcMainInvokeEvent has them). */
export type InvokeEventLike = { senderFrame: { url: string } | null };

/** The part of Electron's ipcMain that registration uses. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

/**
 * One invoke: check the sender is our own app frame, validate the payload with the channel's validator,
 * run the handler, and turn any unexpected exception into a coded error (nothing crashes main).
 */
export async function dispatch<C extends IpcChannel>(
  handlers: Handlers,
  channel: C,
  event: InvokeEventLike,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  if (!isAppUrl(event.senderFrame?.url)) {
    return { ok: false, error: ipcError('IPC_FORBIDDEN_SENDER', 'Yêu cầu bị từ chối: không đến từ ứng dụng.', 'Request refused: it does not come from the app.') };
  }
  const validation = IPC_VALIDATORS[channel](payload);
  if (!validation.ok) return validation;
  const handler = handlers[channel] as (req: IpcRequest<C>) => Promise<IpcResult<unknown>>;
  try {
    return await handler(validation.value as IpcRequest<C>);
  } catch {
    return { ok: false, error: ipcError('IPC_HANDLER_FAILED', 'Lỗi nội bộ khi xử lý yêu cầu.', 'Internal error while handling the request.') };
  }
}

/** Register every channel of the contract exactly once. */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers): () => void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, payload) => dispatch(handlers, channel, event, payload));
  }
  return () => {
    for (const channel of IPC_CHANNELS) ipcMain.removeHandler(channel);
  };
}
