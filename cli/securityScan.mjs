#!/usr/bin/env node
// `npm run security:scan`: Electronegativity (Doyensec) over the Electron main process and preload.
//   node cli/securityScan.mjs [--input DIR]
// Exit 0 when no finding is HIGH or CRITICAL, 1 when one is, 2 when the scanner could not run.
// Offline: the scanner cannot fetch Electron's release list here, so the installed Electron version is
// passed with -e (its checks then use that version's defaults).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BLOCKING = new Set(['HIGH', 'CRITICAL']);

/** One CSV line of the scanner's report → fields (quoted fields may hold commas). */
export function csvFields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** The scanner's CSV report → findings. Lines that do not start with a check id (wrapped text) are skipped. */
export function parseReport(csv) {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const findings = [];
  for (const line of lines.slice(1)) {
    const f = csvFields(line);
    if (!/^[A-Z_]+_CHECK$/.test(f[0] ?? '')) continue;
    findings.push({ check: f[0], severity: (f[1] ?? '').toUpperCase(), confidence: f[2] ?? '', file: f[3] ?? '', location: f[4] ?? '', description: f[6] ?? '' });
  }
  return findings;
}

export function blockingFindings(findings) {
  return findings.filter((f) => BLOCKING.has(f.severity));
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

/** Runs the scanner over `input`; returns the findings or throws with a one-line reason. */
export function scan(input, version = electronVersion()) {
  const bin = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'vm2pve-eneg-'));
  const out = path.join(dir, 'report.csv');
  try {
    const r = spawnSync(process.execPath, [bin, '-i', input, '-e', version, '-r', '-o', out], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (r.error) throw new Error(`electronegativity did not run: ${r.error.message}`);
    let csv;
    try {
      csv = readFileSync(out, 'utf8');
    } catch {
      throw new Error(`electronegativity wrote no report (exit ${r.status}): ${(r.stderr || r.stdout || '').trim().split('\n').pop()}`);
    }
    return parseReport(csv);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--input');
  const input = i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : path.join(ROOT, 'electron');
  let findings;
  try {
    findings = scan(input);
  } catch (e) {
    process.stderr.write(`security:scan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  for (const f of findings) process.stdout.write(`${f.severity.padEnd(13)} ${f.confidence.padEnd(10)} ${f.check}  ${f.file}:${f.location}  ${f.description}\n`);
  const bad = blockingFindings(findings);
  process.stdout.write(`security:scan: ${findings.length} finding(s), ${bad.length} high or critical (Electron ${electronVersion()}, ${path.relative(ROOT, input) || '.'})\n`);
  process.exit(bad.length ? 1 : 0);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) main();
