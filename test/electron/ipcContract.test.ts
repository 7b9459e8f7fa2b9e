import { describe, expect, it } from 'vitest';
import {
  IPC_CHANNELS,
  IPC_PREFIX,
  IPC_VALIDATORS,
  isAppUrl,
  isSafeFileName,
  validateAutosaveWrite,
  validateOpenExternal,
  validateOpenFiles,
  validateSaveFile,
  validateSaveFiles,
} from '../../shared/ipc';

describe('IPC contract', () => {
  it('prefixes every channel and has one validator per channel', () => {
    for (const c of IPC_CHANNELS) expect(c.startsWith(IPC_PREFIX)).toBe(true);
    expect(Object.keys(IPC_VALIDATORS).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('accepts only single, harmless file names', () => {
    for (const ok of ['plan.pdf', 'vm2pve-Cty ABC-vi.xlsx', 'Kế hoạch.md']) expect(isSafeFileName(ok), ok).toBe(true);
    for (const bad of ['', '..', '.bashrc', '../x.pdf', 'a/b.pdf', 'a\\b.pdf', 'C:evil', 'x\u0000.pdf', 'a'.repeat(201), 42, null]) {
      expect(isSafeFileName(bad), String(bad)).toBe(false);
    }
  });

  it('rejects malformed open/save payloads with a coded bilingual error', () => {
    const cases: [string, unknown, (p: unknown) => { ok: boolean }][] = [
      ['open: not an object', 'x', validateOpenFiles],
      ['open: unknown kind', { kind: 'exe', multiple: true }, validateOpenFiles],
      ['open: multiple missing', { kind: 'inventory' }, validateOpenFiles],
      ['save: data is a string', { kind: 'pdf', suggestedName: 'a.pdf', data: 'x' }, validateSaveFile],
      ['save: traversal name', { kind: 'pdf', suggestedName: '../../a.pdf', data: new Uint8Array(1) }, validateSaveFile],
      ['save: unknown kind', { kind: 'sh', suggestedName: 'a.sh', data: new Uint8Array(1) }, validateSaveFile],
      ['saveFiles: empty', { files: [] }, validateSaveFiles],
      ['saveFiles: duplicate names', { files: [{ name: 'a.md', data: new Uint8Array(1) }, { name: 'A.md', data: new Uint8Array(1) }] }, validateSaveFiles],
      ['saveFiles: bad entry', { files: [{ name: 'a/b.md', data: new Uint8Array(1) }] }, validateSaveFiles],
      ['autosave: not JSON', { json: '{nope' }, validateAutosaveWrite],
    ];
    for (const [name, payload, v] of cases) {
      const r = v(payload) as { ok: boolean; error?: { code: string; message: { vi: string; en: string } } };
      expect(r.ok, name).toBe(false);
      expect(r.error?.code, name).toBe('IPC_BAD_PAYLOAD');
      expect(r.error?.message.vi.length, name).toBeGreaterThan(10);
      expect(r.error?.message.en.length, name).toBeGreaterThan(10);
    }
    expect(validateSaveFile({ kind: 'pdf', suggestedName: 'a.pdf', data: new Uint8Array([37, 80]) }).ok).toBe(true);
  });

  it('opens only https links on the documentation allow-list', () => {
    expect(validateOpenExternal({ url: 'https://pve.proxmox.com/wiki/High_Availability' }).ok).toBe(true);
    for (const url of [
      'http://pve.proxmox.com/wiki/',
      'https://pve.proxmox.com.evil.example/',
      'https://user:pw@pve.proxmox.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://example.com/',
      'not a url',
    ]) {
      expect(validateOpenExternal({ url }).ok, url).toBe(false);
    }
  });

  it('recognises only the app origin as a trusted sender', () => {
    expect(isAppUrl('app://vm2pve/index.html')).toBe(true);
    for (const u of ['file:///tmp/index.html', 'https://vm2pve/', 'app://other/index.html', 'app://vm2pve.evil/', '', null, undefined]) {
      expect(isAppUrl(u), String(u)).toBe(false);
    }
  });
});
