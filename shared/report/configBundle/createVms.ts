import type { MappingResult, VmTarget } from '../../mapping';
import type { Inventory, Vm } from '../../model/inventory';
import type { ClusterDesign, PlacedVm } from '../../design/types';
import { comment, scriptHeader, shq } from './shell';

/** `[datastore] folder/file.vmdk` → { datastore, path }. */
export function splitVmdkPath(p: string | undefined): { datastore: string; path: string } | undefined {
  const m = /^\[([^\]]+)\]\s*(.+)$/.exec((p ?? '').trim());
  return m && m[1] && m[2] ? { datastore: m[1], path: m[2] } : undefined;
}

const DEFAULT_CPU = 'x86-64-v2-AES';

function qmCreateArgs(p: PlacedVm, t: VmTarget | undefined, clusterCpu: string | undefined): { args: string[]; notes: string[] } {
  const notes: string[] = [];
  const args: string[] = [String(p.vmid)];
  if (!t) {
    args.push('--name', shq(p.name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || `vm${p.vmid}`));
    args.push('--cpu', clusterCpu ?? DEFAULT_CPU, '--sockets', '1', '--cores', String(Math.max(1, p.vcpus)), '--memory', String(Math.max(16, p.memoryMiB)));
    args.push('--scsihw', 'virtio-scsi-single', '--ostype', 'other', '--agent', 'enabled=1');
    notes.push('no per-VM mapping was given: add disks and NICs by hand / chưa có mapping theo VM: tự thêm đĩa và card mạng');
    return { args, notes };
  }
  const v = <T,>(f: { value: T | undefined }) => f.value;
  args.push('--name', shq(v(t.name) ?? p.name));
  const ostype = v(t.ostype);
  if (ostype) args.push('--ostype', ostype);
  const bios = v(t.bios);
  if (bios) args.push('--bios', bios);
  const machine = v(t.machine);
  if (machine === 'q35') args.push('--machine', 'q35');
  if (t.efidisk) {
    const st = v(t.efidisk.storage) ?? 'local-lvm';
    args.push('--efidisk0', `${st}:1,efitype=4m${v(t.efidisk.preEnrolledKeys) ? ',pre-enrolled-keys=1' : ',pre-enrolled-keys=0'}`);
  }
  const cpu = v(t.cpu) ?? clusterCpu ?? DEFAULT_CPU;
  if (!v(t.cpu)) notes.push(`CPU type assumed ${cpu} / giả định loại CPU ${cpu}`);
  args.push('--cpu', shq(cpu));
  args.push('--sockets', String(v(t.sockets) ?? 1), '--cores', String(v(t.cores) ?? Math.max(1, p.vcpus)));
  const mem = v(t.memoryMiB) ?? p.memoryMiB;
  args.push('--memory', String(Math.max(16, mem)));
  const balloon = v(t.balloonMiB);
  if (balloon !== undefined) args.push('--balloon', String(balloon));
  const scsihw = v(t.scsihw);
  if (scsihw) args.push('--scsihw', scsihw);
  t.nets.forEach((n, i) => {
    const model = v(n.model) ?? 'virtio';
    const mac = v(n.mac);
    const bridge = v(n.bridge) ?? 'vmbr0';
    const tag = v(n.tag);
    const slot = n.slot || `net${i}`;
    args.push(`--${slot}`, shq(`${model}${mac ? `=${mac}` : ''},bridge=${bridge}${tag !== undefined && tag > 0 ? `,tag=${tag}` : ''}`));
    if (n.trunk) notes.push(`${slot}: trunk port group, set trunks= on the NIC / port group trunk: đặt trunks= cho card mạng`);
  });
  if (t.cdrom) args.push(`--${t.cdrom.slot}`, 'none,media=cdrom');
  if (v(t.agent)) args.push('--agent', 'enabled=1');
  const boot = v(t.boot);
  if (boot) args.push('--boot', shq(boot.startsWith('order=') ? boot : `order=${boot}`));
  if (t.smbiosUuid) args.push('--smbios1', shq(`uuid=${t.smbiosUuid}`));
  return { args, notes };
}

function diskLines(p: PlacedVm, t: VmTarget | undefined, vm: Vm | undefined, vsan: Set<string>): string[] {
  if (!t) return [];
  const out: string[] = [];
  if (t.disks.some((d) => d.datastore !== undefined && vsan.has(d.datastore))) {
    out.push('  # vSAN: the ESXi import cannot read vSAN-backed disks — move them to VMFS/NFS first, or use IMPORT_ROUTE=vmdk with exported VMDKs');
    out.push('  # vSAN: công cụ import ESXi không đọc được đĩa trên vSAN — chuyển đĩa sang VMFS/NFS trước, hoặc dùng IMPORT_ROUTE=vmdk với VMDK đã xuất');
  }
  const byLabel = new Map((vm?.disks ?? []).map((d) => [d.label, d]));
  for (const d of t.disks) {
    if (d.rdm) {
      out.push(`  # ${comment(d.label)}: RDM disk — not imported; present the LUN to Proxmox / đĩa RDM — không import, gắn LUN trực tiếp`);
      continue;
    }
    if (!d.slot) {
      out.push(`  # ${comment(d.label)}: no free ${d.bus} slot — attach by hand / hết slot ${d.bus} — gắn thủ công`);
      continue;
    }
    const src = splitVmdkPath(byLabel.get(d.label)?.path);
    const storage = d.storage.value ?? 'local-lvm';
    const format = d.format.value ?? 'raw';
    const opts = [d.discard ? 'discard=on' : '', d.iothread ? 'iothread=1' : ''].filter(Boolean).join(',');
    if (!src) {
      out.push(`  # ${comment(d.label)} → ${d.slot}: the VMDK path is unknown in the inventory / không rõ đường dẫn VMDK`);
      continue;
    }
    out.push(`  import_disk ${p.vmid} ${d.slot} ${shq(storage)} ${format} ${shq(src.datastore)} ${shq(src.path)} ${shq(opts)}`);
  }
  return out;
}

