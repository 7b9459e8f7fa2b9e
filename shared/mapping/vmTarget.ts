import { text, type Text } from '../i18n/text';
import type { Disk, Nic, Vm } from '../model/inventory';
import { diskOverride, nicOverride, resolveDecisions, type Decisions, type Scsihw, type TargetProfile, type VmOverride } from '../model/decisions';
import { PLANNING_CALCULATOR_VERSION, type Assumptions } from '../model/assumptions';
import type { ClusterCpu } from './cpuBaseline';
import { guestOs, type GuestOs, type Ostype } from './guestOs';
import type { NetworkEntry } from './networkMap';
import { assumed, derived, imported, unknown, type Field } from './provenance';
import { diskFormatFor, storageForVm, type PveStorageType, type StorageEntry } from './storageMap';

/**
 * One VM's Proxmox configuration, derived from the inventory, the maps and the decisions. Every field
 * carries its provenance; a user override (`decisions.vmOverrides[vmKey][field]`) wins and is marked
 * `override`. Override keys: vmid, name, cluster, cpu, sockets, cores, memoryMiB, balloonMiB, ostype, bios,
 * machine, profile, scsihw, agent, storage (+ storageType) for every disk, `disk:<label>.storage`
 * (+ `.storageType`), bridge / nicModel for every NIC, `net<N>.model`, `net<N>.bridge`, `net<N>.tag`
 * (null = untagged). The overrides come through `readDecisions` (shared/model/decisions.ts), which drops
 * invalid values: the derived value stays.
 */

export type { Scsihw, TargetProfile } from '../model/decisions';
export type DiskBus = 'scsi' | 'sata' | 'ide' | 'virtio';
export type SourceBus = 'scsi' | 'sata' | 'ide' | 'nvme';

export const SLOT_LIMITS: Record<DiskBus, number> = { ide: 4, sata: 6, scsi: 31, virtio: 16 };
export const NIC_LIMIT = 32;

export type TargetDisk = {
  label: string;
  sourceBus: SourceBus;
  sourceController?: string;
  datastore?: string;
  /** e.g. `scsi0`; undefined when the bus has no free slot left. */
  slot?: string;
  bus: DiskBus;
  storage: Field<string>;
  storageType?: PveStorageType;
  sizeGiB: Field<number>;
  format: Field<'raw' | 'qcow2'>;
  discard: boolean;
  iothread: boolean;
  /** A raw device mapping: shown as RDM with its options, never planned as an ordinary disk. */
  rdm: boolean;
  /** `serial=` (stable disk serial, from the vmdk UUID) when the VM needs one (disk.EnableUUID). */
  serial?: Field<string>;
  rdmLun?: string;
  rdmMode?: string;
};

export type TargetNic = {
  slot: string;
  label: string;
  network?: string;
  model: Field<string>;
  bridge: Field<string>;
  tag: Field<number>;
  mac: Field<string>;
  trunk: boolean;
};

export type VmTarget = {
  vmKey: string;
  sourceName: string;
  vmid: Field<number>;
  name: Field<string>;
  cluster: Field<string>;
  cpu: Field<string>;
  sockets: Field<number>;
  cores: Field<number>;
  memoryMiB: Field<number>;
  balloonMiB: Field<number>;
  /** `numa: 1` when memory hot-add is planned (readiness advice), with its source. */
  numa: Field<boolean>;
  /** `hotplug:` devices (memory,cpu added when vSphere had hot-add on). */
  hotplug: Field<string>;
  guest?: GuestOs;
  ostype: Field<Ostype>;
  bios: Field<'seabios' | 'ovmf'>;
  machine: Field<'pc' | 'q35'>;
  efidisk?: { storage: Field<string>; efitype: '4m'; preEnrolledKeys: Field<boolean> };
  scsihw: Field<Scsihw>;
  profile: Field<TargetProfile>;
  disks: TargetDisk[];
  nets: TargetNic[];
  /** One empty CD drive for the VirtIO driver ISO (Windows); source CD-ROMs are dropped. */
  cdrom?: { slot: string };
  agent: Field<boolean>;
  boot: Field<string>;
  smbiosUuid?: string;
  /** Follow-up steps in order (install drivers, switch to VirtIO, install the guest agent, …). */
  steps: Text[];
  notes: Text[];
  /** Field names set by a user override. */
  overridden: string[];
  calculatorVersion: string;
};

