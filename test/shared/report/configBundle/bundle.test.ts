import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveDesign, type DesignResult } from '../../../../shared/design';
import { parseNodePriorities } from '../../../../shared/design/haRules';
import { option, parseSectionConfig } from '../../../../shared/design/sectionConfig';
import { deriveMapping, type MappingResult } from '../../../../shared/mapping';
import type { Inventory } from '../../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type PveTarget } from '../../../../shared/model/project';
import { renderConfigBundle, type BundleFile } from '../../../../shared/report/configBundle';
import { loadDemo, loadSample339 } from '../../design/realEstates';

type Case = { label: string; inv: Inventory; mapping: MappingResult; design: DesignResult; files: BundleFile[]; dir: string };

function writeAll(files: BundleFile[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-bundle-'));
  for (const f of files) {
    const p = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.content, { mode: f.mode ?? 0o644 });
  }
  return dir;
}

const cases: Case[] = [];

beforeAll(async () => {
  const demo = await loadDemo();
  const sample = await loadSample339();
  for (const [label, inv, target] of [
    ['demo-pve9', demo, 'pve9.2'],
    ['demo-pve8', demo, 'pve8'],
    ['sample-pve9', sample, 'pve9.0'],
  ] as [string, Inventory, PveTarget][]) {
    const a = { ...DEFAULT_ASSUMPTIONS, pveTarget: target };
    const mapping = deriveMapping(inv, {}, a);
    const design = deriveDesign(inv, mapping, { design: { clusters: { 'hn-2node': { qnetdHost: '10.0.99.5' } } } }, a);
    const files = renderConfigBundle(design, mapping, { inventory: inv });
    cases.push({ label, inv, mapping, design, files, dir: writeAll(files) });
  }
}, 120_000);