/** create-vms.sh: one `qm create` per VM placed on this cluster (always with --cpu), plus the disk imports. */
export function createVmsSh(c: ClusterDesign, mapping: MappingResult | undefined, inventory: Inventory | undefined): string {
  const cpu = mapping?.clusters.find((x) => c.sourceClusters.includes(x.name))?.cpuType;
  const vmByKey = new Map((inventory?.vms ?? []).map((v) => [v.key, v]));
  const vsan = new Set((mapping?.storageMap.entries ?? []).filter((e) => e.kind === 'vsan').map((e) => e.datastore));
  const out = scriptHeader(
    'create-vms.sh',
    [
      `Creates the VMs planned on cluster ${c.name} with qm create (every option, always --cpu: without it Proxmox uses kvm64), then imports their disks.`,
      'Run it on EACH node: it creates only the VMs placed on the node it runs on and skips VMIDs that already exist.',
      'Disk route: IMPORT_ROUTE=esxi (default; ESXi import storage ESXI_STORAGE, datacenter ESXI_DATACENTER, PVE >= 8.2) or IMPORT_ROUTE=vmdk (copied VMDKs under VMDK_DIR/<datastore>/..., qm disk import).',
      'Power the source VM off (or take it out of service) before importing its disks.',
    ],
    [
      `Tạo các máy ảo đã xếp trên cluster ${c.name} bằng qm create (đủ tùy chọn, luôn có --cpu: thiếu nó Proxmox dùng kvm64), sau đó import đĩa.`,
      'Chạy trên TỪNG node: script chỉ tạo máy ảo được xếp trên node đang chạy và bỏ qua VMID đã tồn tại.',
      'Cách import đĩa: IMPORT_ROUTE=esxi (mặc định; storage ESXi import ESXI_STORAGE, datacenter ESXI_DATACENTER, PVE >= 8.2) hoặc IMPORT_ROUTE=vmdk (VMDK đã sao chép vào VMDK_DIR/<datastore>/..., dùng qm disk import).',
      'Tắt máy ảo nguồn (hoặc dừng dịch vụ) trước khi import đĩa.',
    ],
  );
  out.push(
    'NODE="${NODE:-$(hostname -s)}"',
    'IMPORT_ROUTE="${IMPORT_ROUTE:-esxi}"',
    'ESXI_STORAGE="${ESXI_STORAGE:-esxi-import}"',
    'ESXI_DATACENTER="${ESXI_DATACENTER:-ha-datacenter}"',
    'VMDK_DIR="${VMDK_DIR:-/mnt/pve/import}"',
    'created=0; skipped=0',
    '',
    'vm_exists() { qm status "$1" >/dev/null 2>&1; }',
    '',
    '# import_disk <vmid> <slot> <storage> <format> <datastore> <path> <options>',
    'import_disk() {',
    '  local vmid="$1" slot="$2" storage="$3" format="$4" ds="$5" path="$6" opts="$7"',
    '  case "$IMPORT_ROUTE" in',
    '    esxi) run qm set "$vmid" "--$slot" "$storage:0,import-from=$ESXI_STORAGE:$ESXI_DATACENTER/$ds/$path,format=$format${opts:+,$opts}" ;;',
    '    vmdk) run qm disk import "$vmid" "$VMDK_DIR/$ds/$path" "$storage" --format "$format" --target-disk "$slot" ;;',
    '    *) echo "IMPORT_ROUTE must be esxi or vmdk" >&2; exit 2 ;;',
    '  esac',
    '}',
    '',
  );
  for (const p of [...c.placement.vms].sort((a, b) => a.vmid - b.vmid)) {
    const t = mapping?.vms[p.vmKey];
    out.push(`# --- ${comment(p.name)} (VMID ${p.vmid}) → ${p.node ?? 'NOT PLACED'}`);
    if (!p.node) {
      out.push(`# not placed: ${comment(p.unplaced?.text.en ?? '')}`, `# chưa xếp chỗ: ${comment(p.unplaced?.text.vi ?? '')}`, '');
      continue;
    }
    const { args, notes } = qmCreateArgs(p, t, cpu);
    for (const n of notes) out.push(`# ${comment(n)}`);
    out.push(`if [ "$NODE" = ${shq(p.node)} ]; then`);
    out.push(`  if vm_exists ${p.vmid}; then echo "VMID ${p.vmid} exists, skipped"; skipped=$((skipped+1)); else`);
    out.push(`  run qm create ${args.join(' ')}`);
    out.push(...diskLines(p, t, vmByKey.get(p.vmKey), vsan));
    out.push('  created=$((created+1)); fi', 'fi', '');
  }
  out.push('echo "node $NODE: $created VM(s) processed, $skipped skipped"', '');
  return out.join('\n');
}
