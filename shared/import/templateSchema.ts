import type { Text } from '../i18n/text';
import type { RvTab } from './columns';

/**
 * The vm2pve bilingual inventory template. Each data sheet maps onto an RVTools tab (or onto the PowerCLI
 * rule formats), and each column onto an RVTools header (`key`), so importing the template goes through the
 * same code as an RVTools export and gives the same model. Headers are written "Tiếng Việt / English key".
 */

export type TemplateColumn = {
  /** RVTools header (or PowerCLI column) this column feeds; also the English half of the header. */
  key: string;
  vi: string;
  /** What to write, both languages (shown in the Instructions sheet and the header comment). */
  help: Text;
  /** Allowed values (validated on import; written as a list in the instructions). */
  allowed?: readonly string[];
  required?: boolean;
  /** Example values, one per example row. */
  examples: readonly (string | number | boolean)[];
};

export type TemplateSheet = {
  name: 'Clusters' | 'Hosts' | 'VMs' | 'Disks' | 'NICs' | 'Networks' | 'Datastores' | 'Rules' | 'HA';
  /** RVTools tab it becomes; Rules and HA become PowerCLI tables instead. */
  tab?: RvTab;
  title: Text;
  columns: readonly TemplateColumn[];
};

/** First cell of an example row starts with this; such rows are skipped on import. */
export const EXAMPLE_MARK = 'VD:';

const BOOL = ['True', 'False'] as const;
const t = (vi: string, en: string): Text => ({ vi, en });