describe('configuration bundle', () => {
  it('has the expected files per cluster', () => {
    for (const k of cases) {
      for (const c of k.design.clusters) {
        const paths = new Set(k.files.filter((f) => f.path.startsWith(`proxmox/${c.name}/`)).map((f) => f.path.slice(`proxmox/${c.name}/`.length)));
        for (const p of ['datacenter.cfg', 'ha/resources.cfg', 'ha-setup.sh', 'corosync-links.md', 'create-vms.sh', 'storage.cfg', 'README.md']) expect(paths.has(p), `${k.label} ${c.name} ${p}`).toBe(true);
        expect(paths.has('ha/rules.cfg')).toBe(c.ha.target === 'pve9');
        expect(paths.has('ha/groups.cfg')).toBe(c.ha.target === 'pve8');
        expect(paths.has('qdevice.sh')).toBe(c.quorum.qdevice);
        for (const n of c.nodes) expect(paths.has(`network/interfaces.${n.name}`)).toBe(true);
      }
    }
  });

  it('every *.cfg parses back with the section-config reader and matches the plan', () => {
    let checkedRules = 0, checkedGroups = 0, checkedResources = 0;
    for (const k of cases) {
      for (const c of k.design.clusters) {
        const read = (p: string) => fs.readFileSync(path.join(k.dir, 'proxmox', c.name, p), 'utf8');
        const res = parseSectionConfig(read('ha/resources.cfg'));
        expect(res.errors).toEqual([]);
        expect(res.sections.map((s) => `${s.type}:${s.id}`)).toEqual(c.ha.resources.map((r) => r.sid));
        res.sections.forEach((s, i) => {
          const r = c.ha.resources[i];
          if (!r) throw new Error('missing');
          expect(option(s, 'state')).toBe(r.state);
          expect(option(s, 'max_restart')).toBe(String(r.maxRestart));
          expect(option(s, 'max_relocate')).toBe(String(r.maxRelocate));
          if (c.ha.target === 'pve9') expect(option(s, 'failback')).toBe(r.failback ? '1' : '0');
          else expect(option(s, 'group')).toBe(r.group);
          checkedResources++;
        });
        if (c.ha.target === 'pve9') {
          const rules = parseSectionConfig(read('ha/rules.cfg'));
          expect(rules.errors).toEqual([]);
          expect(rules.sections.map((s) => `${s.type}:${s.id}`)).toEqual(c.ha.rules.map((r) => `${r.type}:${r.id}`));
          rules.sections.forEach((s, i) => {
            const r = c.ha.rules[i];
            if (!r) throw new Error('missing');
            expect(option(s, 'resources')?.split(',')).toEqual(r.resources);
            if (r.type === 'node-affinity') {
              expect(parseNodePriorities(option(s, 'nodes') ?? '')).toEqual(r.nodes);
              expect(option(s, 'strict')).toBe(r.strict ? '1' : '0');
            } else expect(option(s, 'affinity')).toBe(r.affinity);
            checkedRules++;
          });
        } else {
          const groups = parseSectionConfig(read('ha/groups.cfg'));
          expect(groups.errors).toEqual([]);
          expect(groups.sections.map((s) => s.id)).toEqual(c.ha.groups.map((g) => g.id));
          groups.sections.forEach((s, i) => {
            const g = c.ha.groups[i];
            if (!g) throw new Error('missing');
            expect(s.type).toBe('group');
            expect(parseNodePriorities(option(s, 'nodes') ?? '')).toEqual(g.nodes);
            expect(option(s, 'restricted')).toBe(g.restricted ? '1' : '0');
            expect(option(s, 'nofailback')).toBe(g.nofailback ? '1' : '0');
            checkedGroups++;
          });
        }
        const st = parseSectionConfig(read('storage.cfg'));
        expect(st.errors).toEqual([]);
        expect(st.sections.filter((s) => s.type === 'esxi')).toHaveLength(c.nodes.filter((n) => n.sourceHost).length);
        const dc = read('datacenter.cfg').split('\n').filter((l) => l && !l.startsWith('#'));
        expect(dc).toEqual(c.ha.datacenter.lines);
      }
    }
    expect(checkedResources).toBeGreaterThan(50);
    expect(checkedRules).toBeGreaterThan(10);
    expect(checkedGroups).toBeGreaterThan(3);
  });

  it('bash -n passes on every script, and each starts with a header, set -euo pipefail and the CONFIRM guard', () => {
    let n = 0;
    for (const k of cases) {
      for (const f of k.files.filter((x) => x.path.endsWith('.sh'))) {
        const r = spawnSync('bash', ['-n', path.join(k.dir, f.path)], { encoding: 'utf8' });
        expect(r.status, `${f.path}: ${r.stderr}`).toBe(0);
        const lines = f.content.split('\n');
        expect(lines[0]).toBe('#!/usr/bin/env bash');
        expect(lines[1]).toMatch(/^# .*generated by vm2pve/);
        expect(f.content).toMatch(/\nset -euo pipefail\n/);
        expect(f.content).toMatch(/CONFIRM="\$\{CONFIRM:-no\}"/);
        expect(f.mode).toBe(0o755);
        n++;
      }
    }
    expect(n).toBeGreaterThan(30);
  });

  it('ha-setup.sh dry run prints the ha-manager commands of the plan (priority: higher number first)', () => {
    const k = cases.find((x) => x.label === 'demo-pve9');
    const c = k?.design.clusters.find((x) => x.ha.enabled && x.ha.rules.length > 0);
    if (!k || !c) throw new Error('no HA cluster in the demo');
    const r = spawnSync('bash', [path.join(k.dir, 'proxmox', c.name, 'ha-setup.sh')], { encoding: 'utf8', env: { ...process.env, CONFIRM: 'no', PATH: process.env.PATH } });
    expect(r.status, r.stderr).toBe(0);
    // printf %q escapes commas and spaces; undo that to read the commands.
    const out = r.stdout.split('\n').filter((l) => l.startsWith('DRY-RUN:')).map((l) => l.replace(/\\(.)/g, '$1'));
    expect(out[0]).toMatch(/^DRY-RUN: pvesh set \/cluster\/options --crs ha=static,ha-rebalance-on-start=1/);
    expect(out.filter((l) => l.includes('ha-manager add vm:'))).toHaveLength(c.ha.resources.length);
    const na = c.ha.rules.filter((x) => x.type === 'node-affinity');
    expect(out.filter((l) => l.includes('ha-manager rules add node-affinity'))).toHaveLength(na.length);
    for (const l of out.filter((x) => x.includes('--nodes'))) {
      const nodes = /--nodes (\S+)/.exec(l)?.[1] ?? '';
      const pri = Object.values(parseNodePriorities(nodes) ?? {});
      expect([...pri].sort((a, b) => b - a)).toEqual(pri);
    }
  });

  it('create-vms.sh: one qm create per placed VM, always with --cpu, disk imports for both routes', () => {
    const k = cases.find((x) => x.label === 'demo-pve9');
    if (!k) throw new Error('x');
    for (const c of k.design.clusters) {
      const f = k.files.find((x) => x.path === `proxmox/${c.name}/create-vms.sh`);
      const creates = (f?.content ?? '').split('\n').filter((l) => /^\s*run qm create /.test(l));
      const placed = c.placement.vms.filter((v) => v.node);
      expect(creates).toHaveLength(placed.length);
      for (const l of creates) expect(l).toMatch(/ --cpu \S+/);
      const cpu = k.mapping.clusters.find((x) => c.sourceClusters.includes(x.name))?.cpuType;
      if (cpu) expect(creates.every((l) => l.includes(`--cpu ${cpu}`))).toBe(true);
      // Run it for one node in both routes (dry run): the commands come out.
      const node = placed[0]?.node;
      if (!node) continue;
      for (const route of ['esxi', 'vmdk']) {
        const r = spawnSync('bash', [path.join(k.dir, 'proxmox', c.name, 'create-vms.sh')], { encoding: 'utf8', env: { ...process.env, NODE: node, IMPORT_ROUTE: route } });
        expect(r.status, r.stderr).toBe(0);
        const lines = r.stdout.split('\n');
        expect(lines.filter((l) => l.startsWith('DRY-RUN: qm create'))).toHaveLength(placed.filter((v) => v.node === node).length);
        const unq = lines.map((l) => l.replace(/\\(.)/g, '$1'));
        if (route === 'esxi') expect(unq.some((l) => /^DRY-RUN: qm set \d+ --(scsi|sata|virtio|ide)0 \S+:0,import-from=esxi-import:ha-datacenter\//.test(l)), unq.join('\n')).toBe(true);
        else expect(unq.some((l) => /^DRY-RUN: qm disk import \d+ \/mnt\/pve\/import\/.+ --format (raw|qcow2) --target-disk (scsi|sata|virtio|ide)0/.test(l)), unq.join('\n')).toBe(true);
      }
    }
  });

  it('vSAN-backed VMs get the warning that the ESXi import cannot read vSAN; corosync join targets the first node management IP', () => {
    const k = cases.find((x) => x.label === 'demo-pve9');
    if (!k) throw new Error('x');
    const vsanDs = new Set(k.mapping.storageMap.entries.filter((e) => e.kind === 'vsan').map((e) => e.datastore));
    expect(vsanDs.size).toBeGreaterThan(0);
    for (const c of k.design.clusters) {
      const f = k.files.find((x) => x.path === `proxmox/${c.name}/create-vms.sh`)?.content ?? '';
      const vsanVms = c.placement.vms.filter((v) => v.node && k.mapping.vms[v.vmKey]?.disks.some((d) => d.datastore !== undefined && vsanDs.has(d.datastore)));
      expect((f.match(/# vSAN: the ESXi import cannot read/g) ?? []).length).toBe(vsanVms.length);
      const md = k.files.find((x) => x.path === `proxmox/${c.name}/corosync-links.md`)?.content ?? '';
      const mgmt = c.nodes[0]?.addresses?.find((a) => a.role === 'management')?.ip;
      if (mgmt && c.nodes.length > 1) expect(md).toContain(`pvecm add ${mgmt} `);
    }
  });

  it('qdevice.sh for 2-node clusters, with the entered QNetd host; none for odd counts', () => {
    const k = cases.find((x) => x.label === 'sample-pve9');
    if (!k) throw new Error('x');
    const two = k.design.clusters.filter((c) => c.nodes.length === 2);
    for (const c of two) expect(k.files.some((f) => f.path === `proxmox/${c.name}/qdevice.sh`)).toBe(true);
    for (const c of k.design.clusters.filter((x) => x.nodes.length % 2 === 1)) expect(k.files.some((f) => f.path === `proxmox/${c.name}/qdevice.sh`)).toBe(false);
    const demo = cases.find((x) => x.label === 'demo-pve9');
    const q = demo?.files.find((f) => f.path === 'proxmox/hn-2node/qdevice.sh');
    expect(q?.content).toMatch(/QNETD_HOST="\$\{QNETD_HOST:-10\.0\.99\.5\}"/);
    expect(q?.content).toMatch(/run pvecm qdevice setup "\$QNETD_HOST"\n/);
  });

  it('network/interfaces reuse the management address of the ESXi host and mark placeholders', () => {
    const k = cases.find((x) => x.label === 'sample-pve9');
    const c = k?.design.clusters.find((x) => x.sourceClusters.includes('Munich_Cluster1'));
    const f = k?.files.find((x) => x.path === `proxmox/${c?.name}/network/interfaces.muc-esx1`);
    expect(f?.content).toMatch(/\taddress 131\.101\.19\.11\/24/);
    expect(f?.content).toMatch(/bridge-vlan-aware yes/);
    expect(f?.content).toMatch(/PLACEHOLDER bond/);
    expect(f?.content).toMatch(/Migration network \(<MIGRATION-CIDR>\) — PROPOSED/);
  });
});
