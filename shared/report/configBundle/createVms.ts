import type { MappingResult, VmTarget } from '../../mapping';
import type { PveStorageType } from '../../mapping/storageMap';
import type { Inventory, Vm } from '../../model/inventory';
import type { ClusterDesign, PlacedVm } from '../../design/types';
import { BRIDGE_RE, checkVmdkPath, CPU_TYPE_RE, DISK_SLOT_RE, isMac, isStorageId, quoted, SMBIOS_UUID_RE } from './escape';
import type { FindingSink } from './findings';
import { comment, scriptHeader, shq } from './shell';
import type { EsxiStorage } from './storageCfg';

/** `[datastore] folder/file.vmdk` → { datastore, path } (normalised and confined; undefined when unsafe). */
export function splitVmdkPath(p: string | undefined): { datastore: string; path: string } | undefined {
  const r = checkVmdkPath(p);
  return r.ok ? r.source : undefined;
}

const DEFAULT_CPU = 'x86-64-v2-AES';
const DEFAULT_BRIDGE = 'vmbr0';
const FILE = 'create-vms.sh';
const OSTYPES = ['other', 'wxp', 'w2k', 'w2k3', 'w2k8', 'wvista', 'win7', 'win8', 'win10', 'win11', 'l24', 'l26', 'solaris'];
const BIOSES = ['seabios', 'ovmf'];
const SCSIHW = ['lsi', 'lsi53c810', 'virtio-scsi-pci', 'virtio-scsi-single', 'megasas', 'pvscsi'];
const NIC_MODELS = ['e1000', 'e1000-82540em', 'e1000-82544gc', 'e1000-82545em', 'e1000e', 'i82551', 'i82557b', 'i82559er', 'ne2k_isa', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio', 'vmxnet3'];
/** pve dns-name (qemu-server `name`). */
const VM_NAME_RE = /^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

const posInt = (n: number | undefined, min: number, fallback: number): number => (n !== undefined && Number.isInteger(n) && n >= min ? n : fallback);

/** Everything `qm create` gets for one VM: each value validated, each option one shell word. */
/** Invalid values that repeat over many VMs (a bad default bridge or CPU type): one finding per value. */
type Repeated = { bridges: Map<string, number>; cpus: Map<string, number> };

function qmCreateArgs(
  p: PlacedVm,
  t: VmTarget | undefined,
  clusterCpu: string | undefined,
  sink: FindingSink,
  used: Map<string, PveStorageType | undefined>,
  repeated: Repeated,
): { args: string[]; name: string; notes: string[] } {
  const notes: string[] = [];
  const vmLabel = quoted(p.name, 60);
  const fallbackName = `vm-${p.vmid}`;
  const args: string[] = [String(p.vmid)];
  const cpuDefault = clusterCpu && CPU_TYPE_RE.test(clusterCpu) ? clusterCpu : DEFAULT_CPU;
  if (!t) {
    const basic = p.name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
    const name = VM_NAME_RE.test(basic) ? basic : fallbackName;
    args.push('--name', shq(name));
    args.push('--cpu', shq(cpuDefault), '--sockets', '1', '--cores', String(posInt(p.vcpus, 1, 1)), '--memory', String(Math.max(16, posInt(p.memoryMiB, 1, 16))));
    args.push('--scsihw', 'virtio-scsi-single', '--ostype', 'other', '--agent', 'enabled=1');
    notes.push('no per-VM mapping was given: add disks and NICs by hand / chưa có mapping theo máy ảo: tự thêm đĩa và card mạng');
    return { args, name, notes };
  }
  const v = <T,>(f: { value: T | undefined }) => f.value;
  let name = v(t.name) ?? p.name;
  if (!VM_NAME_RE.test(name)) {
    sink.add('BUNDLE_NAME_INVALID', FILE, { vm: vmLabel, value: quoted(name, 60), fallback: fallbackName });
    name = fallbackName;
  }
  args.push('--name', shq(name));
  const ostype = v(t.ostype);
  if (ostype && OSTYPES.includes(ostype)) args.push('--ostype', ostype);
  const bios = v(t.bios);
  if (bios && BIOSES.includes(bios)) args.push('--bios', bios);
  if (v(t.machine) === 'q35') args.push('--machine', 'q35');
  if (t.efidisk) {
    const st = v(t.efidisk.storage) ?? 'local-lvm';
    if (isStorageId(st)) {
      used.set(st, used.get(st) ?? t.disks[0]?.storageType);
      args.push('--efidisk0', shq(`${st}:1,efitype=4m,pre-enrolled-keys=${v(t.efidisk.preEnrolledKeys) ? 1 : 0}`));
    } else sink.add('BUNDLE_ID_REJECTED', FILE, { id: quoted(st) });
  }
  let cpu = v(t.cpu) ?? cpuDefault;
  if (!CPU_TYPE_RE.test(cpu)) {
    repeated.cpus.set(cpu, (repeated.cpus.get(cpu) ?? 0) + 1);
    cpu = cpuDefault;
  }
  if (!v(t.cpu)) notes.push(`CPU type assumed ${cpu} / giả định loại CPU ${cpu}`);
  args.push('--cpu', shq(cpu));
  args.push('--sockets', String(posInt(v(t.sockets), 1, 1)), '--cores', String(posInt(v(t.cores), 1, posInt(p.vcpus, 1, 1))));
  args.push('--memory', String(Math.max(16, posInt(v(t.memoryMiB), 1, posInt(p.memoryMiB, 1, 16)))));
  const balloon = v(t.balloonMiB);
  if (balloon !== undefined && Number.isInteger(balloon) && balloon >= 0) args.push('--balloon', String(balloon));
  if (v(t.numa) === true) args.push('--numa', '1');
  const hotplug = v(t.hotplug);
  if (hotplug && /^(disk|network|usb|memory|cpu|cloudinit)(,(disk|network|usb|memory|cpu|cloudinit))*$/.test(hotplug) && hotplug !== 'disk,network,usb') args.push('--hotplug', hotplug);
  const scsihw = v(t.scsihw);
  if (scsihw && SCSIHW.includes(scsihw)) args.push('--scsihw', scsihw);
  t.nets.forEach((n, i) => {
    const slot = /^net[0-9]{1,2}$/.test(n.slot) ? n.slot : `net${i}`;
    const nic = quoted(n.label || slot, 40);
    const modelRaw = v(n.model) ?? 'virtio';
    const model = NIC_MODELS.includes(modelRaw) ? modelRaw : 'virtio';
    const macRaw = v(n.mac);
    let mac = '';
    if (macRaw !== undefined && macRaw !== '') {
      if (isMac(macRaw)) mac = macRaw;
      else sink.add('BUNDLE_MAC_INVALID', FILE, { vm: vmLabel, nic, mac: quoted(macRaw) });
    }
    let bridge = v(n.bridge) ?? DEFAULT_BRIDGE;
    if (!BRIDGE_RE.test(bridge)) {
      repeated.bridges.set(bridge, (repeated.bridges.get(bridge) ?? 0) + 1);
      bridge = DEFAULT_BRIDGE;
    }
    const tag = v(n.tag);
    const tagOk = tag !== undefined && Number.isInteger(tag) && tag >= 1 && tag <= 4094;
    args.push(`--${slot}`, shq(`${model}${mac ? `=${mac}` : ''},bridge=${bridge}${tagOk ? `,tag=${tag}` : ''}`));
    if (n.trunk) notes.push(`${slot}: trunk port group, set trunks= on the NIC / port group trunk: đặt trunks= cho card mạng`);
  });
  if (t.cdrom && /^(ide|sata)[0-9]$/.test(t.cdrom.slot)) args.push(`--${t.cdrom.slot}`, 'none,media=cdrom');
  if (v(t.agent)) args.push('--agent', 'enabled=1');
  const boot = v(t.boot);
  const order = boot ? (boot.startsWith('order=') ? boot : `order=${boot}`) : undefined;
  if (order && /^order=[a-z0-9]+(;[a-z0-9]+)*$/.test(order)) args.push('--boot', shq(order));
  if (t.smbiosUuid) {
    if (SMBIOS_UUID_RE.test(t.smbiosUuid)) args.push('--smbios1', shq(`uuid=${t.smbiosUuid}`));
    else sink.add('BUNDLE_UUID_INVALID', FILE, { vm: vmLabel, uuid: quoted(t.smbiosUuid) });
  }
  return { args, name, notes };
}

/** The disk lines of one VM: import_disk (esxi or vmdk route) or copy_import (paths a property string cannot carry). */
function diskLines(p: PlacedVm, t: VmTarget | undefined, vm: Vm | undefined, vsan: Set<string>, sink: FindingSink, used: Map<string, PveStorageType | undefined>): string[] {
  if (!t) return [];
  const out: string[] = [];
  const vmLabel = quoted(p.name, 60);
  if (t.disks.some((d) => d.datastore !== undefined && vsan.has(d.datastore))) {
    out.push('  # vSAN: the ESXi import cannot read vSAN-backed disks — move them to VMFS/NFS first, or use IMPORT_ROUTE=vmdk with exported VMDKs');
    out.push('  # vSAN: công cụ import ESXi không đọc được đĩa trên vSAN — chuyển đĩa sang VMFS/NFS trước, hoặc dùng IMPORT_ROUTE=vmdk với VMDK đã xuất');
  }
  const byLabel = new Map((vm?.disks ?? []).map((d) => [d.label, d]));
  for (const d of t.disks) {
    const label = comment(d.label);
    if (d.rdm) {
      out.push(`  # ${label}: RDM disk — not imported; present the LUN to Proxmox / đĩa RDM — không import, gắn LUN trực tiếp`);
      continue;
    }
    if (!d.slot || !DISK_SLOT_RE.test(d.slot)) {
      out.push(`  # ${label}: no free ${d.bus} slot — attach by hand / hết slot ${d.bus} — gắn thủ công`);
      continue;
    }
    const storage = d.storage.value ?? 'local-lvm';
    if (!isStorageId(storage)) {
      sink.add('BUNDLE_ID_REJECTED', FILE, { id: quoted(storage) });
      out.push(`  # ${label} → ${d.slot}: target storage id not valid — not imported / mã storage đích không hợp lệ — không import`);
      continue;
    }
    const format = d.format.value === 'qcow2' ? 'qcow2' : 'raw';
    const serial = d.serial?.value;
    const opts = [d.discard ? 'discard=on' : '', d.iothread ? 'iothread=1' : '', serial && /^[0-9a-f]{1,20}$/.test(serial) ? `serial=${serial}` : ''].filter(Boolean).join(',');
    const rawPath = byLabel.get(d.label)?.path;
    const src = checkVmdkPath(rawPath);
    if (!src.ok) {
      if (src.reason === 'unparsed') out.push(`  # ${label} → ${d.slot}: the VMDK path is unknown in the inventory / không rõ đường dẫn VMDK`);
      else {
        sink.add('BUNDLE_PATH_REJECTED', FILE, { vm: vmLabel, disk: quoted(d.label, 40), path: quoted(rawPath ?? '') });
        out.push(`  # ${label} → ${d.slot}: unsafe VMDK path — not imported, import by hand / đường dẫn VMDK không an toàn — không import, import thủ công`);
      }
      continue;
    }
    used.set(storage, used.get(storage) ?? d.storageType);
    if (src.comma) {
      const file = `vm${p.vmid}-${d.slot}.vmdk`;
      sink.add('BUNDLE_PATH_COMMA', FILE, { vm: vmLabel, disk: quoted(d.label, 40), path: quoted(rawPath ?? ''), file });
      out.push(`  copy_import ${p.vmid} ${d.slot} ${shq(storage)} ${format} ${shq(file)} ${shq(opts)} ${shq(`[${src.source.datastore}] ${src.source.path}`)}`);
    } else out.push(`  import_disk ${p.vmid} ${d.slot} ${shq(storage)} ${format} ${shq(src.source.datastore)} ${shq(src.source.path)} ${shq(opts)}`);
  }
  return out;
}

/** The script's helper functions: resume check, import routes, disk options, storage preflight. */
const HELPERS = [
  'cfg=\'\'',
  'src=\'\'',
  '',
  '# vm_begin <vmid> <name>: load `qm config` (empty when the VMID does not exist yet); refuse a VMID that belongs to another VM.',
  'vm_begin() {',
  '  cfg="$(qm config "$1" 2>/dev/null)" || cfg=\'\'',
  '  if [ -n "$cfg" ]; then',
  '    local name=\'\' line',
  '    while IFS= read -r line; do case "$line" in "name: "*) name="${line#name: }" ;; esac; done <<< "$cfg"',
  '    if [ "$name" != "$2" ]; then echo "VMID $1 exists with the name \'$name\', not \'$2\': not touching it" >&2; exit 1; fi',
  '  fi',
  '}',
  '',
  '# has_disk <slot>: the VM loaded by vm_begin already has this disk.',
  'has_disk() { case $\'\\n\'"$cfg" in *$\'\\n\'"$1: "*) return 0 ;; esac; return 1; }',
  '',
  '# disk_options <vmid> <slot> <options>: qm disk import attaches the bare volume; set discard/iothread like the esxi route.',
  'disk_options() {',
  '  local vmid="$1" slot="$2" opts="$3" vol',
  '  [ -n "$opts" ] || return 0',
  '  if [ "$CONFIRM" = "yes" ]; then',
  "    vol=\"$(qm config \"$vmid\" | sed -n \"s/^$slot: \\([^,]*\\).*/\\1/p\")\"",
  '    if [ -z "$vol" ]; then echo "VM $vmid: $slot not found after the import" >&2; exit 1; fi',
  '    qm set "$vmid" "--$slot" "$vol,$opts"',
  '  else',
  '    run qm set "$vmid" "--$slot" "<imported-volume>,$opts"',
  '  fi',
  '}',
  '',
  '# import_disk <vmid> <slot> <storage> <format> <datastore> <path> <options>',
  'import_disk() {',
  '  local vmid="$1" slot="$2" storage="$3" format="$4" ds="$5" path="$6" opts="$7" esxi',
  '  if has_disk "$slot"; then echo "VM $vmid: $slot already present, not imported again"; return 0; fi',
  '  case "/$ds/$path/" in */../*|*/./*|*//*) echo "VM $vmid: unsafe disk path" >&2; exit 2 ;; esac',
  '  case "$IMPORT_ROUTE" in',
  '    esxi)',
  '      esxi="${ESXI_STORAGE:-$src}"',
  '      if [ -z "$esxi" ]; then echo "VM $vmid: its source ESXi host is unknown: set ESXI_STORAGE" >&2; exit 2; fi',
  '      case "$esxi:$ESXI_DATACENTER/$ds/$path" in *,*) echo "VM $vmid: a comma cannot be passed in import-from" >&2; exit 2 ;; esac',
  '      run qm set "$vmid" "--$slot" "$storage:0,import-from=$esxi:$ESXI_DATACENTER/$ds/$path,format=$format${opts:+,$opts}" ;;',
  '    vmdk)',
  '      run qm disk import "$vmid" "$VMDK_DIR/$ds/$path" "$storage" --format "$format" --target-disk "$slot"',
  '      disk_options "$vmid" "$slot" "$opts" ;;',
  '    *) echo "IMPORT_ROUTE must be esxi or vmdk" >&2; exit 2 ;;',
  '  esac',
  '}',
  '',
  '# copy_import <vmid> <slot> <storage> <format> <file> <options> <source>: for a VMDK path with a comma (import-from',
  '# cannot carry it): the disk is copied to VMDK_DIR/<file> beforehand and imported from there with qm disk import.',
  'copy_import() {',
  '  local vmid="$1" slot="$2" storage="$3" format="$4" file="$5" opts="$6" from="$7"',
  '  if has_disk "$slot"; then echo "VM $vmid: $slot already present, not imported again"; return 0; fi',
  '  if [ "$CONFIRM" = "yes" ] && [ ! -f "$VMDK_DIR/$file" ]; then',
  '    echo "VM $vmid: copy the disk $from to $VMDK_DIR/$file first (a comma in its path cannot be passed to import-from), then run again" >&2; exit 1',
  '  fi',
  '  run qm disk import "$vmid" "$VMDK_DIR/$file" "$storage" --format "$format" --target-disk "$slot"',
  '  disk_options "$vmid" "$slot" "$opts"',
  '}',
  '',
  '# wanted <vmid>: every VM, or only the VMIDs listed in ONLY_VMIDS (one migration wave at a time).',
  'wanted() {',
  '  [ -z "$ONLY_VMIDS" ] && return 0',
  '  case " $ONLY_VMIDS " in *" $1 "*) return 0 ;; esac',
  '  return 1',
  '}',
  '',
  '# need_storage <id>: the storage must exist on this cluster (pvesh get /storage/<id>).',
  'missing=0',
  'need_storage() {',
  '  if ! pvesh get "/storage/$1" >/dev/null 2>&1; then echo "storage \'$1\' does not exist on this cluster: add it first (see storage.cfg)" >&2; missing=1; fi',
  '}',
  '',
];

export type CreateVmsResult = {
  text: string;
  /** Storage ids the script writes disks to → their type when known. */
  used: Map<string, PveStorageType | undefined>;
  /** ESXi storage ids the script imports from by default. */
  esxiUsed: Set<string>;
};

/**
 * create-vms.sh: one `qm create` per VM placed on this cluster (always with --cpu), then the disk imports.
 * Re-running resumes: an existing VMID (with the expected name) gets the disks its `qm config` still lacks.
 * Before anything is created, every storage it uses is checked on the cluster.
 */
export function createVmsSh(
  c: ClusterDesign,
  mapping: MappingResult | undefined,
  inventory: Inventory | undefined,
  esxi: Map<string, EsxiStorage>,
  sink: FindingSink,
): CreateVmsResult {
  const cpu = mapping?.clusters.find((x) => c.sourceClusters.includes(x.name))?.cpuType;
  const vmByKey = new Map((inventory?.vms ?? []).map((v) => [v.key, v]));
  const vsan = new Set((mapping?.storageMap.entries ?? []).filter((e) => e.kind === 'vsan').map((e) => e.datastore));
  const used = new Map<string, PveStorageType | undefined>();
  const esxiUsed = new Set<string>();
  const blocks: string[] = [];
  const repeated: Repeated = { bridges: new Map(), cpus: new Map() };
  for (const p of [...c.placement.vms].sort((a, b) => a.vmid - b.vmid)) {
    const t = mapping?.vms[p.vmKey];
    blocks.push(`# --- ${comment(p.name)} (VMID ${p.vmid}) → ${p.node ?? 'NOT PLACED'}`);
    if (!p.node) {
      blocks.push(`# not placed: ${comment(p.unplaced?.text.en ?? '')}`, `# chưa xếp chỗ: ${comment(p.unplaced?.text.vi ?? '')}`, '');
      continue;
    }
    const vm = vmByKey.get(p.vmKey);
    const { args, name, notes } = qmCreateArgs(p, t, cpu, sink, used, repeated);
    const disks = diskLines(p, t, vm, vsan, sink, used);
    const source = vm?.host ? esxi.get(vm.host) : undefined;
    if (source) esxiUsed.add(source.id);
    else if (disks.some((l) => /^ {2}import_disk /.test(l))) sink.add('BUNDLE_NO_SOURCE_HOST', FILE, { vm: quoted(p.name, 60) });
    for (const n of notes) blocks.push(`# ${comment(n)}`);
    blocks.push(
      `if [ "$NODE" = ${shq(p.node)} ] && wanted ${p.vmid}; then`,
      `  vm_begin ${p.vmid} ${shq(name)}`,
      '  if [ -z "$cfg" ]; then',
      `    run qm create ${args.join(' ')}`,
      '    created=$((created+1))',
      '  else',
      `    echo "VMID ${p.vmid} exists: importing the disks it still lacks"; resumed=$((resumed+1))`,
      '  fi',
      `  src=${shq(source?.id ?? '')}`,
      ...disks,
      'fi',
      '',
    );
  }
  const cpuFallback = cpu && CPU_TYPE_RE.test(cpu) ? cpu : DEFAULT_CPU;
  for (const [value, count] of repeated.cpus) sink.add('BUNDLE_CPU_INVALID', FILE, { value: quoted(value), count, fallback: cpuFallback });
  for (const [value, count] of repeated.bridges) sink.add('BUNDLE_BRIDGE_INVALID', FILE, { value: quoted(value), count, fallback: DEFAULT_BRIDGE });
  const storages = [...used.keys()].sort();
  const esxiIds = [...esxiUsed].sort();
  const out = scriptHeader(
    FILE,
    [
      `Creates the VMs planned on cluster ${c.name} with qm create (every option, always --cpu: without it Proxmox uses kvm64), then imports their disks.`,
      'Run it on EACH node: it creates only the VMs placed on the node it runs on. Run again after a failed import, it imports the disks a VM still lacks.',
      'Disk route: IMPORT_ROUTE=esxi (default, PVE >= 8.2: each VM from the ESXi storage of its source host, esxi-<host> in storage.cfg; ESXI_STORAGE=<id> overrides it; datacenter ESXI_DATACENTER) or IMPORT_ROUTE=vmdk (copied VMDKs under VMDK_DIR/<datastore>/..., qm disk import).',
      'Power the source VM off (or take it out of service) before importing its disks.',
      'ONLY_VMIDS="101 102" limits a run to those VMIDs (one migration wave; see the runbook of each wave in the plan).',
    ],
    [
      `Tạo các máy ảo đã xếp trên cluster ${c.name} bằng qm create (đủ tùy chọn, luôn có --cpu: thiếu nó Proxmox dùng kvm64), sau đó import đĩa.`,
      'Chạy trên TỪNG node: script chỉ tạo máy ảo được xếp trên node đang chạy. Chạy lại sau một lần import lỗi, script import những đĩa máy ảo còn thiếu.',
      'Cách import đĩa: IMPORT_ROUTE=esxi (mặc định, PVE >= 8.2: mỗi máy ảo lấy từ storage ESXi của host nguồn, esxi-<host> trong storage.cfg; ESXI_STORAGE=<id> để dùng storage khác; datacenter ESXI_DATACENTER) hoặc IMPORT_ROUTE=vmdk (VMDK đã sao chép vào VMDK_DIR/<datastore>/..., dùng qm disk import).',
      'Tắt máy ảo nguồn (hoặc dừng dịch vụ) trước khi import đĩa.',
      'ONLY_VMIDS="101 102" chỉ xử lý các VMID đó (một đợt chuyển; xem runbook của từng đợt trong kế hoạch).',
    ],
  );
  out.push(
    'NODE="${NODE:-$(hostname -s)}"',
    'IMPORT_ROUTE="${IMPORT_ROUTE:-esxi}"',
    'ESXI_STORAGE="${ESXI_STORAGE:-}"',
    'ESXI_DATACENTER="${ESXI_DATACENTER:-ha-datacenter}"',
    'VMDK_DIR="${VMDK_DIR:-/mnt/pve/import}"',
    'ONLY_VMIDS="${ONLY_VMIDS:-}"',
    'created=0; resumed=0',
    ...HELPERS,
    '# Every storage this script writes to or imports from must exist before anything is created.',
    ...(storages.length ? [`for s in ${storages.map(shq).join(' ')}; do need_storage "$s"; done`] : []),
    'if [ "$IMPORT_ROUTE" = "esxi" ]; then',
    `  if [ -n "$ESXI_STORAGE" ]; then need_storage "$ESXI_STORAGE"; ${esxiIds.length ? `else for s in ${esxiIds.map(shq).join(' ')}; do need_storage "$s"; done; ` : ''}fi`,
    'fi',
    'if [ "$missing" = 1 ]; then',
    '  if [ "$CONFIRM" = "yes" ]; then echo "stopping: add the missing storages first" >&2; exit 1; fi',
    '  echo "WARNING (dry run): storages are missing; a real run would stop here" >&2',
    'fi',
    '',
  );
  // One block per VM: appended in a loop, never spread into push() (a cluster of 50k VMs overflows the stack).
  for (const b of blocks) out.push(b);
  out.push('echo "node $NODE: $created VM(s) created, $resumed resumed"', '');
  return { text: out.join('\n'), used, esxiUsed };
}
