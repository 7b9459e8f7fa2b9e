import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeType, resolveAppPath } from '../../electron/protocol';
import { hardenContents, hardenSession, withCsp, type ContentsLike, type SessionLike } from '../../electron/security';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc';

type Listener = (e: { preventDefault(): void; url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: ContentsLike = {
    on(event: string, l: Listener) {
      listeners.set(event, l);
    },
    setWindowOpenHandler(h) {
      openHandler = h;
    },
  } as ContentsLike;
  const fire = (event: string, url = ''): boolean => {
    let prevented = false;
    listeners.get(event)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('Electron window policy', () => {
  it('blocks navigation away from the app, webviews, and every new window', () => {
    const opened: string[] = [];
    const f = fakeContents();
    hardenContents(f.contents, (u) => opened.push(u));
    expect(f.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(f.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-navigate', 'app://vm2pve/index.html')).toBe(false);
    expect(f.fire('will-attach-webview')).toBe(true);
    expect(f.open('https://pve.proxmox.com/wiki/High_Availability')).toEqual({ action: 'deny' });
    expect(f.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(f.open('http://pve.proxmox.com/')).toEqual({ action: 'deny' });
    // Only the allow-listed https documentation link went to the system browser.
    expect(opened).toEqual(['https://pve.proxmox.com/wiki/High_Availability']);
  });

  it('denies every permission request and sets the CSP on every response', () => {
    type Hooks = {
      request?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
      check?: Parameters<SessionLike['setPermissionCheckHandler']>[0];
      headers?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0];
    };
    const hooks: Hooks = {};
    const session: SessionLike = {
      setPermissionRequestHandler: (h) => void (hooks.request = h),
      setPermissionCheckHandler: (h) => void (hooks.check = h),
      webRequest: { onHeadersReceived: (l) => void (hooks.headers = l) },
    };
    hardenSession(session);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      hooks.request?.(null, p, (g) => (granted = g));
      expect(granted, p).toBe(false);
    }
    expect(hooks.check?.()).toBe(false);
    let out: Record<string, string[] | string> = {};
    hooks.headers?.({ url: 'app://vm2pve/', responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(out['content-security-policy']).toBeUndefined();
    expect(out['Content-Type']).toEqual(['text/html']);
    expect(withCsp(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('has the CSP the product requires', () => {
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'", "worker-src 'self' blob:"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(d);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('app:// protocol path resolution', () => {
  it('serves files inside the renderer folder and refuses traversal', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-proto-'));
    try {
      fs.mkdirSync(path.join(root, 'assets'));
      fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
      expect(resolveAppPath(root, '/')).toBe(path.join(root, 'index.html'));
      expect(resolveAppPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
      expect(resolveAppPath(root, '/assets/b%C3%A1o%20c%C3%A1o.css')).toBe(path.join(root, 'assets', 'báo cáo.css'));
      for (const bad of ['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/%2e%2e%2fsecret', '/..%5csecret', '/a%00b', '/%E0%A4%A']) {
        expect(resolveAppPath(root, bad), bad).toBeNull();
      }
      expect(mimeType('x/app.js')).toBe('text/javascript; charset=utf-8');
      expect(mimeType('INDEX.HTML')).toBe('text/html; charset=utf-8');
      expect(mimeType('demo.xlsx')).toContain('spreadsheetml');
      expect(mimeType('file.unknown')).toBe('application/octet-stream');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
