import type { Text } from '../text';

/** The Proxmox configuration bundle: its README and the findings raised while it is written. */
export const bundle = {
  // ---- findings (code → sentence); values from the inventory arrive already quoted ----
  'bundle.finding.BUNDLE_VALUE_REJECTED': {
    vi: '{{file}}: giá trị của {{key}} trong mục {{section}} ({{value}}) có ký tự xuống dòng hoặc ký tự điều khiển nên không được ghi vào tệp.',
    en: '{{file}}: the value of {{key}} in section {{section}} ({{value}}) contains a line break or a control character, so it was not written.',
  },
  'bundle.finding.BUNDLE_ID_REJECTED': {
    vi: '{{file}}: mã {{id}} không đúng định dạng mã của Proxmox nên mục này không được ghi.',
    en: '{{file}}: the id {{id}} does not match the Proxmox id format, so this entry was not written.',
  },
  'bundle.finding.BUNDLE_STORAGE_UNDEFINED': {
    vi: 'create-vms.sh dùng storage {{storage}} nhưng storage.cfg của cluster này không định nghĩa nó (không rõ loại storage). Hãy thêm storage này bằng pvesm add trước khi chạy; script kiểm tra và dừng lại khi storage còn thiếu.',
    en: 'create-vms.sh uses storage {{storage}} but the storage.cfg of this cluster does not define it (its type is unknown). Add it with pvesm add before running; the script checks and stops while it is missing.',
  },
  'bundle.finding.BUNDLE_MAC_INVALID': {
    vi: '{{vm}}, {{nic}}: địa chỉ MAC {{mac}} không hợp lệ với Proxmox (cần MAC unicast dạng xx:xx:xx:xx:xx:xx) nên không được dùng; Proxmox sẽ tự cấp MAC mới cho card mạng này.',
    en: '{{vm}}, {{nic}}: MAC address {{mac}} is not valid for Proxmox (a unicast xx:xx:xx:xx:xx:xx address is needed), so it is not used; Proxmox assigns a new MAC to this NIC.',
  },
  'bundle.finding.BUNDLE_UUID_INVALID': {
    vi: '{{vm}}: SMBIOS UUID {{uuid}} không đúng định dạng nên không được đặt; máy ảo nhận UUID mới (Windows có thể đòi kích hoạt lại).',
    en: '{{vm}}: SMBIOS UUID {{uuid}} is not in UUID format, so it is not set; the VM gets a new UUID (Windows may ask to be activated again).',
  },
  'bundle.finding.BUNDLE_PATH_REJECTED': {
    vi: '{{vm}}, {{disk}}: đường dẫn VMDK {{path}} không an toàn (có "..", ký tự điều khiển hoặc nằm ngoài datastore) nên không được import; hãy import đĩa này thủ công.',
    en: '{{vm}}, {{disk}}: VMDK path {{path}} is not safe (it has "..", a control character or leaves its datastore), so it is not imported; import this disk by hand.',
  },
  'bundle.finding.BUNDLE_PATH_COMMA': {
    vi: '{{vm}}, {{disk}}: đường dẫn VMDK {{path}} có dấu phẩy, không đưa được vào import-from= của Proxmox. Hãy chép đĩa thành một tệp duy nhất VMDK_DIR/{{file}} (ví dụ qemu-img convert -O raw từ storage ESXi, hoặc bản xuất streamOptimized); script import tệp đó bằng qm disk import.',
    en: '{{vm}}, {{disk}}: VMDK path {{path}} contains a comma, which the Proxmox import-from= option cannot carry. Copy the disk as one file to VMDK_DIR/{{file}} (for example qemu-img convert -O raw from the ESXi storage, or a streamOptimized export); the script imports that file with qm disk import.',
  },
  'bundle.finding.BUNDLE_QNETD_INVALID': {
    vi: 'Địa chỉ máy QNetd {{value}} trong dự án không phải địa chỉ IPv4/IPv6 (pvecm qdevice setup chỉ nhận địa chỉ IP) nên không được ghi vào qdevice.sh; khi chạy, đặt QNETD_HOST=<địa chỉ IP>.',
    en: 'The QNetd host {{value}} in the project is not an IPv4/IPv6 address (pvecm qdevice setup accepts only an IP address), so it was not written into qdevice.sh; set QNETD_HOST=<IP address> when running it.',
  },
  'bundle.finding.BUNDLE_ADDRESS_INVALID': {
    vi: 'Node {{node}}: địa chỉ {{role}} {{value}} lấy từ VMkernel không hợp lệ nên network/interfaces.{{node}} để giá trị PLACEHOLDER cần điền.',
    en: 'Node {{node}}: the {{role}} address {{value}} taken from the VMkernel port is not valid, so network/interfaces.{{node}} keeps a PLACEHOLDER to fill in.',
  },
  'bundle.finding.BUNDLE_CPU_INVALID': {
    vi: 'Loại CPU {{value}} ({{count}} máy ảo) không hợp lệ nên dùng {{fallback}}.',
    en: 'CPU type {{value}} ({{count}} VMs) is not valid, so {{fallback}} is used.',
  },
  'bundle.finding.BUNDLE_BRIDGE_INVALID': {
    vi: 'Tên bridge {{value}} ({{count}} card mạng) không hợp lệ nên dùng {{fallback}}.',
    en: 'Bridge name {{value}} ({{count}} NICs) is not valid, so {{fallback}} is used.',
  },
  'bundle.finding.BUNDLE_NO_SOURCE_HOST': {
    vi: '{{vm}}: không rõ host ESXi nguồn nên không có storage ESXi mặc định; khi import qua ESXi, đặt ESXI_STORAGE lúc chạy create-vms.sh.',
    en: '{{vm}}: its source ESXi host is unknown, so there is no default ESXi storage; for the ESXi import, set ESXI_STORAGE when running create-vms.sh.',
  },
  'bundle.finding.BUNDLE_ESXI_ADDRESS': {
    vi: 'Host ESXi {{host}}: không có địa chỉ quản trị hợp lệ nên storage {{id}} trong storage.cfg để địa chỉ PLACEHOLDER cần điền.',
    en: 'ESXi host {{host}}: no valid management address is known, so storage {{id}} in storage.cfg keeps a PLACEHOLDER address to fill in.',
  },
  'bundle.finding.BUNDLE_DATACENTER_LINE': {
    vi: 'datacenter.cfg: dòng {{value}} không đúng định dạng nên không được ghi.',
    en: 'datacenter.cfg: the line {{value}} is not in the expected format, so it was not written.',
  },
  'bundle.finding.BUNDLE_NAME_INVALID': {
    vi: '{{vm}}: tên máy ảo trên Proxmox {{value}} không hợp lệ nên dùng {{fallback}}.',
    en: '{{vm}}: the Proxmox VM name {{value}} is not valid, so {{fallback}} is used.',
  },

  // ---- README of each cluster folder ----
  'bundle.readme.summary': {
    vi: 'vSphere: {{sources}} · node: {{nodes}} · {{target}} · {{votes}} phiếu{{qdevice}} · HA: {{ha}}',
    en: 'vSphere: {{sources}} · nodes: {{nodes}} · {{target}} · {{votes}} votes{{qdevice}} · HA: {{ha}}',
  },
  'bundle.readme.target.pve8': { vi: 'PVE 8 (HA group)', en: 'PVE 8 (HA groups)' },
  'bundle.readme.target.pve9': { vi: 'PVE 9 (HA rule)', en: 'PVE 9 (HA rules)' },
  'bundle.readme.yes': { vi: 'có', en: 'yes' },
  'bundle.readme.no': { vi: 'không', en: 'no' },
  'bundle.readme.order': { vi: 'Thứ tự thực hiện:', en: 'Order of work:' },
  'bundle.readme.step.network': {
    vi: '`network/interfaces.<node>`: cấu hình mạng từng node (bridge vmbr0 hỗ trợ VLAN, bond, các giá trị PLACEHOLDER cần điền). Chú thích luôn nằm trên dòng riêng: ifupdown2 coi mọi thứ sau tên tùy chọn là giá trị.',
    en: '`network/interfaces.<node>`: the network of each node (VLAN-aware bridge vmbr0, bond, PLACEHOLDER values to fill in). Comments always sit on their own line: ifupdown2 reads everything after an option name as its value.',
  },
  'bundle.readme.step.corosync': {
    vi: '`corosync-links.md`: tạo cluster (`pvecm create`) và cho các node tham gia (`pvecm add`) với hai link corosync.',
    en: '`corosync-links.md`: create the cluster (`pvecm create`) and join the nodes (`pvecm add`) with two corosync links.',
  },
  'bundle.readme.step.qdevice': {
    vi: '`qdevice.sh`: thêm QDevice (phiếu bầu thứ ba). Script hỏi địa chỉ IP của máy QNetd (QNETD_HOST) và kiểm tra đó là địa chỉ IPv4/IPv6: pvecm chỉ nhận địa chỉ IP.',
    en: '`qdevice.sh`: add the QDevice (third vote). The script asks for the IP address of the QNetd host (QNETD_HOST) and checks it is an IPv4/IPv6 address: pvecm accepts only an IP address.',
  },
  'bundle.readme.step.noQdevice': { vi: 'Cluster này không cần QDevice.', en: 'No QDevice for this cluster.' },
  'bundle.readme.step.storage': {
    vi: '`storage.cfg`: các storage mà script dùng, kể cả một storage ESXi (`esxi-<host>`) cho mỗi host ESXi nguồn. Thêm bằng `pvesm add` (storage ESXi cần `--password`); không chép đè lên /etc/pve/storage.cfg.',
    en: '`storage.cfg`: the storages the scripts use, including one ESXi storage (`esxi-<host>`) per source ESXi host. Add them with `pvesm add` (the ESXi storages need `--password`); do not paste over /etc/pve/storage.cfg.',
  },
  'bundle.readme.step.datacenter': {
    vi: '`datacenter.cfg`: chỉ gồm các dòng khóa do kế hoạch đặt, không có dòng chú thích: Proxmox đưa mọi dòng bắt đầu bằng `#` trong /etc/pve/datacenter.cfg vào phần Notes của datacenter. Gộp các dòng vào tệp đang có, hoặc để `ha-setup.sh` đặt chúng bằng pvesh.',
    en: '`datacenter.cfg`: only the key lines the plan sets, no comment lines: Proxmox turns every line starting with `#` in /etc/pve/datacenter.cfg into the datacenter Notes. Merge the lines into the existing file, or let `ha-setup.sh` set them with pvesh.',
  },
  'bundle.readme.migrationPending': {
    vi: 'Mạng migration chưa được chọn: sau khi chọn một subnet riêng, thêm dòng `migration: secure,network=<CIDR>` vào datacenter.cfg.',
    en: 'The migration network is not chosen yet: once a dedicated subnet is chosen, add the line `migration: secure,network=<CIDR>` to datacenter.cfg.',
  },
  'bundle.readme.step.createVms': {
    vi: '`create-vms.sh`: tạo máy ảo (chạy trên từng node) và import đĩa. Khi chạy lại sau một lần import lỗi, script import những đĩa máy ảo còn thiếu (đối chiếu với `qm config`) thay vì bỏ qua máy ảo.',
    en: '`create-vms.sh`: create the VMs (run it on each node) and import their disks. Run again after a failed import, it imports the disks a VM still lacks (checked against `qm config`) instead of skipping the VM.',
  },
  'bundle.readme.step.ha': {
    vi: '`ha-setup.sh`: cấu hình HA ({{kind}} và resource); `ha/*.cfg` là nội dung tương ứng của /etc/pve/ha/ để đối chiếu.',
    en: '`ha-setup.sh`: HA configuration ({{kind}} and resources); `ha/*.cfg` is the matching content of /etc/pve/ha/ for review.',
  },
  'bundle.readme.kind.groups': { vi: 'group', en: 'groups' },
  'bundle.readme.kind.rules': { vi: 'rule', en: 'rules' },
  'bundle.readme.esxiTitle': { vi: 'Import đĩa qua ESXi', en: 'Disk import through ESXi' },
  'bundle.readme.esxi': {
    vi: 'Mặc định (`IMPORT_ROUTE=esxi`) mỗi máy ảo được import từ storage ESXi của host nguồn của nó ({{storages}}), các storage này có trong `storage.cfg`. Chỉ đặt `ESXI_STORAGE=<id>` khi muốn import mọi máy ảo qua một storage khác (ví dụ một vCenter, chậm hơn 5–10 lần); `ESXI_DATACENTER` mặc định là `ha-datacenter` (khi kết nối thẳng tới host ESXi). Với `IMPORT_ROUTE=vmdk`, script dùng các VMDK đã chép vào `VMDK_DIR/<datastore>/…`. Cả hai cách đều giữ `discard` và `iothread` của đĩa.',
    en: 'By default (`IMPORT_ROUTE=esxi`) each VM is imported from the ESXi storage of its source host ({{storages}}); those storages are in `storage.cfg`. Set `ESXI_STORAGE=<id>` only to import every VM through another storage (for example a vCenter, 5–10 times slower); `ESXI_DATACENTER` defaults to `ha-datacenter` (a direct connection to an ESXi host). With `IMPORT_ROUTE=vmdk` the script uses VMDKs copied under `VMDK_DIR/<datastore>/…`. Both routes keep the `discard` and `iothread` settings of the disks.',
  },
  'bundle.readme.safety': {
    vi: 'Mọi script dừng ở lỗi đầu tiên, chỉ in ra các lệnh sẽ chạy (dry run) và chỉ thực thi khi đặt `CONFIRM=yes`. Trong dry run script vẫn đọc trạng thái (qm config, pvesh get, pvecm status) nhưng không thay đổi gì. Chạy lại nhiều lần vẫn an toàn.',
    en: 'Every script stops at the first error, prints the commands it would run (dry run) and only executes them with `CONFIRM=yes`. A dry run still reads the state (qm config, pvesh get, pvecm status) but changes nothing. Re-running is safe.',
  },
  'bundle.readme.priority': {
    vi: '**Ưu tiên node HA: SỐ LỚN HƠN = ĐƯỢC ƯU TIÊN** (`pve01:2,pve02:1` ưu tiên pve01): ha-manager sắp xếp priority giảm dần. Hiểu nhầm thường gặp: cho rằng số nhỏ hơn được ưu tiên.',
    en: '**HA node priority: the HIGHER number is PREFERRED** (`pve01:2,pve02:1` prefers pve01): ha-manager sorts priorities in descending order. A common misconception is that the lower number wins.',
  },
  'bundle.readme.findingsTitle': { vi: 'Cần xử lý trước khi chạy', en: 'To resolve before running' },
  'bundle.readme.noFindings': { vi: 'Không có vấn đề nào khi tạo các tệp này.', en: 'No issue was found while writing these files.' },
  'bundle.readme.files': { vi: 'Tệp', en: 'Files' },

  // ---- report appendix ----
  'bundle.report.findingsTitle': { vi: 'Vấn đề khi tạo gói cấu hình (xem README.md của thư mục)', en: 'Issues found while writing the bundle (see the folder README.md)' },
  'bundle.report.col.code': { vi: 'Mã', en: 'Code' },
  'bundle.report.col.file': { vi: 'Tệp', en: 'File' },
  'bundle.report.col.finding': { vi: 'Nội dung', en: 'Finding' },
} as const satisfies Record<string, Text>;
