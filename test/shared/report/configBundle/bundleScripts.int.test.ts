/**
 * The generated scripts run by bash against stub Proxmox commands (stubPve.ts): dry runs change nothing,
 * real runs pass the plan's values as single arguments, create-vms.sh resumes and checks its storages.
 * Spawns bash and the stubs many times, hence an integration test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNodePriorities } from '../../../../shared/design/haRules';
import { caseOf, fileOf, loadBundleCases, type BundleCase } from './bundleCases';
import { parsePveSectionConfig } from './pveSectionConfig';
import { READ_ONLY, stubPve } from './stubPve';

let cases: BundleCase[] = [];

beforeAll(async () => {
  cases = await loadBundleCases();
}, 120_000);

describe('configuration bundle scripts (bash with stub Proxmox commands)', () => {
  it('ha-setup.sh dry run prints the ha-manager commands of the plan (priority: higher number first)', () => {
    const k = caseOf(cases, 'demo-pve9');
    const c = k.design.clusters.find((x) => x.ha.enabled && x.ha.rules.length > 0);
    if (!c) throw new Error('no HA cluster in the demo');
    const stub = stubPve();
    const r = stub.run(path.join(k.dir, 'proxmox', c.name, 'ha-setup.sh'), { CONFIRM: 'no' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.calls.filter((x) => !READ_ONLY(x))).toEqual([]);
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

  it('PVE 8: ha-manager groupadd carries the same --comment as groups.cfg', () => {
    const k = caseOf(cases, 'demo-pve8');
    let n = 0;
    for (const c of k.design.clusters.filter((x) => x.ha.groups.length)) {
      const stub = stubPve();
      const r = stub.run(path.join(k.dir, 'proxmox', c.name, 'ha-setup.sh'), { CONFIRM: 'yes' });
      expect(r.status, r.stderr).toBe(0);
      const groups = parsePveSectionConfig(fileOf(k, `proxmox/${c.name}/ha/groups.cfg`)).sections;
      for (const g of groups) {
        const call = r.calls.find((a) => a[0] === 'ha-manager' && a[1] === 'groupadd' && a[2] === g.id);
        expect(call, g.id).toBeDefined();
        const at = call?.indexOf('--comment') ?? -1;
        expect(at).toBeGreaterThan(0);
        expect(call?.[at + 1]).toBe(g.options.comment);
        n++;
      }
    }
    expect(n).toBeGreaterThan(3);
  });

  it('create-vms.sh resumes: an existing VM gets only the disks its qm config lacks; a VMID owned by another VM is refused', () => {
    const k = caseOf(cases, 'demo-pve9');
    let resumed = 0;
    for (const c of k.design.clusters) {
      const file = path.join(k.dir, 'proxmox', c.name, 'create-vms.sh');
      const sh = fileOf(k, `proxmox/${c.name}/create-vms.sh`);
      const blocks = [...sh.matchAll(/if \[ "\$NODE" = (\S+) \] && wanted \d+; then\n {2}vm_begin (\d+) (\S+)\n[\s\S]*?\nfi\n/g)];
      const block = blocks.find((m) => (m[0].match(/^\s+import_disk /gm) ?? []).length >= 2);
      if (!block) continue;
      const [, node = '', vmid = '', name = ''] = block;
      const slots = [...block[0].matchAll(/^\s+import_disk \d+ (\S+) /gm)].map((m) => m[1] ?? '');
      const stub = stubPve();
      stub.setVm(Number(vmid), [`name: ${name}`, `${slots[0]}: x:vm-${vmid}-disk-0,size=10G`]);
      const r = stub.run(file, { NODE: node, CONFIRM: 'yes' });
      expect(r.status, r.stderr).toBe(0);
      const mine = r.calls.filter((a) => a[0] === 'qm' && a[2] === vmid && !READ_ONLY(a));
      expect(mine.some((a) => a[1] === 'create')).toBe(false);
      expect(mine.filter((a) => a[1] === 'set').map((a) => a[3])).toEqual(slots.slice(1).map((s) => `--${s}`));
      expect(r.stdout).toContain(`VMID ${vmid} exists: importing the disks it still lacks`);
      // Re-running once everything is there imports nothing more for this VM.
      const again = stub.run(file, { NODE: node, CONFIRM: 'yes' });
      expect(again.calls.filter((a) => a[0] === 'qm' && a[2] === vmid && !READ_ONLY(a))).toEqual([]);
      // A VMID that exists with another name is never touched.
      const other = stubPve();
      other.setVm(Number(vmid), ['name: somebody-else']);
      const refused = other.run(file, { NODE: node, CONFIRM: 'yes' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`VMID ${vmid} exists with the name 'somebody-else'`);
      expect(refused.calls.filter((a) => a[0] === 'qm' && a[2] === vmid && !READ_ONLY(a))).toEqual([]);
      resumed++;
    }
    expect(resumed).toBeGreaterThan(0);
  });

  it('create-vms.sh with ONLY_VMIDS creates only those VMs (one migration wave at a time)', () => {
    const k = caseOf(cases, 'demo-pve9');
    const c = k.design.clusters.find((x) => x.placement.vms.filter((v) => v.node).length >= 3);
    if (!c) throw new Error('no cluster with three placed VMs');
    const byNode = new Map<string, number[]>();
    for (const v of c.placement.vms) if (v.node) byNode.set(v.node, [...(byNode.get(v.node) ?? []), v.vmid]);
    const [node, ids] = [...byNode].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const file = path.join(k.dir, 'proxmox', c.name, 'create-vms.sh');
    const all = stubPve().run(file, { NODE: node, CONFIRM: 'yes' });
    expect(all.status, all.stderr).toBe(0);
    const created = (r: typeof all): string[] => r.calls.filter((a) => a[0] === 'qm' && a[1] === 'create').map((a) => a[2] ?? '');
    expect(created(all).sort()).toEqual(ids.map(String).sort());
    const one = String(ids[1]);
    const wave = stubPve().run(file, { NODE: node, CONFIRM: 'yes', ONLY_VMIDS: `${one} 99999` });
    expect(wave.status, wave.stderr).toBe(0);
    expect(created(wave)).toEqual([one]);
  });

  it('create-vms.sh stops before creating anything when a storage it needs does not exist', () => {
    const k = caseOf(cases, 'demo-pve9');
    const c = k.design.clusters[0];
    const node = c?.placement.vms.find((v) => v.node)?.node;
    if (!c || !node) throw new Error('x');
    const stub = stubPve();
    // pvesh get /storage/<id> fails for a missing storage; make every pvesh call fail.
    fs.writeFileSync(path.join(stub.dir, 'bin', 'pvesh'), '#!/usr/bin/env bash\necho "storage does not exist" >&2\nexit 2\n', { mode: 0o755 });
    const real = stub.run(path.join(k.dir, 'proxmox', c.name, 'create-vms.sh'), { NODE: node, CONFIRM: 'yes' });
    expect(real.status).toBe(1);
    expect(real.stderr).toMatch(/storage '\S+' does not exist on this cluster/);
    expect(real.calls.filter((x) => x[0] === 'qm' && !READ_ONLY(x))).toEqual([]);
    const dry = stub.run(path.join(k.dir, 'proxmox', c.name, 'create-vms.sh'), { NODE: node });
    expect(dry.status).toBe(0);
    expect(dry.stderr).toContain('a real run would stop here');
  });

  it('create-vms.sh dry run, both routes: the commands come out, nothing changes; the vmdk route keeps discard/iothread', () => {
    const k = caseOf(cases, 'demo-pve9');
    for (const c of k.design.clusters) {
      const sh = fileOf(k, `proxmox/${c.name}/create-vms.sh`);
      const placed = c.placement.vms.filter((v) => v.node);
      const node = placed[0]?.node;
      if (!node) continue;
      const stub = stubPve();
      for (const route of ['esxi', 'vmdk']) {
        const r = stub.run(path.join(k.dir, 'proxmox', c.name, 'create-vms.sh'), { NODE: node, IMPORT_ROUTE: route });
        expect(r.status, r.stderr).toBe(0);
        expect(r.calls.filter((x) => !READ_ONLY(x)), 'a dry run changes nothing').toEqual([]);
        const lines = r.stdout.split('\n');
        expect(lines.filter((l) => l.startsWith('DRY-RUN: qm create'))).toHaveLength(placed.filter((v) => v.node === node).length);
        const unq = lines.map((l) => l.replace(/\\(.)/g, '$1'));
        if (route === 'esxi') {
          expect(unq.some((l) => /^DRY-RUN: qm set \d+ --(scsi|sata|virtio|ide)0 \S+:0,import-from=esxi-[a-z0-9-]+:ha-datacenter\//.test(l)), unq.join('\n')).toBe(true);
        } else {
          // qm disk import attaches the bare volume (qemu-server PVE/QemuServer/ImportDisk.pm do_import sets
          // `$drive_name = $dst_volid`), so discard/iothread are set afterwards like in the esxi route.
          const imports = unq.map((l, i) => ({ l, i })).filter((x) => /^DRY-RUN: qm disk import \d+ \/mnt\/pve\/import\/.+ --format (raw|qcow2) --target-disk (scsi|sata|virtio|ide)\d/.test(x.l));
          expect(imports.length, unq.join('\n')).toBeGreaterThan(0);
          for (const { l, i } of imports) {
            const [, vmid, slot] = /qm disk import (\d+) .* --target-disk (\S+)/.exec(l) ?? [];
            const esxiLine = sh.split('\n').find((x) => new RegExp(`^\\s+import_disk ${vmid} ${slot} `).test(x)) ?? '';
            const opts = /(\S+)$/.exec(esxiLine)?.[1] ?? '';
            if (opts && opts !== "''") expect(unq[i + 1]).toBe(`DRY-RUN: qm set ${vmid} --${slot} <imported-volume>,${opts}`);
          }
        }
      }
    }
  });

  it('qdevice.sh refuses a host name and passes an IPv6 address to pvecm as one argument', () => {
    const demo = caseOf(cases, 'demo-pve9');
    const file = path.join(demo.dir, 'proxmox/hn-2node/qdevice.sh');
    const stub = stubPve();
    const named = stub.run(file, { QNETD_HOST: 'qnetd.example.com', CONFIRM: 'yes' });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('must be an IPv4 or IPv6 address');
    expect(named.calls.filter((x) => !READ_ONLY(x))).toEqual([]);
    const ok = stub.run(file, { QNETD_HOST: 'fd00::5', CONFIRM: 'yes' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.calls.find((x) => x[0] === 'pvecm' && x[1] === 'qdevice')).toEqual(['pvecm', 'qdevice', 'setup', 'fd00::5']);
  });
});
