import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../../shared/design';
import { parseNodePriorities } from '../../../../shared/design/haRules';
import { option, parseSectionConfig } from '../../../../shared/design/sectionConfig';
import { deriveMapping } from '../../../../shared/mapping';
import { DEFAULT_ASSUMPTIONS, type PveTarget } from '../../../../shared/model/project';
import { buildConfigBundle } from '../../../../shared/report/configBundle';
import { decodeText, isConfigId, isStorageId } from '../../../../shared/report/configBundle/escape';
import { sourceHosts } from '../../../../shared/report/configBundle/storageCfg';
import { caseOf, fileOf, loadBundleCases, scriptStorages, type BundleCase } from './bundleCases';
import { parsePveSectionConfig } from './pveSectionConfig';

let cases: BundleCase[] = [];

beforeAll(async () => {
  cases = await loadBundleCases();
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
        // pve-common PVE/SectionConfig.pm rules (see pveSectionConfig.ts): no warning at all in any file.
        for (const f of ['ha/resources.cfg', c.ha.target === 'pve9' ? 'ha/rules.cfg' : 'ha/groups.cfg', 'storage.cfg']) expect(parsePveSectionConfig(read(f)).warnings, `${k.label} ${c.name} ${f}`).toEqual([]);
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
            // pve-ha-manager PVE/HA/Rules.pm parse_section_header: the rule id is a pve-configid.
            expect(isConfigId(s.id)).toBe(true);
            expect(option(s, 'resources')?.split(',')).toEqual(r.resources);
            // Rules.pm decode_value: the comment goes through PVE::Tools::decode_text.
            if (r.comment) expect(decodeText(option(s, 'comment') ?? '')).toBe(r.comment);
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
            expect(isConfigId(s.id)).toBe(true);
            expect(parseNodePriorities(option(s, 'nodes') ?? '')).toEqual(g.nodes);
            expect(option(s, 'restricted')).toBe(g.restricted ? '1' : '0');
            expect(option(s, 'nofailback')).toBe(g.nofailback ? '1' : '0');
            checkedGroups++;
          });
        }
        const st = parsePveSectionConfig(read('storage.cfg'));
        // pve-common PVE/JSONSchema.pm parse_storage_id for every section id.
        for (const s of st.sections) expect(isStorageId(s.id), s.id).toBe(true);
        // One ESXi import storage per source ESXi host (pve-storage PVE/Storage/ESXiPlugin.pm: type esxi, content import).
        const esxi = st.sections.filter((s) => s.type === 'esxi');
        expect(esxi).toHaveLength(sourceHosts(c, k.inv).length);
        for (const s of esxi) expect(s.options).toMatchObject({ content: 'import', username: 'root' });
      }
    }
    expect(checkedResources).toBeGreaterThan(50);
    expect(checkedRules).toBeGreaterThan(10);
    expect(checkedGroups).toBeGreaterThan(3);
  });

  it('every storage id a script uses is defined in its cluster storage.cfg (demo and the 339-VM sample)', () => {
    let checked = 0;
    for (const k of cases) {
      expect(k.findings.filter((f) => f.code === 'BUNDLE_STORAGE_UNDEFINED'), k.label).toEqual([]);
      for (const c of k.design.clusters) {
        const defined = new Set(parsePveSectionConfig(fileOf(k, `proxmox/${c.name}/storage.cfg`)).sections.map((s) => s.id));
        const used = scriptStorages(fileOf(k, `proxmox/${c.name}/create-vms.sh`));
        for (const id of used) {
          expect(defined.has(id), `${k.label} ${c.name}: ${id} used by create-vms.sh, not in storage.cfg`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('a storage a VM override names without a type is reported and checked by the script before anything is created', () => {
    const k = caseOf(cases, 'demo-pve9');
    const vm = k.design.clusters[0]?.placement.vms.find((v) => v.node);
    if (!vm) throw new Error('no VM');
    const a = { ...DEFAULT_ASSUMPTIONS, pveTarget: 'pve9.2' as PveTarget };
    for (const [override, defined] of [[{ storage: 'ceph-new' }, false], [{ storage: 'ceph-new', storageType: 'rbd' }, true]] as const) {
      const mapping = deriveMapping(k.inv, { vmOverrides: { [vm.vmKey]: override } }, a);
      const design = deriveDesign(k.inv, mapping, {}, a);
      const b = buildConfigBundle(design, mapping, { inventory: k.inv });
      const c = design.clusters[0];
      if (!c) throw new Error('x');
      const sh = b.files.find((f) => f.path === `proxmox/${c.name}/create-vms.sh`)?.content ?? '';
      expect(sh).toMatch(/for s in [^;]*\bceph-new\b[^;]*; do need_storage/);
      const st = parsePveSectionConfig(b.files.find((f) => f.path === `proxmox/${c.name}/storage.cfg`)?.content ?? '');
      expect(st.sections.some((s) => s.id === 'ceph-new' && s.type === 'rbd')).toBe(defined);
      const f = b.findings.filter((x) => x.code === 'BUNDLE_STORAGE_UNDEFINED' && x.cluster === c.name);
      expect(f.map((x) => x.text.en.includes('ceph-new'))).toEqual(defined ? [] : [true]);
      if (!defined) expect(b.files.find((x) => x.path === `proxmox/${c.name}/README.md`)?.content).toContain('BUNDLE_STORAGE_UNDEFINED');
    }
  });

  it('datacenter.cfg has no comment line: Proxmox turns every # line into the datacenter Notes', () => {
    // pve-cluster PVE/DataCenterConfig.pm parse_datacenter_config: every line matching /^\#(.*)$/ is appended
    // to `description` (the Notes panel), wherever it is; the rest is `key: value` (PVE::JSONSchema::parse_config).
    for (const k of cases) {
      for (const c of k.design.clusters) {
        const dc = fileOf(k, `proxmox/${c.name}/datacenter.cfg`);
        const lines = dc.split('\n').filter((l) => l !== '');
        expect(lines.filter((l) => /^\s*#/.test(l))).toEqual([]);
        for (const l of lines) expect(l).toMatch(/^(crs|ha|migration): \S+$/);
        expect(lines).toEqual(c.ha.datacenter.lines);
        const readme = fileOf(k, `proxmox/${c.name}/README.md`);
        expect(readme).toContain('Notes');
        if (!c.ha.datacenter.lines.some((l) => l.startsWith('migration:'))) expect(readme).toContain('migration: secure,network=<CIDR>');
      }
    }
  });

  it('bash -n passes on every script, and each starts with a header, set -euo pipefail and the CONFIRM guard', () => {
    let n = 0;
    for (const k of cases) {
      const scripts = k.files.filter((x) => x.path.endsWith('.sh'));
      // One bash runs `bash -n` on each script (and names the first that fails).
      const r = spawnSync('bash', ['-c', 'for f in "$@"; do bash -n "$f" || { echo "$f" >&2; exit 1; }; done', '_', ...scripts.map((f) => path.join(k.dir, f.path))], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const f of scripts) {
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

  it('no generated file mentions the internal source document', () => {
    for (const k of cases) for (const f of k.files) expect(f.content, f.path).not.toMatch(/\bseed\b/i);
  });

  it('create-vms.sh: one qm create per placed VM, always with --cpu, each VM imported from the ESXi storage of its source host', () => {
    const k = caseOf(cases, 'demo-pve9');
    for (const c of k.design.clusters) {
      const sh = fileOf(k, `proxmox/${c.name}/create-vms.sh`);
      expect(sh).toMatch(/^ESXI_STORAGE="\$\{ESXI_STORAGE:-\}"$/m);
      const creates = sh.split('\n').filter((l) => /^\s*run qm create /.test(l));
      const placed = c.placement.vms.filter((v) => v.node);
      expect(creates).toHaveLength(placed.length);
      for (const l of creates) expect(l).toMatch(/ --cpu \S+/);
      const cpu = k.mapping.clusters.find((x) => c.sourceClusters.includes(x.name))?.cpuType;
      if (cpu) expect(creates.every((l) => l.includes(`--cpu ${cpu}`))).toBe(true);
      // The default ESXi storage of each VM is esxi-<source host>, defined in this cluster's storage.cfg.
      const esxiIds = new Set(parsePveSectionConfig(fileOf(k, `proxmox/${c.name}/storage.cfg`)).sections.filter((s) => s.type === 'esxi').map((s) => s.id));
      const srcs = [...sh.matchAll(/^\s+src=(\S+)$/gm)].map((m) => m[1] ?? '');
      expect(srcs.length).toBe(placed.length);
      for (const s of srcs) expect(esxiIds.has(s), s).toBe(true);
    }
  });

  it('vSAN-backed VMs get the warning that the ESXi import cannot read vSAN; corosync join targets the first node management IP', () => {
    const k = caseOf(cases, 'demo-pve9');
    const vsanDs = new Set(k.mapping.storageMap.entries.filter((e) => e.kind === 'vsan').map((e) => e.datastore));
    expect(vsanDs.size).toBeGreaterThan(0);
    for (const c of k.design.clusters) {
      const f = fileOf(k, `proxmox/${c.name}/create-vms.sh`);
      const vsanVms = c.placement.vms.filter((v) => v.node && k.mapping.vms[v.vmKey]?.disks.some((d) => d.datastore !== undefined && vsanDs.has(d.datastore)));
      expect((f.match(/# vSAN: the ESXi import cannot read/g) ?? []).length).toBe(vsanVms.length);
      const md = fileOf(k, `proxmox/${c.name}/corosync-links.md`);
      const mgmt = c.nodes[0]?.addresses?.find((a) => a.role === 'management')?.ip;
      if (mgmt && c.nodes.length > 1) expect(md).toContain(`pvecm add ${mgmt} `);
    }
  });

  it('qdevice.sh for 2-node clusters asks for an IP address and accepts only IPv4/IPv6 (pvecm qdevice setup: format ip)', () => {
    const k = caseOf(cases, 'sample-pve9');
    for (const c of k.design.clusters.filter((x) => x.nodes.length === 2)) expect(k.files.some((f) => f.path === `proxmox/${c.name}/qdevice.sh`)).toBe(true);
    for (const c of k.design.clusters.filter((x) => x.nodes.length % 2 === 1)) expect(k.files.some((f) => f.path === `proxmox/${c.name}/qdevice.sh`)).toBe(false);
    const demo = caseOf(cases, 'demo-pve9');
    const q = fileOf(demo, 'proxmox/hn-2node/qdevice.sh');
    expect(q).toMatch(/^if \[ -z "\$QNETD_HOST" \]; then QNETD_HOST=10\.0\.99\.5; fi$/m);
    expect(q).toMatch(/run pvecm qdevice setup "\$QNETD_HOST"\n/);
    // The script's own address check, run by bash: pve-cluster PVE/CLI/pvecm.pm setup_qdevice `address`
    // has format 'ip' (pve-common PVE/JSONSchema.pm pve_verify_ip: $IPV4RE or $IPV6RE).
    const fn = q.slice(q.indexOf('is_ipv4() {'), q.indexOf('is_ip() {')) + q.split('\n').find((l) => l.startsWith('is_ip() {'));
    const good = ['10.0.99.5', '192.168.1.255', '::1', '::', 'fe80::1', '2001:db8::8a2e:370:7334', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1', '1::'];
    const bad = ['qnetd.example.com', '10.0.99.256', '010.0.0.1', '10.0.0', '10.0.0.1/24', '1:2:3:4:5:6:7:8:9', '1::2::3', ':::1', '1:2:3:4:5:6:7', '', '$(id)', '10.0.0.1 ', 'fe80::1%eth0'];
    const probe = [...good, ...bad].map((a) => `if is_ip '${a.replace(/'/g, `'\\''`)}'; then echo 1; else echo 0; fi`).join('\n');
    const r = spawnSync('bash', ['-c', `set -euo pipefail\n${fn}\n${probe}`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([...good.map(() => '1'), ...bad.map(() => '0')]);
  });

  it('network/interfaces: comments on their own line, every value parses as ifupdown2 reads it', () => {
    // ifupdown2 ifupdown/networkinterfaces.py: a line is a comment only when its first non-blank character
    // is '#'; an attribute line is split once on white space and the rest is the value (a trailing
    // "# ..." is part of the value: "invalid value" / "invalid mtu").
    let files = 0;
    for (const k of cases) {
      for (const f of k.files.filter((x) => /\/network\/interfaces\./.test(x.path))) {
        for (const line of f.content.split('\n')) {
          const l = line.trim();
          if (l === '' || l.startsWith('#')) continue;
          expect(l, f.path).toMatch(/^(auto \S+|iface \S+ inet (manual|static|loopback)|(address|gateway|bridge-ports|bridge-stp|bridge-fd|bridge-vlan-aware|bridge-vids|bond-slaves|bond-miimon|bond-mode|bond-xmit-hash-policy|mtu) [^#]+)$/);
          const [key, value = ''] = l.split(/\s+(.*)/);
          if (key === 'address') expect(value, f.path).toMatch(/^(\d{1,3}(\.\d{1,3}){3}\/\d{1,2}|<[A-Za-z0-9-]+>\/<PREFIX>)$/);
          if (key === 'gateway') expect(value, f.path).toMatch(/^(\d{1,3}(\.\d{1,3}){3}|<GATEWAY>)$/);
        }
        files++;
      }
    }
    expect(files).toBeGreaterThan(10);
    const k = caseOf(cases, 'sample-pve9');
    const c = k.design.clusters.find((x) => x.sourceClusters.includes('Munich_Cluster1'));
    const f = fileOf(k, `proxmox/${c?.name}/network/interfaces.muc-esx1`);
    expect(f).toMatch(/\taddress 131\.101\.19\.11\/24/);
    expect(f).toMatch(/bridge-vlan-aware yes/);
    expect(f).toMatch(/PLACEHOLDER bond/);
    expect(f).toMatch(/Migration network \(<MIGRATION-CIDR>\) — PROPOSED/);
  });

  it('the README says what ESXI_STORAGE defaults to and names the ESXi storages of storage.cfg', () => {
    const k = caseOf(cases, 'demo-pve9');
    for (const c of k.design.clusters) {
      const readme = fileOf(k, `proxmox/${c.name}/README.md`);
      expect(readme).toContain('ESXI_STORAGE');
      const sh = fileOf(k, `proxmox/${c.name}/create-vms.sh`);
      for (const s of new Set([...sh.matchAll(/^\s+src=(\S+)$/gm)].map((m) => m[1] ?? ''))) expect(readme).toContain(`\`${s}\``);
    }
  });
});