export type MapContext = {
  assumptions: Assumptions;
  decisions: Decisions;
  vmid?: number;
  /** Unique Proxmox name (see `uniquePveNames`). */
  pveName: string;
  clusterCpu?: ClusterCpu;
  network: Map<string, NetworkEntry>;
  /** Storage entries by datastore name (several when datastores of one name are told apart by their hosts). */
  storage: Map<string, StorageEntry[]>;
};

const NVME = /nvme/i;
const SATA = /sata|ahci/i;
const IDE = /\bide\b/i;

function computeSourceBus(l: string, c: string): SourceBus {
  if (NVME.test(l) || NVME.test(c)) return 'nvme';
  if (SATA.test(l) || SATA.test(c)) return 'sata';
  if (IDE.test(l) || IDE.test(c)) return 'ide';
  return 'scsi';
}

// Controller texts repeat ("SCSI controller 0" / "LSI Logic SAS"…): memoise by label, then controller.
const busMemo = new Map<string, Map<string, SourceBus>>();

/** The VMware bus of a disk from its controller label / text (default SCSI, as Forklift does). */
export function sourceBusOf(d: Disk): SourceBus {
  const l = d.controllerLabel ?? '';
  const c = d.controller ?? '';
  let inner = busMemo.get(l);
  if (inner === undefined) {
    if (busMemo.size > 2000) busMemo.clear();
    inner = new Map();
    busMemo.set(l, inner);
  }
  let b = inner.get(c);
  if (b === undefined) {
    b = computeSourceBus(l, c);
    if (inner.size < 200) inner.set(c, b);
  }
  return b;
}

const TRAILING_NUMBER = /(\d+)\s*$/;

function controllerIndex(d: Disk): number {
  const m = TRAILING_NUMBER.exec(d.controllerLabel ?? d.controller ?? '');
  return m ? Number(m[1]) : 0;
}

const BUS_ORDER: Record<SourceBus, number> = { scsi: 0, sata: 1, ide: 2, nvme: 3 };

/** Disks in the importer's order: SCSI, SATA, IDE by controller and unit; NVMe last. */
export function orderedDisks(vm: Vm): Disk[] {
  if (vm.disks.length <= 1) return vm.disks.slice();
  return vm.disks
    .map((d, i) => ({ d, i, b: BUS_ORDER[sourceBusOf(d)], c: controllerIndex(d), u: d.unitNumber ?? 1e6 }))
    .sort((x, y) => x.b - y.b || x.c - y.c || x.u - y.u || x.i - y.i)
    .map((x) => x.d);
}

/** Proxmox controller for a VMware SCSI controller text (undefined when PVE has no model for it). */
export function scsihwForController(c: string | undefined): Scsihw | undefined {
  const s = (c ?? '').toLowerCase();
  if (/paravirtual|pvscsi/.test(s)) return 'pvscsi';
  if (/^lsi/.test(s)) return 'lsi';
  return undefined;
}

/** NIC model Proxmox knows for a VMware adapter name (undefined for vlance/vmxnet/vmxnet2/flexible). */
export function nicModelForAdapter(adapter: string | undefined): string | undefined {
  const s = (adapter ?? '').toLowerCase().replace(/\s+/g, '');
  if (s === 'vmxnet3') return 'vmxnet3';
  if (s === 'e1000e') return 'e1000e';
  if (s === 'e1000') return 'e1000';
  return undefined;
}

export function isLegacyAdapter(adapter: string | undefined): boolean {
  const s = (adapter ?? '').toLowerCase().replace(/\s+/g, '');
  return /^(pcnet32|vlance|vmxnet|vmxnet2|flexible|enhancedvmxnet)$/.test(s);
}

// ---- overrides ----
function over<T>(value: T): Field<T> {
  return { value, source: 'override' };
}

