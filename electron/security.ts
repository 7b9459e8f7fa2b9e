import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isAppUrl, validateOpenExternal } from '../shared/ipc';

/** The web contents events the policy hooks (Electron's WebContents provides them). */
export type ContentsLike = {
  on(event: 'will-navigate' | 'will-redirect', listener: (e: { preventDefault(): void; url: string }) => void): void;
  on(event: 'will-attach-webview', listener: (e: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export type SessionLike = {
  setPermissionRequestHandler(h: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(h: () => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
};

/** Navigation is allowed only inside our own app origin (the single page never navigates away). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** External links go to the system browser only when they are https documentation links on the allow-list. */
export function externalLinkTarget(url: string): string | null {
  const v = validateOpenExternal({ url });
  return v.ok ? v.value.url : null;
}

export function withCsp(headers: Record<string, string[] | string> | undefined): Record<string, string[] | string> {
  const out: Record<string, string[] | string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
}

export function hardenContents(contents: ContentsLike, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (e) => {
    if (!isAllowedNavigation(e.url)) e.preventDefault();
  });
  contents.on('will-redirect', (e) => {
    if (!isAllowedNavigation(e.url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) openExternal(target);
    return { action: 'deny' };
  });
}

export const START_URL = `${APP_ORIGIN}/index.html`;
