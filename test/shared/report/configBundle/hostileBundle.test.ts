/**
 * The escaping layer on its own: hostile values are put straight into the design and the mapping (as a
 * crafted project file or a future bug upstream could), bypassing every earlier sanitising step. Every
 * generated file must still be safe for its reader, and every rejected value must be reported.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveDesign, type DesignResult } from '../../../../shared/design';
import { deriveMapping, type MappingResult } from '../../../../shared/mapping';
import type { Inventory } from '../../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type PveTarget } from '../../../../shared/model/project';
import { buildConfigBundle, type ConfigBundle } from '../../../../shared/report/configBundle';
import { loadDemo } from '../../design/realEstates';
import { writeAll } from './bundleCases';
import { fileProblems } from './bundleChecks';
import { parsePveSectionConfig } from './pveSectionConfig';

const MARK = path.join(os.tmpdir(), `vm2pve-hostile-bundle-${process.pid}`);
const INJECT = `\npost-up touch ${MARK}`;

function poison(inv: Inventory, mapping: MappingResult, design: DesignResult): void {
  const c = design.clusters.find((x) => x.ha.enabled && x.nodes.length >= 3);
  if (!c) throw new Error('no HA cluster');
  const [n0, n1, n2] = c.nodes;
  if (!n0 || !n1 || !n2) throw new Error('nodes');
  n0.addresses = [
    { role: 'management', ip: `10.0.0.1${INJECT}`, prefix: 24, gateway: '10.0.0.254' },
    { role: 'storage', ip: '10.0.1.1', prefix: 24 },
  ];
  n1.addresses = [{ role: 'management', ip: '10.0.0.2', prefix: 24, gateway: `10.0.0.254; reboot` }];
  n2.name = `bad${INJECT}`;
  c.sourceClusters = ['<script>alert(1)</script>[x](javascript:alert(1)) ![i](http://evil.example/i.png)'];
  c.quorum.qdevice = true;
  c.quorum.qnetdHost = `$(touch ${MARK})`;
  const link0 = c.networks.corosyncLinks[0];
  if (link0) link0.network.cidr = `10.0.0.0/24${INJECT}`;
  c.ha.datacenter.lines.push(`migration: secure,network=10.0.0.0/24${INJECT}`, '# a comment line', 'keyboard: de');
  const [r0, r1, r2, r3] = c.ha.rules;
  if (!r0 || !r1 || !r2 || !r3) throw new Error('rules');
  r0.id = `x${INJECT}`;
  r1.comment = `c${INJECT} %0Apost-up`;
  r2.resources = [`vm:100,vm:101${INJECT}`];
  if (r3.type === 'node-affinity') r3.nodes = { [`n1${INJECT}`]: 1 };
  else r3.resources = ['ct:1'];
  const [h0, h1] = c.ha.resources;
  if (!h0 || !h1) throw new Error('resources');
  h0.vmName = `name${INJECT} [x](http://evil.example)`;
  h1.sid = `vm:1${INJECT}`;
  // The mapping: values create-vms.sh and storage.cfg would take.
  const placed = c.placement.vms.filter((v) => v.node && (mapping.vms[v.vmKey]?.disks.length ?? 0) >= 2);
  const [p0, p1] = placed;
  if (!p0 || !p1) throw new Error('VMs');
  const t0 = mapping.vms[p0.vmKey];
  const t1 = mapping.vms[p1.vmKey];
  if (!t0 || !t1) throw new Error('targets');
  t0.name = { value: `x${INJECT}`, source: 'override' };
  t0.cpu = { value: 'host,flags=+aes', source: 'override' };
  const nic = t0.nets[0];
  if (nic) {
    nic.mac = { value: 'aa:bb:cc:dd:ee:ff,bridge=vmbr9', source: 'imported' };
    nic.bridge = { value: `vmbr0;touch ${MARK}`, source: 'override' };
    nic.model = { value: 'virtio,firewall=1', source: 'override' };
  }
  t0.smbiosUuid = `1234,uuid=x`;
  t0.boot = { value: 'order=scsi0;x,y', source: 'derived' };
  const [d0, d1] = t0.disks;
  if (!d0 || !d1) throw new Error('disks');
  d0.storage = { value: `a${INJECT}`, source: 'override' };
  d1.storage = { value: 'brand-new', source: 'override' };
  d1.storageType = undefined;
  if (t0.efidisk) t0.efidisk.storage = { value: 'x,y', source: 'override' };
  const vm1 = inv.vms.find((v) => v.key === p1.vmKey);
  const [e0, e1] = vm1?.disks ?? [];
  if (!e0 || !e1) throw new Error('vm disks');
  e0.path = `[${e0.datastore}] ../../../etc/shadow.vmdk`;
  e1.path = `[${e1.datastore}] web,01/web,01.vmdk`;
  const entry = mapping.storageMap.entries[0];
  if (entry) entry.storage = `bad${INJECT}`;
}

let bundle: ConfigBundle;
let dir = '';

beforeAll(async () => {
  const inv = structuredClone(await loadDemo());
  const a = { ...DEFAULT_ASSUMPTIONS, pveTarget: 'pve9.2' as PveTarget };
  const mapping = deriveMapping(inv, {}, a);
  const design = deriveDesign(inv, mapping, {}, a);
  poison(inv, mapping, design);
  bundle = buildConfigBundle(design, mapping, { inventory: inv });
  dir = writeAll(bundle.files);
}, 60_000);

describe('hostile values injected after the design: the bundle still writes only safe files', () => {
  it('every file passes the check of its reader (section config, datacenter.cfg, ifupdown2, Markdown, scripts)', () => {
    const problems = bundle.files.flatMap((f) => fileProblems(f.path, f.content));
    expect(problems).toEqual([]);
    for (const f of bundle.files.filter((x) => /\/network\/|\.cfg$|corosync-links\.md$/.test(x.path))) {
      for (const l of f.content.split('\n')) if (!/^\s*#/.test(l) && !/^\s*comment /.test(l)) expect(l, f.path).not.toMatch(/post-up/);
    }
    expect(bundle.files.map((f) => f.path).every((p) => /^proxmox\/[a-z0-9-]+\/[A-Za-z0-9._/-]+$/.test(p))).toBe(true);
  });

  it('every script passes bash -n', () => {
    const scripts = bundle.files.filter((f) => f.path.endsWith('.sh'));
    const r = spawnSync('bash', ['-c', 'for f in "$@"; do bash -n "$f" || exit 1; done', '_', ...scripts.map((f) => path.join(dir, f.path))], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(scripts.length).toBeGreaterThan(5);
  });

  it('each rejected value is reported with its code, in both languages', () => {
    const codes = new Set(bundle.findings.map((f) => f.code));
    for (const code of [
      'BUNDLE_ADDRESS_INVALID',
      'BUNDLE_ID_REJECTED',
      'BUNDLE_VALUE_REJECTED',
      'BUNDLE_QNETD_INVALID',
      'BUNDLE_DATACENTER_LINE',
      'BUNDLE_NAME_INVALID',
      'BUNDLE_CPU_INVALID',
      'BUNDLE_MAC_INVALID',
      'BUNDLE_BRIDGE_INVALID',
      'BUNDLE_UUID_INVALID',
      'BUNDLE_PATH_REJECTED',
      'BUNDLE_PATH_COMMA',
      'BUNDLE_STORAGE_UNDEFINED',
    ] as const) expect(codes.has(code), code).toBe(true);
    for (const f of bundle.findings) {
      expect(f.text.vi).not.toBe(f.text.en);
      expect(`${f.text.vi}${f.text.en}`).not.toMatch(/\{\{|\n/);
    }
    const readmes = bundle.files.filter((f) => f.path.endsWith('README.md')).map((f) => f.content).join('\n');
    for (const code of codes) expect(readmes).toContain(code);
  });

  it('what was kept is what the plan meant: the valid rules and resources, nothing else', () => {
    const rules = bundle.files.filter((f) => f.path.endsWith('ha/rules.cfg')).flatMap((f) => parsePveSectionConfig(f.content).sections);
    expect(rules.some((s) => s.id.startsWith('x'))).toBe(false);
    expect(rules.every((s) => /^(vm|ct):\d+(,(vm|ct):\d+)*$/.test(s.options.resources ?? ''))).toBe(true);
    const res = bundle.files.filter((f) => f.path.endsWith('ha/resources.cfg')).flatMap((f) => parsePveSectionConfig(f.content).sections);
    expect(res.length).toBeGreaterThan(10);
    expect(res.every((s) => /^[1-9][0-9]{2,}$/.test(s.id))).toBe(true);
    const sh = bundle.files.filter((f) => f.path.endsWith('create-vms.sh')).map((f) => f.content).join('\n');
    expect(sh).not.toContain('import-from=a');
    expect(sh).not.toMatch(/\.\.\/\.\.\//);
    expect(sh).toMatch(/^\s+copy_import \d+ \S+ \S+ raw vm\d+-\w+\.vmdk /m);
    expect(sh).toMatch(/for s in [^;]*\bbrand-new\b/);
    const qd = bundle.files.find((f) => f.path.endsWith('qdevice.sh'))?.content ?? '';
    expect(qd.split('\n').filter((l) => l.includes('touch'))).toEqual([]);
    expect(fs.existsSync(MARK)).toBe(false);
  });
});
