import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockingFindings, scan } from '../../cli/securityScan.mjs';

const REPO = path.resolve(__dirname, '../..');

describe('Electronegativity scan (integration: runs the real scanner)', () => {
  it('finds no high or critical issue in the Electron main process and preload', () => {
    const findings = scan(path.join(REPO, 'electron'));
    expect(blockingFindings(findings)).toEqual([]);
    // The scanner really looked at our files (it always reports the preload for review).
    expect(findings.some((f) => f.check === 'PRELOAD_JS_CHECK')).toBe(true);
    // Middle-click is disabled in the window's web preferences.
    expect(findings.some((f) => f.check === 'AUXCLICK_JS_CHECK')).toBe(false);
  });

  it('does report a window without context isolation (the check can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-eneg-bad-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
      );
      const bad = blockingFindings(scan(dir));
      expect(bad.map((f) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