/** The override when there is a valid one (recorded in `overridden`), else the derived field. */
function take<V>(overridden: string[], key: string, v: V | undefined, otherwise: () => Field<V>): Field<V> {
  if (v !== undefined) {
    overridden.push(key);
    return over(v);
  }
  return otherwise();
}

type BusPlan = { profile: TargetProfile; firstBootSata: boolean; emulatedScsi: boolean; fallback: DiskBus };

/** The Proxmox bus of one disk under a profile. */
function busFor(d: Disk, plan: BusPlan): DiskBus {
  if (plan.profile === 'virtio') return 'scsi';
  if (plan.profile === 'first-boot') return plan.firstBootSata ? 'sata' : 'scsi';
  const b = sourceBusOf(d);
  if (b === 'scsi' || b === 'nvme') return plan.emulatedScsi ? 'scsi' : plan.fallback;
  return b;
}

const T = {
  virtioIso: text(
    'Gắn ISO virtio-win vào ổ CD {{slot}}; cài driver VirtIO và QEMU guest agent (virtio-win-guest-tools).',
    'Attach the virtio-win ISO to CD drive {{slot}}; install the VirtIO drivers and the QEMU guest agent (virtio-win-guest-tools).',
  ),
  switchVirtio: text(
    'Sau khi cài driver: chuyển đĩa sang SCSI (VirtIO SCSI single, iothread=1) và card mạng sang VirtIO, khởi động lại và kiểm tra.',
    'Once the drivers are in: move the disks to SCSI (VirtIO SCSI single, iothread=1) and the NICs to VirtIO, reboot and check.',
  ),
  legacyDrivers: text(
    'virtio-win hiện tại không còn hỗ trợ phiên bản Windows này: dùng bản virtio-win cũ còn hỗ trợ, hoặc giữ thiết bị giả lập.',
    'Current virtio-win releases no longer support this Windows version: use an older virtio-win release that does, or keep emulated devices.',
  ),
  agentLinux: text(
    'Cài gói qemu-guest-agent trong máy khách và bật dịch vụ (agent: enabled=1 đã bật trên Proxmox).',
    'Install the qemu-guest-agent package in the guest and enable the service (agent: enabled=1 is set on Proxmox).',
  ),
  agentOther: text(
    'Cài QEMU guest agent nếu hệ điều hành có bản hỗ trợ; nếu không, tắt agent.',
    'Install the QEMU guest agent if the OS has a build for it; otherwise turn the agent off.',
  ),
  removeTools: text('Gỡ VMware Tools sau khi máy ảo chạy ổn trên Proxmox.', 'Uninstall VMware Tools once the VM runs well on Proxmox.'),
  efiState: text(
    'Biến EFI (boot entries) không được chuyển: nếu máy không khởi động, thêm boot entry trong menu OVMF.',
    'EFI variables (boot entries) are not carried over: if the VM does not boot, add the boot entry in the OVMF menu.',
  ),
  secureBoot: text(
    'Secure Boot: efidisk0 dùng efitype=4m và pre-enrolled-keys=1 để máy vẫn được bảo vệ bởi Secure Boot.',
    'Secure Boot: efidisk0 uses efitype=4m and pre-enrolled-keys=1 so the guest stays Secure-Boot protected.',
  ),
  nvme: text(
    'Đĩa NVMe được gắn lại dưới dạng SCSI: máy khách cần driver SCSI tương ứng.',
    'NVMe disks are re-attached as SCSI: the guest needs the matching SCSI driver.',
  ),
  rdm: text(
    '{{disk}} là đĩa RDM ({{mode}}, LUN {{lun}}): không phải đĩa ảo, không import. Phương án: (1) gắn thẳng LUN vào Proxmox (iSCSI/FC, `qm set … -scsiN /dev/disk/by-id/…`); (2) chép dữ liệu sang một đĩa ảo mới trên Proxmox.',
    '{{disk}} is an RDM disk ({{mode}}, LUN {{lun}}): not a virtual disk, not imported. Options: (1) pass the LUN through to Proxmox (iSCSI/FC, `qm set … -scsiN /dev/disk/by-id/…`); (2) copy the data to a new virtual disk on Proxmox.',
  ),
  noSlot: text(
    'Không đủ khe đĩa trên bus {{bus}} (tối đa {{max}}): {{count}} đĩa chưa có khe.',
    'Not enough disk slots on the {{bus}} bus (max {{max}}): {{count}} disk(s) have no slot.',
  ),
  balloonReserved: text(
    'Bộ nhớ được reservation toàn bộ: không đặt balloon target.',
    'Memory is fully reserved: no balloon target.',
  ),
  hotplug: text(
    'Trên vSphere bật hot-add CPU/RAM: đặt `hotplug: disk,network,usb,memory,cpu` và `numa: 1` (Proxmox không cho hotplug RAM khi tắt NUMA).',
    'CPU/memory hot-add is on in vSphere: `hotplug: disk,network,usb,memory,cpu` and `numa: 1` (Proxmox refuses memory hotplug without NUMA).',
  ),
  serial: text(
    'disk.EnableUUID bật trên vSphere (ứng dụng đọc serial đĩa): đặt `serial=` cố định từ UUID của vmdk (20 ký tự đầu, Proxmox giới hạn 20 byte) — serial khác với serial trên VMware, cần kiểm tra ứng dụng.',
    'disk.EnableUUID is on in vSphere (software reads the disk serial): a stable `serial=` from the vmdk UUID (first 20 characters, the Proxmox limit) — it differs from the VMware serial; check the software.',
  ),
  balloonLocked: text(
    'Bộ nhớ được reservation toàn bộ (locked to max): tắt balloon.',
    'Memory is fully reserved (locked to max): balloon disabled.',
  ),
  coresAssumed: text(
    'Không rõ số core mỗi socket: giả định 1 socket.',
    'Cores per socket unknown: one socket assumed.',
  ),
  noCluster: text('Máy ảo không thuộc cluster nào trong dữ liệu nhập.', 'The VM belongs to no cluster in the imported data.'),
};