export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  {
    name: 'Clusters', tab: 'vCluster', title: t('Cluster vSphere', 'vSphere clusters'),
    columns: [
      { key: 'Name', vi: 'Tên cluster', required: true, help: t('Tên cluster như trong vCenter.', 'Cluster name as in vCenter.'), examples: ['VD: CL-PROD-01', 'VD: CL-DMZ'] },
      { key: 'Datacenter', vi: 'Datacenter', help: t('Datacenter chứa cluster.', 'Datacenter holding the cluster.'), examples: ['HCM-DC1', 'HCM-DC1'] },
      { key: 'HA enabled', vi: 'Bật HA', allowed: BOOL, help: t('vSphere HA có bật không.', 'Whether vSphere HA is on.'), examples: ['True', 'True'] },
      { key: 'Failover Level', vi: 'Số host dự phòng', help: t('Số host được phép hỏng (admission control).', 'Host failures tolerated (admission control).'), examples: [1, 1] },
      { key: 'Isolation Response', vi: 'Phản ứng khi cô lập', allowed: ['none', 'powerOff', 'shutdown'], help: t('Hành động khi host bị cô lập.', 'Host isolation response.'), examples: ['powerOff', 'none'] },
      { key: 'Restart Priority', vi: 'Ưu tiên khởi động lại', allowed: ['lowest', 'low', 'medium', 'high', 'highest'], help: t('Ưu tiên khởi động lại mặc định của cluster.', 'Cluster default restart priority.'), examples: ['medium', 'medium'] },
      { key: 'DRS enabled', vi: 'Bật DRS', allowed: BOOL, help: t('vSphere DRS có bật không.', 'Whether vSphere DRS is on.'), examples: ['True', 'False'] },
      { key: 'DRS default VM behavior', vi: 'Mức tự động DRS', allowed: ['manual', 'partiallyAutomated', 'fullyAutomated'], help: t('Mức tự động hóa DRS.', 'DRS automation level.'), examples: ['fullyAutomated', 'manual'] },
      { key: 'EVC Mode', vi: 'Chế độ EVC', help: t('Khóa EVC đang dùng, ví dụ intel-cascadelake; để trống nếu tắt.', 'Current EVC mode key, e.g. intel-cascadelake; empty when off.'), examples: ['intel-cascadelake', ''] },
    ],
  },
  {
    name: 'Hosts', tab: 'vHost', title: t('Host ESXi', 'ESXi hosts'),
    columns: [
      { key: 'Host', vi: 'Tên host', required: true, help: t('Tên host ESXi (FQDN hoặc tên ngắn).', 'ESXi host name (FQDN or short).'), examples: ['VD: esx01.corp.local', 'VD: esx02.corp.local'] },
      { key: 'Datacenter', vi: 'Datacenter', help: t('Datacenter.', 'Datacenter.'), examples: ['HCM-DC1', 'HCM-DC1'] },
      { key: 'Cluster', vi: 'Cluster', help: t('Cluster chứa host (phải có trong trang Clusters).', 'Cluster of the host (must be on the Clusters sheet).'), examples: ['CL-PROD-01', 'CL-PROD-01'] },
      { key: 'CPU Model', vi: 'Model CPU', help: t('Model CPU như ESXi báo.', 'CPU model as ESXi reports it.'), examples: ['Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz', 'Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz'] },
      { key: 'Speed', vi: 'Tốc độ CPU (MHz)', help: t('Xung nhịp CPU, MHz.', 'CPU clock, MHz.'), examples: [2993, 2993] },
      { key: '# CPU', vi: 'Số socket', help: t('Số socket CPU.', 'Number of CPU sockets.'), examples: [2, 2] },
      { key: 'Cores per CPU', vi: 'Số core mỗi socket', help: t('Số core mỗi socket.', 'Cores per socket.'), examples: [24, 24] },
      { key: '# Cores', vi: 'Tổng số core', help: t('Tổng số core vật lý.', 'Total physical cores.'), examples: [48, 48] },
      { key: 'HT Active', vi: 'Bật Hyper-Threading', allowed: BOOL, help: t('Hyper-Threading có bật không.', 'Whether Hyper-Threading is active.'), examples: ['True', 'True'] },
      { key: '# Memory', vi: 'RAM (MiB)', help: t('Bộ nhớ vật lý, MiB.', 'Physical memory, MiB.'), examples: [786048, 786048] },
      { key: 'Current EVC', vi: 'EVC hiện tại', help: t('Chế độ EVC hiện tại của host.', 'Current EVC mode of the host.'), examples: ['intel-cascadelake', 'intel-cascadelake'] },
      { key: 'Max EVC', vi: 'EVC tối đa', help: t('Chế độ EVC cao nhất host hỗ trợ.', 'Highest EVC mode the host supports.'), examples: ['intel-cascadelake', 'intel-cascadelake'] },
      { key: 'ESX Version', vi: 'Phiên bản ESXi', help: t('Ví dụ "VMware ESXi 8.0.3 build-24585383".', 'E.g. "VMware ESXi 8.0.3 build-24585383".'), examples: ['VMware ESXi 8.0.3 build-24585383', 'VMware ESXi 8.0.3 build-24585383'] },
      { key: 'Vendor', vi: 'Hãng máy chủ', help: t('Hãng phần cứng.', 'Hardware vendor.'), examples: ['Dell Inc.', 'Dell Inc.'] },
      { key: 'Model', vi: 'Model máy chủ', help: t('Model phần cứng.', 'Hardware model.'), examples: ['PowerEdge R740', 'PowerEdge R740'] },
    ],
  },
  {
    name: 'VMs', tab: 'vInfo', title: t('Máy ảo', 'Virtual machines'),
    columns: [
      { key: 'VM', vi: 'Tên VM', required: true, help: t('Tên VM như trong vCenter.', 'VM name as in vCenter.'), examples: ['VD: app-web-01', 'VD: db-sql-01'] },
      { key: 'Powerstate', vi: 'Trạng thái nguồn', allowed: ['poweredOn', 'poweredOff', 'suspended'], help: t('Trạng thái nguồn.', 'Power state.'), examples: ['poweredOn', 'poweredOn'] },
      { key: 'Template', vi: 'Là template', allowed: BOOL, help: t('True nếu là template (không di chuyển).', 'True for templates (not migrated).'), examples: ['False', 'False'] },
      { key: 'Datacenter', vi: 'Datacenter', help: t('Datacenter.', 'Datacenter.'), examples: ['HCM-DC1', 'HCM-DC1'] },
      { key: 'Cluster', vi: 'Cluster', help: t('Cluster đang chạy VM.', 'Cluster running the VM.'), examples: ['CL-PROD-01', 'CL-PROD-01'] },
      { key: 'Host', vi: 'Host', help: t('Host đang chạy VM.', 'Host running the VM.'), examples: ['esx01.corp.local', 'esx02.corp.local'] },
      { key: 'CPUs', vi: 'Số vCPU', required: true, help: t('Số vCPU.', 'Number of vCPUs.'), examples: [4, 8] },
      { key: 'Memory', vi: 'RAM (MiB)', required: true, help: t('Bộ nhớ cấu hình, MiB.', 'Configured memory, MiB.'), examples: [8192, 32768] },
      { key: 'Provisioned MiB', vi: 'Dung lượng cấp phát (MiB)', help: t('Tổng dung lượng đĩa cấp phát, MiB.', 'Total provisioned storage, MiB.'), examples: [102400, 512000] },
      { key: 'In Use MiB', vi: 'Dung lượng dùng (MiB)', help: t('Dung lượng đang dùng, MiB.', 'Storage in use, MiB.'), examples: [40960, 300000] },
      { key: 'OS according to the configuration file', vi: 'Hệ điều hành (cấu hình)', help: t('Hệ điều hành khai báo trong cấu hình VM.', 'Guest OS as configured.'), examples: ['Ubuntu Linux (64-bit)', 'Microsoft Windows Server 2019 (64-bit)'] },
      { key: 'OS according to the VMware Tools', vi: 'Hệ điều hành (VMware Tools)', help: t('Hệ điều hành do VMware Tools báo.', 'Guest OS as VMware Tools report it.'), examples: ['Ubuntu Linux (64-bit)', 'Microsoft Windows Server 2019 (64-bit)'] },
      { key: 'Firmware', vi: 'Firmware', allowed: ['bios', 'efi'], help: t('bios hoặc efi.', 'bios or efi.'), examples: ['bios', 'efi'] },
      { key: 'EFI Secure boot', vi: 'Secure Boot', allowed: BOOL, help: t('Secure Boot có bật không (chỉ với efi).', 'Whether Secure Boot is on (efi only).'), examples: ['False', 'True'] },
      { key: 'HW version', vi: 'Phiên bản phần cứng ảo', help: t('Số phiên bản, ví dụ 19 (không có "vmx-").', 'Version number, e.g. 19 (no "vmx-").'), examples: [19, 19] },
      { key: 'DNS Name', vi: 'Tên DNS', help: t('Tên DNS của guest.', 'Guest DNS name.'), examples: ['app-web-01.corp.local', 'db-sql-01.corp.local'] },
      { key: 'Primary IP Address', vi: 'Địa chỉ IP chính', help: t('IP chính của guest.', 'Guest primary IP.'), examples: ['10.10.1.21', '10.10.2.31'] },
      { key: 'Folder', vi: 'Thư mục', help: t('Thư mục VM trong vCenter.', 'VM folder in vCenter.'), examples: ['/Prod/Web', '/Prod/DB'] },
      { key: 'Resource pool', vi: 'Resource pool', help: t('Resource pool.', 'Resource pool.'), examples: ['', ''] },
      { key: 'HA Restart Priority', vi: 'Ưu tiên HA', allowed: ['disabled', 'lowest', 'low', 'medium', 'high', 'highest', 'clusterRestartPriority'], help: t('Ưu tiên khởi động lại của VM.', 'VM restart priority.'), examples: ['medium', 'high'] },
      { key: 'Annotation', vi: 'Ghi chú', help: t('Ghi chú (annotation).', 'Notes (annotation).'), examples: ['Web front end', 'SQL Server 2019'] },
      { key: 'VM UUID', vi: 'UUID của VM', help: t('Instance UUID (để gộp với tệp RVTools); có thể để trống.', 'Instance UUID (to merge with RVTools files); may be empty.'), examples: ['', ''] },
    ],
  },
  {
    name: 'Disks', tab: 'vDisk', title: t('Đĩa ảo', 'Virtual disks'),
    columns: [
      { key: 'VM', vi: 'Tên VM', required: true, help: t('VM sở hữu đĩa (phải có trong trang VMs).', 'VM owning the disk (must be on the VMs sheet).'), examples: ['VD: app-web-01', 'VD: db-sql-01'] },
      { key: 'Disk', vi: 'Nhãn đĩa', help: t('Ví dụ "Hard disk 1".', 'E.g. "Hard disk 1".'), examples: ['Hard disk 1', 'Hard disk 1'] },
      { key: 'Capacity MiB', vi: 'Dung lượng (MiB)', required: true, help: t('Dung lượng đĩa, MiB.', 'Disk size, MiB.'), examples: [102400, 512000] },
      { key: 'Thin', vi: 'Thin provisioning', allowed: BOOL, help: t('True nếu thin.', 'True when thin provisioned.'), examples: ['True', 'False'] },
      { key: 'Disk Mode', vi: 'Chế độ đĩa', allowed: ['persistent', 'independent_persistent', 'independent_nonpersistent', 'nonpersistent'], help: t('Chế độ đĩa.', 'Disk mode.'), examples: ['persistent', 'persistent'] },
      { key: 'Sharing mode', vi: 'Chia sẻ đĩa', allowed: ['sharingNone', 'sharingMultiWriter'], help: t('sharingMultiWriter cho đĩa dùng chung.', 'sharingMultiWriter for shared disks.'), examples: ['sharingNone', 'sharingNone'] },
      { key: 'Raw', vi: 'Là RDM', allowed: BOOL, help: t('True nếu là RDM.', 'True for an RDM.'), examples: ['False', 'False'] },
      { key: 'Controller', vi: 'Controller', help: t('Ví dụ "VMware paravirtual SCSI", "LSI Logic SAS", "AHCI".', 'E.g. "VMware paravirtual SCSI", "LSI Logic SAS", "AHCI".'), examples: ['VMware paravirtual SCSI', 'LSI Logic SAS'] },
      { key: 'Label', vi: 'Nhãn controller', help: t('Ví dụ "SCSI controller 0".', 'E.g. "SCSI controller 0".'), examples: ['SCSI controller 0', 'SCSI controller 0'] },
      { key: 'Unit #', vi: 'Unit', help: t('Số unit trên controller.', 'Unit number on the controller.'), examples: [0, 0] },
      { key: 'Path', vi: 'Đường dẫn vmdk', help: t('Dạng "[datastore] thư mục/tệp.vmdk".', 'Form "[datastore] folder/file.vmdk".'), examples: ['[DS-PROD-01] app-web-01/app-web-01.vmdk', '[DS-PROD-02] db-sql-01/db-sql-01.vmdk'] },
      { key: 'VM UUID', vi: 'UUID của VM', help: t('UUID của VM (cột VM UUID ở trang VMs) khi có hai VM trùng tên; có thể để trống.', 'The VM UUID (VM UUID column of the VMs sheet) when two VMs share a name; may be empty.'), examples: ['', ''] },
    ],
  },
  {
    name: 'NICs', tab: 'vNetwork', title: t('Card mạng ảo', 'Virtual NICs'),
    columns: [
      { key: 'VM', vi: 'Tên VM', required: true, help: t('VM sở hữu card mạng.', 'VM owning the NIC.'), examples: ['VD: app-web-01', 'VD: db-sql-01'] },
      { key: 'NIC label', vi: 'Nhãn card', help: t('Ví dụ "Network adapter 1".', 'E.g. "Network adapter 1".'), examples: ['Network adapter 1', 'Network adapter 1'] },
      { key: 'Adapter', vi: 'Loại adapter', allowed: ['Vmxnet3', 'E1000e', 'E1000', 'PCNet32', 'Vmxnet2', 'Vmxnet', 'Flexible'], help: t('Loại card mạng ảo.', 'Virtual adapter type.'), examples: ['Vmxnet3', 'Vmxnet3'] },
      { key: 'Network', vi: 'Port group', help: t('Port group (phải có trong trang Networks).', 'Port group (must be on the Networks sheet).'), examples: ['PG-WEB-110', 'PG-DB-120'] },
      { key: 'Switch', vi: 'Switch', help: t('vSwitch hoặc distributed switch.', 'vSwitch or distributed switch.'), examples: ['dvs-prod', 'dvs-prod'] },
      { key: 'Connected', vi: 'Đang kết nối', allowed: BOOL, help: t('Card có đang kết nối không.', 'Whether the NIC is connected.'), examples: ['True', 'True'] },
      { key: 'Mac Address', vi: 'Địa chỉ MAC', help: t('Địa chỉ MAC.', 'MAC address.'), examples: ['00:50:56:aa:01:21', '00:50:56:aa:02:31'] },
      { key: 'IPv4 Address', vi: 'Địa chỉ IPv4', help: t('Một hoặc nhiều IPv4, cách nhau bằng dấu phẩy.', 'One or more IPv4 addresses, comma separated.'), examples: ['10.10.1.21', '10.10.2.31'] },
      { key: 'VM UUID', vi: 'UUID của VM', help: t('UUID của VM (cột VM UUID ở trang VMs) khi có hai VM trùng tên; có thể để trống.', 'The VM UUID (VM UUID column of the VMs sheet) when two VMs share a name; may be empty.'), examples: ['', ''] },
    ],
  },
  {
    name: 'Networks', title: t('Mạng (port group)', 'Networks (port groups)'),
    columns: [
      { key: 'Port Group', vi: 'Port group', required: true, help: t('Tên port group.', 'Port group name.'), examples: ['VD: PG-WEB-110', 'VD: PG-DB-120'] },
      { key: 'Kind', vi: 'Loại', allowed: ['standard', 'distributed'], required: true, help: t('standard (vSwitch) hoặc distributed (vDS).', 'standard (vSwitch) or distributed (vDS).'), examples: ['distributed', 'distributed'] },
      { key: 'Switch', vi: 'Switch', help: t('Tên vSwitch / vDS.', 'vSwitch / vDS name.'), examples: ['dvs-prod', 'dvs-prod'] },
      { key: 'VLAN', vi: 'VLAN', help: t('VLAN ID (0 = không tag, 4095 = trunk) hoặc dải cho trunk.', 'VLAN ID (0 = untagged, 4095 = trunk) or a range for trunks.'), examples: [110, 120] },
      { key: 'Host', vi: 'Host', help: t('Với port group chuẩn: host chứa nó.', 'For standard port groups: the host holding it.'), examples: ['', ''] },
    ],
  },
  {
    name: 'Datastores', tab: 'vDatastore', title: t('Datastore', 'Datastores'),
    columns: [
      { key: 'Name', vi: 'Tên datastore', required: true, help: t('Tên datastore.', 'Datastore name.'), examples: ['VD: DS-PROD-01', 'VD: DS-PROD-02'] },
      { key: 'Type', vi: 'Loại', allowed: ['VMFS', 'NFS', 'NFS41', 'vsan', 'VVOL'], help: t('Loại datastore.', 'Datastore type.'), examples: ['VMFS', 'NFS'] },
      { key: 'Capacity MiB', vi: 'Dung lượng (MiB)', help: t('Dung lượng, MiB.', 'Capacity, MiB.'), examples: [4194304, 8388608] },
      { key: 'Free MiB', vi: 'Còn trống (MiB)', help: t('Dung lượng trống, MiB.', 'Free space, MiB.'), examples: [1048576, 4194304] },
      { key: 'Hosts', vi: 'Các host', help: t('Host gắn datastore, cách nhau bằng dấu phẩy.', 'Hosts mounting it, comma separated.'), examples: ['esx01.corp.local, esx02.corp.local', 'esx01.corp.local, esx02.corp.local'] },
      { key: 'Cluster name', vi: 'Datastore cluster', help: t('Datastore cluster, nếu có.', 'Datastore cluster, if any.'), examples: ['', ''] },
    ],
  },
  {
    name: 'Rules', title: t('Quy tắc và nhóm DRS', 'DRS rules and groups'),
    columns: [
      { key: 'Cluster', vi: 'Cluster', required: true, help: t('Cluster của quy tắc.', 'Cluster of the rule.'), examples: ['VD: CL-PROD-01', 'VD: CL-PROD-01', 'VD: CL-PROD-01', 'VD: CL-PROD-01'] },
      { key: 'Name', vi: 'Tên quy tắc/nhóm', required: true, help: t('Tên quy tắc hoặc nhóm.', 'Rule or group name.'), examples: ['sql-separate', 'grp-sql', 'grp-rack-a', 'sql-on-rack-a'] },
      { key: 'Type', vi: 'Loại', required: true, allowed: ['VMAffinity', 'VMAntiAffinity', 'VMGroup', 'VMHostGroup', 'MustRunOn', 'ShouldRunOn', 'MustNotRunOn', 'ShouldNotRunOn'], help: t('Quy tắc VM–VM, nhóm, hoặc quy tắc VM–Host.', 'VM–VM rule, group, or VM–Host rule.'), examples: ['VMAntiAffinity', 'VMGroup', 'VMHostGroup', 'ShouldRunOn'] },
      { key: 'Enabled', vi: 'Bật', allowed: BOOL, help: t('Quy tắc có bật không (bỏ trống với nhóm).', 'Whether the rule is enabled (empty for groups).'), examples: ['True', '', '', 'True'] },
      { key: 'Members', vi: 'Thành viên', help: t('VM hoặc host, cách nhau bằng dấu ";" (quy tắc VM–VM và nhóm).', 'VMs or hosts separated by ";" (VM–VM rules and groups).'), examples: ['db-sql-01;db-sql-02', 'db-sql-01;db-sql-02', 'esx01.corp.local;esx02.corp.local', ''] },
      { key: 'VMGroup', vi: 'Nhóm VM', help: t('Nhóm VM của quy tắc VM–Host.', 'VM group of a VM–Host rule.'), examples: ['', '', '', 'grp-sql'] },
      { key: 'VMHostGroup', vi: 'Nhóm host', help: t('Nhóm host của quy tắc VM–Host.', 'Host group of a VM–Host rule.'), examples: ['', '', '', 'grp-rack-a'] },
    ],
  },
  {
    name: 'HA', title: t('Ghi đè HA theo VM', 'Per-VM HA overrides'),
    columns: [
      { key: 'Name', vi: 'Tên VM', required: true, help: t('VM được ghi đè.', 'VM with the override.'), examples: ['VD: db-sql-01'] },
      { key: 'Cluster', vi: 'Cluster', help: t('Cluster của VM.', 'Cluster of the VM.'), examples: ['CL-PROD-01'] },
      { key: 'RestartPriority', vi: 'Ưu tiên khởi động lại', allowed: ['Disabled', 'Lowest', 'Low', 'Medium', 'High', 'Highest', 'ClusterRestartPriority'], help: t('Ưu tiên khởi động lại HA của VM.', 'VM HA restart priority.'), examples: ['Highest'] },
      { key: 'IsolationResponse', vi: 'Phản ứng khi cô lập', allowed: ['None', 'PowerOff', 'Shutdown', 'AsSpecifiedByCluster'], help: t('Phản ứng khi host bị cô lập.', 'Host isolation response.'), examples: ['AsSpecifiedByCluster'] },
    ],
  },
];

/** "Tiếng Việt / English" header of a column. */
export function templateHeader(c: TemplateColumn): string {
  return `${c.vi} / ${c.key}`;
}
