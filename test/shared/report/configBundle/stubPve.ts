/**
 * Stub Proxmox commands for running the generated scripts in tests: `qm`, `pvesh`, `ha-manager`, `pvecm`,
 * `pvesm` and `ssh` record their argv (one file per call, NUL-separated) and keep a tiny VM state so that
 * `qm config` answers like Proxmox: a VMID that was never created does not exist; `qm create` writes
 * `name:`, `qm set --<disk> <storage>:0,import-from=…` and `qm disk import … --target-disk <slot>` add the
 * disk key. The only commands the stubs treat as read-only are qm config/status, pvesh get, pvecm status.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STUB = `#!/usr/bin/env bash
set -u
name="\${0##*/}"
rec="$STUB_LOG/\${EPOCHREALTIME/./}-$$-$RANDOM"
printf '%s\\0' "$name" "$@" > "$rec"
st="$STUB_STATE"
case "$name" in
  qm)
    case "\${1:-}" in
      config|status)
        if [ -f "$st/$2.conf" ]; then [ "$1" = config ] && cat "$st/$2.conf"; [ "$1" = status ] && echo "status: stopped"; exit 0; fi
        echo "Configuration file 'nodes/stub/qemu-server/$2.conf' does not exist" >&2; exit 2 ;;
      create)
        vmid="$2"; shift 2; n=''
        while [ $# -gt 0 ]; do if [ "$1" = --name ]; then n="$2"; fi; shift; done
        printf 'name: %s\\n' "$n" > "$st/$vmid.conf" ;;
      set)
        vmid="$2"; slot="\${3#--}"; val="$4"
        case "$val" in *import-from=*) val="\${val%%:*}:vm-$vmid-$slot,size=1G" ;; esac
        out=''
        while IFS= read -r line; do case "$line" in "$slot: "*) ;; *) out+="$line"$'\\n' ;; esac; done < "$st/$vmid.conf"
        printf '%s%s: %s\\n' "$out" "$slot" "$val" > "$st/$vmid.conf" ;;
      disk)
        vmid="$3"; storage="$5"; slot="\${9:-unused0}"
        printf '%s: %s\\n' "$slot" "$storage:vm-$vmid-$slot" >> "$st/$vmid.conf" ;;
    esac ;;
  pvecm) if [ "\${1:-}" = status ]; then echo "Quorum information"; fi ;;
esac
exit 0
`;

export const READ_ONLY = (argv: string[]): boolean => {
  const [cmd, sub] = argv;
  return (cmd === 'qm' && (sub === 'config' || sub === 'status')) || (cmd === 'pvesh' && sub === 'get') || (cmd === 'pvecm' && sub === 'status');
};

export type StubRun = { status: number | null; stdout: string; stderr: string; calls: string[][] };

export type StubPve = {
  dir: string;
  /** Put a VM into the stub state (`qm config` output lines). */
  setVm(vmid: number, lines: string[]): void;
  vmConfig(vmid: number): string | undefined;
  run(script: string, env?: Record<string, string>, input?: string): StubRun;
};

export function stubPve(): StubPve {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-stub-'));
  const bin = path.join(dir, 'bin');
  const state = path.join(dir, 'state');
  fs.mkdirSync(bin);
  fs.mkdirSync(state);
  fs.writeFileSync(path.join(bin, 'stub'), STUB, { mode: 0o755 });
  for (const n of ['qm', 'pvesh', 'ha-manager', 'pvecm', 'pvesm', 'ssh']) fs.symlinkSync('stub', path.join(bin, n));
  return {
    dir,
    setVm(vmid, lines) {
      fs.writeFileSync(path.join(state, `${vmid}.conf`), lines.map((l) => `${l}\n`).join(''));
    },
    vmConfig(vmid) {
      const p = path.join(state, `${vmid}.conf`);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
    },
    run(script, env = {}, input = '') {
      const log = fs.mkdtempSync(path.join(dir, 'log-'));
      const r = spawnSync('bash', [script], {
        encoding: 'utf8',
        input,
        env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, LANG: 'C.UTF-8', STUB_LOG: log, STUB_STATE: state, ...env },
      });
      const calls = fs
        .readdirSync(log)
        .sort()
        .map((f) => fs.readFileSync(path.join(log, f), 'utf8').split('\0').slice(0, -1));
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls };
    },
  };
}