/** Compute the target configuration of one VM. */
export function mapVm(vm: Vm, ctx: MapContext): VmTarget {
  const a = ctx.assumptions;
  const o: VmOverride = resolveDecisions(ctx.decisions).vmOverrides?.[vm.key] ?? {};
  const overridden: string[] = [];
  const steps: Text[] = [];
  const notes: Text[] = [];
  const vmid = take(overridden, 'vmid', o.vmid, () => (ctx.vmid !== undefined ? assumed(ctx.vmid, 'vmidStart') : unknown<number>()));
  const name = take(overridden, 'name', o.name, () =>
    ctx.pveName === vm.name ? imported(ctx.pveName) : derived(ctx.pveName),
  );
  const cluster = take(overridden, 'cluster', o.cluster, () => (vm.cluster ? derived(vm.cluster) : unknown<string>(T.noCluster)));
  const cpu = take(overridden, 'cpu', o.cpu, () =>
    ctx.clusterCpu ? derived(ctx.clusterCpu.cpuType) : assumed(a.fallbackCpuType, 'fallbackCpuType'),
  );

  // sockets / cores
  let sockets: Field<number>;
  let cores: Field<number>;
  if (vm.cpus !== undefined && vm.cpus > 0) {
    const cps = vm.coresPerSocket;
    if (cps !== undefined && cps > 0 && vm.cpus % cps === 0) {
      cores = imported(cps);
      sockets = derived(vm.cpus / cps);
    } else {
      cores = assumed(vm.cpus, 'coresPerSocket', T.coresAssumed);
      sockets = assumed(1, 'coresPerSocket', T.coresAssumed);
    }
  } else {
    cores = unknown();
    sockets = unknown();
  }
  sockets = take(overridden, 'sockets', o.sockets, () => sockets);
  cores = take(overridden, 'cores', o.cores, () => cores);

  const memoryMiB = take(overridden, 'memoryMiB', o.memoryMiB, () => imported(vm.memoryMiB));
  const balloonMiB = take(overridden, 'balloonMiB', o.balloonMiB, (): Field<number> => {
    if (memoryMiB.value === undefined) return unknown();
    if (vm.memoryReservationLockedToMax) return derived(0, T.balloonLocked);
    if (vm.memoryReservationMiB !== undefined && vm.memoryReservationMiB >= memoryMiB.value) return derived(0, T.balloonReserved);
    return assumed(Math.floor(memoryMiB.value * a.balloonMinRatio), 'balloonMinRatio');
  });

  const g = guestOs(vm);
  const ostype = take(overridden, 'ostype', o.ostype, () => (g ? derived(g.ostype) : unknown<Ostype>()));
  const isWindows = g?.family === 'windows' || /^(w|win)/.test(ostype.value ?? '');

  const bios = take(overridden, 'bios', o.bios, (): Field<'seabios' | 'ovmf'> => {
    if (vm.firmware === 'efi') return derived('ovmf');
    if (vm.firmware === 'bios') return derived('seabios');
    return assumed('seabios', 'firmware', text('Firmware chưa rõ: giả định BIOS.', 'Firmware unknown: BIOS assumed.'));
  });
  const machine = take(overridden, 'machine', o.machine, (): Field<'pc' | 'q35'> =>
    derived(bios.value === 'ovmf' ? 'q35' : 'pc'),
  );

  // profile
  const profile = take(overridden, 'profile', o.profile, (): Field<TargetProfile> => {
    if (!g) return assumed('virtio', 'guestOs', text('Hệ điều hành chưa rõ: giả định VirtIO.', 'Guest OS unknown: VirtIO assumed.'));
    if (g.family === 'windows') {
      if (g.virtio === 'none') return derived('emulated');
      return a.windowsFirstBoot ? assumed('first-boot', 'windowsFirstBoot') : derived('virtio');
    }
    if (g.virtio === 'none') return derived('emulated');
    return derived('virtio');
  });

  // disks
  const ordered = orderedDisks(vm);
  const sourceScsi = ordered.filter((d) => sourceBusOf(d) === 'scsi').map((d) => scsihwForController(d.controller));
  const firstSourceHw = sourceScsi.find((x) => x !== undefined);
  let scsihwDefault: Field<Scsihw>;
  const p = profile.value ?? 'virtio';
  const plan: BusPlan = { profile: p, firstBootSata: ordered.length <= SLOT_LIMITS.sata, emulatedScsi: false, fallback: 'sata' };
  if (p === 'virtio') {
    scsihwDefault = derived('virtio-scsi-single');
  } else if (p === 'first-boot') {
    scsihwDefault = derived(plan.firstBootSata ? 'virtio-scsi-single' : 'pvscsi');
  } else {
    // emulated: keep the VMware bus where Proxmox has the same controller; else SATA (IDE for guests without AHCI).
    const noAhci = ['wxp', 'w2k', 'w2k3'].includes(ostype.value ?? '');
    plan.fallback = noAhci ? 'ide' : 'sata';
    const hw = firstSourceHw;
    const efiLsi = hw === 'lsi' && bios.value === 'ovmf';
    plan.emulatedScsi = hw !== undefined && !efiLsi;
    scsihwDefault = hw ? derived(efiLsi ? (isWindows ? 'pvscsi' : 'virtio-scsi-single') : hw) : derived('lsi');
  }
  const scsihw = take(overridden, 'scsihw', o.scsihw, () => scsihwDefault);
  const storageOverride = o.storage;
  if (storageOverride) overridden.push('storage');

  const cdrom = isWindows ? { slot: 'ide2' } : undefined;
  const nextSlot: Record<DiskBus, number> = { scsi: 0, sata: 0, ide: 0, virtio: 0 };
  const overflow: Partial<Record<DiskBus, number>> = {};
  const disks: TargetDisk[] = [];
  for (const d of ordered) {
    if (d.raw === true) {
      // An RDM is a LUN, not a virtual disk: never planned as an ordinary disk (no slot, storage, size).
      notes.push(text(T.rdm.vi, T.rdm.en, { disk: d.label, mode: d.rawCompatibilityMode ?? '?', lun: d.rawLunId ?? '?' }));
      disks.push({
        label: d.label,
        sourceBus: sourceBusOf(d),
        sourceController: d.controller,
        datastore: d.datastore,
        bus: busFor(d, plan),
        storage: unknown(T.rdm),
        sizeGiB: d.capacityMiB !== undefined && d.capacityMiB > 0 ? derived(Math.ceil(d.capacityMiB / 1024)) : unknown(),
        format: unknown(),
        discard: false,
        iothread: false,
        rdm: true,
        rdmLun: d.rawLunId,
        rdmMode: d.rawCompatibilityMode,
      });
      continue;
    }
    const bus = busFor(d, plan);
    let idx = nextSlot[bus];
    if (bus === 'ide' && cdrom && idx === 2) idx = 3;
    let slot: string | undefined;
    if (idx < SLOT_LIMITS[bus]) {
      slot = `${bus}${idx}`;
      nextSlot[bus] = idx + 1;
    } else overflow[bus] = (overflow[bus] ?? 0) + 1;
    const entry = d.datastore ? storageForVm(ctx.storage, vm, d.datastore) : undefined;
    const diskStorage = diskOverride(o, d.label, 'storage') ?? storageOverride;
    if (diskStorage && diskStorage !== storageOverride) overridden.push(`disk:${d.label}.storage`);
    const storage: Field<string> = diskStorage ? over(diskStorage) : entry ? { value: entry.storage, source: entry.source === 'override' ? 'override' : 'derived' } : unknown();
    const storageType = diskStorage ? diskOverride(o, d.label, 'storageType') ?? o.storageType : entry?.type;
    const fmt = diskFormatFor(storageType);
    disks.push({
      label: d.label,
      sourceBus: sourceBusOf(d),
      sourceController: d.controller,
      datastore: d.datastore,
      slot,
      bus,
      storage,
      storageType,
      sizeGiB: d.capacityMiB !== undefined && d.capacityMiB > 0 ? derived(Math.ceil(d.capacityMiB / 1024)) : unknown(),
      format: fmt ? derived(fmt) : unknown(),
      discard: true,
      iothread: scsihw.value === 'virtio-scsi-single' && bus === 'scsi',
      rdm: false,
    });
  }
  for (const [bus, count] of Object.entries(overflow)) {
    const b = bus as DiskBus;
    notes.push(text(T.noSlot.vi, T.noSlot.en, { bus: b, max: SLOT_LIMITS[b], count: count ?? 0 }));
  }
  if (ordered.some((d) => sourceBusOf(d) === 'nvme')) notes.push(T.nvme);

  // firmware extras
  let efidisk: VmTarget['efidisk'];
  if (bios.value === 'ovmf') {
    const bootStorage = disks[0]?.storage ?? unknown<string>();
    const pre: Field<boolean> = vm.secureBoot === undefined ? unknown(text('Không rõ Secure Boot.', 'Secure Boot unknown.')) : imported(vm.secureBoot);
    efidisk = { storage: { ...bootStorage }, efitype: '4m', preEnrolledKeys: pre };
    notes.push(T.efiState);
    if (vm.secureBoot) steps.push(T.secureBoot);
  }

  // NICs
  const nets: TargetNic[] = [];
  const bridgeOverride = o.bridge;
  if (bridgeOverride) overridden.push('bridge');
  const nicModelOverride = o.nicModel;
  if (nicModelOverride) overridden.push('nicModel');
  vm.nics.forEach((n: Nic, i: number) => {
    if (i >= NIC_LIMIT) return;
    const slot = `net${i}`;
    const slotModel = nicOverride(o, slot, 'model');
    if (slotModel) overridden.push(`${slot}.model`);
    let model: Field<string>;
    if (slotModel ?? nicModelOverride) model = over((slotModel ?? nicModelOverride) as string);
    else if (p === 'virtio') model = derived('virtio');
    else if (p === 'first-boot') {
      const modern = ['win8', 'win10', 'win11'].includes(ostype.value ?? '');
      model = derived(modern ? 'e1000e' : 'e1000');
    } else {
      const m = nicModelForAdapter(n.adapter);
      model = m ? derived(m) : isLegacyAdapter(n.adapter) ? derived('pcnet') : derived('e1000');
    }
    const e = n.network ? ctx.network.get(n.network) : undefined;
    const slotBridge = nicOverride(o, slot, 'bridge');
    if (slotBridge) overridden.push(`${slot}.bridge`);
    const bridge: Field<string> = slotBridge ? over(slotBridge) : bridgeOverride ? over(bridgeOverride) : e ? { value: e.bridge, source: e.source === 'override' ? 'override' : 'derived' } : assumed(a.defaultBridge, 'defaultBridge');
    const tagSource = e?.source === 'override' ? 'override' : 'derived';
    let tag: Field<number>;
    if (!e || e.source === 'unknown') tag = unknown();
    else tag = { value: e.tag, source: tagSource };
    const slotTag = nicOverride(o, slot, 'tag');
    if (slotTag !== undefined) {
      tag = { value: slotTag === null ? undefined : slotTag, source: 'override' };
      overridden.push(`${slot}.tag`);
    }
    nets.push({ slot, label: n.label, network: n.network, model, bridge, tag, mac: imported(n.mac?.toLowerCase()), trunk: e?.trunk ?? false });
  });
  if (vm.nics.length > NIC_LIMIT) {
    notes.push(text('Máy ảo có {{count}} card mạng, Proxmox tối đa {{max}}.', 'The VM has {{count}} NICs; Proxmox allows {{max}}.', { count: vm.nics.length, max: NIC_LIMIT }));
  }

  // steps
  if (p === 'first-boot') {
    steps.push(fillSlot(T.virtioIso, cdrom?.slot ?? 'ide2'));
    if (g?.virtio === 'legacy') steps.push(T.legacyDrivers);
    steps.push(T.switchVirtio);
  } else if (isWindows && p === 'virtio') {
    steps.push(fillSlot(T.virtioIso, cdrom?.slot ?? 'ide2'));
  } else if (isWindows && p === 'emulated') {
    steps.push(T.legacyDrivers);
  }
  const agent = take(overridden, 'agent', o.agent, () => derived(true));
  if (agent.value) {
    if (!isWindows) steps.push(g?.family === 'linux' ? T.agentLinux : T.agentOther);
  }
  steps.push(T.removeTools);

  // Readiness advice the target config can carry, each a derived value naming its source.
  const hotAdd = vm.cpuHotAdd === true || vm.memoryHotAdd === true;
  const numa: Field<boolean> = hotAdd ? derived(true, T.hotplug) : vm.cpuHotAdd === undefined && vm.memoryHotAdd === undefined ? unknown() : derived(false);
  const hotplug: Field<string> = hotAdd ? derived('disk,network,usb,memory,cpu', T.hotplug) : derived('disk,network,usb');
  if (hotAdd) notes.push(T.hotplug);
  if (vm.enableUuid === true) {
    let any = false;
    for (const d of disks) {
      const src = vm.disks.find((x) => x.label === d.label);
      const hex = (src?.uuid ?? '').replace(/[^0-9a-fA-F]/g, '').toLowerCase();
      if (d.rdm || !hex) continue;
      d.serial = derived(hex.slice(0, 20), T.serial);
      any = true;
    }
    if (any) notes.push(T.serial);
  }

  const bootSlot = disks.find((d) => d.slot)?.slot;
  const boot: Field<string> = bootSlot ? derived(`order=${bootSlot}`) : unknown();

  return {
    vmKey: vm.key,
    sourceName: vm.name,
    vmid,
    name,
    cluster,
    cpu,
    sockets,
    cores,
    memoryMiB,
    balloonMiB,
    numa,
    hotplug,
    guest: g,
    ostype,
    bios,
    machine,
    efidisk,
    scsihw,
    profile,
    disks,
    nets,
    cdrom,
    agent,
    boot,
    smbiosUuid: vm.biosUuid,
    steps,
    notes,
    overridden,
    calculatorVersion: PLANNING_CALCULATOR_VERSION,
  };
}

const IDE2_VIRTIO_ISO = text(T.virtioIso.vi, T.virtioIso.en, { slot: 'ide2' });

function fillSlot(t: Text, slot: string): Text {
  if (t === T.virtioIso && slot === 'ide2') return IDE2_VIRTIO_ISO;
  return text(t.vi, t.en, { slot });
}
