import type { Text } from '../text';

/**
 * Strings of the inventory importer: issue messages (key `import.issue.<CODE>`), what a missing RVTools tab
 * costs (`import.tabCost.<tab>`), and the words of the validation summary.
 */
export const importDict = {
  // ── fatal problems (ImportError) ─────────────────────────────────────────────────────────────
  'import.issue.IMP_NO_FILES': {
    vi: 'Chưa chọn tệp nào để nhập.',
    en: 'No file was given to import.',
  },
  'import.issue.IMP_FILE_EMPTY': {
    vi: 'Tệp "{{file}}" rỗng (0 byte).',
    en: 'File "{{file}}" is empty (0 bytes).',
  },
  'import.issue.IMP_NOT_SPREADSHEET': {
    vi: 'Tệp "{{file}}" không phải bảng tính xlsx, tệp CSV hay tệp zip chứa CSV.',
    en: 'File "{{file}}" is not an xlsx workbook, a CSV file or a zip of CSV files.',
  },
  'import.issue.IMP_ENCRYPTED': {
    vi: 'Bảng tính "{{file}}" được bảo vệ bằng mật khẩu (mã hóa). Hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại trước khi nhập.',
    en: 'Workbook "{{file}}" is password-protected (encrypted). Open it in Excel, remove the password and save it again before importing.',
  },
  'import.issue.IMP_LEGACY_XLS': {
    vi: 'Tệp "{{file}}" là định dạng Excel cũ (.xls, RVTools trước 3.9). Đã đọc được, nhưng nên xuất lại bằng RVTools mới (xlsx).',
    en: 'File "{{file}}" is a legacy Excel workbook (.xls, RVTools before 3.9). It was read, but a fresh xlsx export from a current RVTools is preferable.',
  },
  'import.issue.IMP_LEGACY_XLS_UNREADABLE': {
    vi: 'Tệp "{{file}}" là định dạng Excel cũ (.xls) nhưng không đọc được: {{detail}}. Hãy mở bằng Excel và lưu thành .xlsx.',
    en: 'File "{{file}}" is a legacy Excel workbook (.xls) that could not be read: {{detail}}. Open it in Excel and save it as .xlsx.',
  },
  'import.issue.IMP_CORRUPT': {
    vi: 'Tệp "{{file}}" bị hỏng hoặc không đầy đủ, không đọc được: {{detail}}.',
    en: 'File "{{file}}" is damaged or incomplete and cannot be read: {{detail}}.',
  },
  'import.issue.IMP_TOO_LARGE': {
    vi: 'Tệp "{{file}}" có {{size}} MiB, vượt giới hạn {{limit}} MiB. Có thể tăng giới hạn trong tùy chọn nhập.',
    en: 'File "{{file}}" is {{size}} MiB, over the {{limit}} MiB limit. The limit can be raised in the import options.',
  },
  'import.issue.IMP_ZIP_BOMB': {
    vi: 'Tệp "{{file}}" khai báo {{size}} MiB dữ liệu sau giải nén (tỷ lệ nén {{ratio}}:1), vượt giới hạn an toàn. Tệp bị từ chối để bảo vệ máy.',
    en: 'File "{{file}}" declares {{size}} MiB once uncompressed (compression ratio {{ratio}}:1), beyond the safety limits. It was refused to protect the machine.',
  },
  'import.issue.IMP_ROW_LIMIT': {
    vi: 'Trang {{sheet}} của tệp "{{file}}" có dòng số {{row}}, vượt giới hạn 1.048.576 dòng của Excel. Excel và RVTools không tạo ra tệp như vậy (tệp đã bị sửa hoặc hỏng), nên tệp bị từ chối.',
    en: 'Sheet {{sheet}} of "{{file}}" has row number {{row}}, beyond Excel\'s limit of 1,048,576 rows. Excel and RVTools never write such a file (it was altered or is damaged), so it was refused.',
  },
  'import.issue.IMP_COLUMN_LIMIT': {
    vi: 'Trang {{sheet}} của tệp "{{file}}" có ô ở cột {{column}}, vượt giới hạn 16.384 cột (đến cột XFD) của Excel. Tệp bị từ chối.',
    en: 'Sheet {{sheet}} of "{{file}}" has a cell in column {{column}}, beyond Excel\'s limit of 16,384 columns (up to XFD). The file was refused.',
  },
  'import.issue.IMP_ROW_BUDGET': {
    vi: 'Tệp "{{file}}" có hơn {{limit}} dòng, vượt giới hạn xử lý của một tệp nhập; tệp bị từ chối để máy không cạn bộ nhớ. Hãy tách bản xuất (theo vCenter hoặc theo cluster) rồi nhập lại.',
    en: 'File "{{file}}" holds more than {{limit}} rows, over the budget of one imported file; it was refused so that the machine does not run out of memory. Split the export (per vCenter or per cluster) and import again.',
  },
  'import.issue.IMP_CELL_BUDGET': {
    vi: 'Tệp "{{file}}" có hơn {{limit}} ô có dữ liệu, vượt giới hạn xử lý của một tệp nhập; tệp bị từ chối để máy không cạn bộ nhớ. Hãy tách bản xuất (theo vCenter hoặc theo cluster) rồi nhập lại.',
    en: 'File "{{file}}" holds more than {{limit}} non-empty cells, over the budget of one imported file; it was refused so that the machine does not run out of memory. Split the export (per vCenter or per cluster) and import again.',
  },
  'import.issue.IMP_VM_BUDGET': {
    vi: '"{{file}}" có {{count}} dòng máy ảo (vInfo), nhiều hơn mức {{limit}} máy ảo mà một kế hoạch hỗ trợ; dữ liệu bị từ chối để việc lập kế hoạch không cạn bộ nhớ. Hãy tách theo vCenter hoặc theo cluster và lập từng kế hoạch riêng.',
    en: '"{{file}}" holds {{count}} VM rows (vInfo), more than the {{limit}} VMs one plan supports; it was refused so that planning does not run out of memory. Split it per vCenter or per cluster and plan each part separately.',
  },
  'import.issue.IMP_NOT_RVTOOLS': {
    vi: 'Bảng tính "{{file}}" không có trang vInfo (hay trang "VMs" của mẫu vm2pve): đây không phải tệp xuất RVTools.',
    en: 'Workbook "{{file}}" has no vInfo sheet (nor the VMs sheet of the vm2pve template): it is not an RVTools export.',
  },
  'import.issue.IMP_CANCELLED': {
    vi: 'Đã hủy việc nhập.',
    en: 'The import was cancelled.',
  },
  'import.issue.IMP_NOTHING_IMPORTED': {
    vi: 'Không tệp nào chứa dữ liệu kiểm kê (inventory) dùng được.',
    en: 'None of the files held usable inventory data.',
  },
  // ── per-file problems ────────────────────────────────────────────────────────────────────────
  'import.issue.IMP_CSV_ENCODING': {
    vi: 'Tệp CSV "{{file}}" không phải UTF-8 hợp lệ; đã đọc theo bảng mã Windows-1252. Hãy kiểm tra các ký tự có dấu.',
    en: 'CSV file "{{file}}" is not valid UTF-8; it was read as Windows-1252. Check accented characters.',
  },
  'import.issue.IMP_CSV_UNKNOWN': {
    vi: 'Không nhận ra tệp CSV "{{file}}" (không phải tab RVTools hay tệp PowerCLI đã mô tả); đã bỏ qua.',
    en: 'CSV file "{{file}}" was not recognised (neither an RVTools tab nor a documented PowerCLI export); it was skipped.',
  },
  'import.issue.IMP_CSV_MALFORMED': {
    vi: 'Tệp CSV "{{file}}" có dấu ngoặc kép không đóng; phần cuối tệp có thể bị đọc sai.',
    en: 'CSV file "{{file}}" has an unterminated quote; the end of the file may be misread.',
  },
  'import.issue.IMP_CELL_TRUNCATED': {
    vi: 'Trang {{sheet}}: {{count}} ô dài hơn {{limit}} ký tự (giới hạn một ô của Excel) đã bị cắt bớt; ô đầu tiên ở dòng {{row}}, cột {{column}}.',
    en: 'Sheet {{sheet}}: {{count}} cell(s) longer than {{limit}} characters (Excel\'s limit for one cell) were cut; the first is at row {{row}}, column {{column}}.',
  },
  'import.issue.IMP_NAME_TRUNCATED': {
    vi: 'Một tên trong cột "{{column}}" dài {{length}} ký tự, vượt giới hạn {{limit}} ký tự; đã rút gọn thành "{{name}}" (đoạn cuối là mã băm để các tên vẫn khác nhau, mọi tham chiếu đến tên này được rút gọn giống hệt).',
    en: 'A name in column "{{column}}" has {{length}} characters, over the {{limit}}-character limit; it was shortened to "{{name}}" (the ending is a hash that keeps names distinct; every reference to this name is shortened the same way).',
  },
  'import.issue.IMP_DUPLICATE_FILE': {
    vi: 'Tệp "{{file}}" có nội dung giống hệt tệp "{{other}}"; chỉ nhập một lần.',
    en: 'File "{{file}}" has exactly the same content as "{{other}}"; it was imported once.',
  },
  'import.issue.IMP_DUPLICATE_VM': {
    vi: 'Máy ảo "{{vm}}" xuất hiện nhiều lần (khóa {{key}}); giữ bản ghi đầu tiên.',
    en: 'VM "{{vm}}" appears more than once (key {{key}}); the first record was kept.',
  },
  'import.issue.IMP_DUPLICATE_HEADER': {
    vi: 'Cột "{{column}}" xuất hiện hai lần trong trang {{sheet}}; dùng cột đầu tiên.',
    en: 'Column "{{column}}" appears twice in sheet {{sheet}}; the first one is used.',
  },
  'import.issue.IMP_SHEET_CLAMPED': {
    vi: 'Trang {{sheet}} khai báo vùng {{declared}} dòng nhưng chỉ có dữ liệu đến dòng {{rows}}; phần trống bị bỏ qua.',
    en: 'Sheet {{sheet}} declares {{declared}} rows but holds data only up to row {{rows}}; the empty part was ignored.',
  },
  'import.issue.IMP_ISSUES_CAPPED': {
    vi: 'Có {{total}} mục {{code}}; {{count}} mục sau 500 mục đầu không được liệt kê riêng.',
    en: 'There are {{total}} {{code}} issues; {{count}} after the first 500 are not listed one by one.',
  },
  'import.issue.IMP_MERGED_SOURCES': {
    vi: 'Đã gộp {{count}} nguồn vCenter/ESXi từ {{files}} tệp.',
    en: 'Merged {{count}} vCenter/ESXi sources from {{files}} files.',
  },
  'import.issue.RVT_MISSING_TAB': {
    vi: 'Thiếu trang {{tab}}: {{cost}}',
    en: 'Tab {{tab}} is missing: {{cost}}',
  },
  'import.issue.RVT_MISSING_COLUMN': {
    vi: 'Trang {{sheet}} thiếu cột "{{column}}"; trường tương ứng để "chưa rõ".',
    en: 'Sheet {{sheet}} has no "{{column}}" column; the matching field stays unknown.',
  },
  'import.issue.RVT_NO_NAME_COLUMN': {
    vi: 'Trang {{sheet}} không có cột tên ("{{column}}"); trang bị bỏ qua.',
    en: 'Sheet {{sheet}} has no name column ("{{column}}"); the sheet was skipped.',
  },
  'import.issue.RVT_ROW_NO_NAME': {
    vi: 'Dòng không có tên máy ảo/host; bỏ qua dòng này.',
    en: 'Row without a VM/host name; the row was skipped.',
  },
  'import.issue.RVT_ORPHAN_ROW': {
    vi: 'Dòng của trang {{sheet}} thuộc máy ảo "{{vm}}" không có trong vInfo; bỏ qua.',
    en: 'Row of sheet {{sheet}} belongs to VM "{{vm}}", which is not in vInfo; it was skipped.',
  },
  'import.issue.RVT_AMBIGUOUS_VM': {
    vi: 'Dòng của trang {{sheet}} chỉ nêu tên máy ảo "{{vm}}" (không có UUID) nhưng có nhiều máy ảo cùng tên; đã gán cho máy ảo đầu tiên. Hãy thêm cột máy ảo UUID.',
    en: 'Row of sheet {{sheet}} names VM "{{vm}}" without a UUID, but several VMs share that name; it was given to the first one. Add the VM UUID column.',
  },
  'import.issue.RVT_BAD_VALUE': {
    vi: 'Giá trị "{{value}}" không hợp lệ cho cột "{{column}}" (cần {{expected}}); để "chưa rõ".',
    en: 'Value "{{value}}" is not valid for column "{{column}}" (expected {{expected}}); left unknown.',
  },
  'import.issue.RVT_DERIVED_CLUSTERS': {
    vi: 'Không có trang vCluster: {{count}} cluster được suy ra từ tên cluster trong vInfo/vHost (chỉ biết tên; cấu hình HA/DRS chưa rõ).',
    en: 'No vCluster tab: {{count}} clusters were derived from the cluster names in vInfo/vHost (name only; HA/DRS settings unknown).',
  },
  'import.issue.RVT_DERIVED_HOSTS': {
    vi: 'Không có trang vHost: {{count}} host được suy ra từ cột Host của vInfo (chỉ biết tên; CPU, RAM, EVC chưa rõ).',
    en: 'No vHost tab: {{count}} hosts were derived from the vInfo Host column (name only; CPU, memory, EVC unknown).',
  },
  'import.issue.RVT_ATTRIBUTES': {
    vi: 'Giữ {{count}} cột thuộc tính tùy chỉnh/tag của vInfo làm thuộc tính máy ảo: {{columns}}.',
    en: 'Kept {{count}} custom attribute/tag columns of vInfo as VM attributes: {{columns}}.',
  },
  'import.issue.RVT_VERSION': {
    vi: 'Tệp "{{file}}": RVTools {{version}}, xuất lúc {{date}}.',
    en: 'File "{{file}}": RVTools {{version}}, exported {{date}}.',
  },
  'import.issue.IMP_RULE_UNKNOWN_VM': {
    vi: 'Quy tắc/nhóm "{{rule}}" nhắc đến máy ảo "{{vm}}" không có trong kiểm kê.',
    en: 'Rule/group "{{rule}}" names VM "{{vm}}", which is not in the inventory.',
  },
  'import.issue.IMP_RULE_UNKNOWN_HOST': {
    vi: 'Nhóm host "{{rule}}" nhắc đến host "{{host}}" không có trong kiểm kê.',
    en: 'Host group "{{rule}}" names host "{{host}}", which is not in the inventory.',
  },
  'import.issue.IMP_RULE_UNKNOWN_GROUP': {
    vi: 'Quy tắc VM–Host "{{rule}}" dùng nhóm "{{group}}" không có trong tệp nhóm DRS.',
    en: 'VM–Host rule "{{rule}}" uses group "{{group}}", which is not among the DRS groups.',
  },
  'import.issue.IMP_RULE_UNKNOWN_CLUSTER': {
    vi: 'Quy tắc/ghi đè "{{rule}}" thuộc cluster "{{cluster}}" không có trong kiểm kê.',
    en: 'Rule/override "{{rule}}" belongs to cluster "{{cluster}}", which is not in the inventory.',
  },
  'import.issue.IMP_RULE_BAD_TYPE': {
    vi: 'Loại "{{value}}" không hợp lệ; cần một trong: {{allowed}}. Dòng bị bỏ qua.',
    en: 'Type "{{value}}" is not valid; expected one of: {{allowed}}. The row was skipped.',
  },
  'import.issue.TPL_BAD_ENUM': {
    vi: 'Giá trị "{{value}}" của cột "{{column}}" không nằm trong danh sách cho phép ({{allowed}}); để "chưa rõ".',
    en: 'Value "{{value}}" in column "{{column}}" is not one of the allowed values ({{allowed}}); left unknown.',
  },
  'import.issue.TPL_EXAMPLE_ROWS': {
    vi: 'Bỏ qua {{count}} dòng ví dụ của mẫu (cột đầu bắt đầu bằng "VD:").',
    en: 'Skipped {{count}} example rows of the template (first cell starting with "VD:").',
  },
  // ── what a missing tab costs ─────────────────────────────────────────────────────────────────
  'import.tabCost.vInfo': { vi: 'không có danh sách máy ảo.', en: 'there is no VM list.' },
  'import.tabCost.vCPU': {
    vi: 'số socket, core/socket, CPU hot-add/hot-remove và reservation CPU của máy ảo để "chưa rõ".',
    en: 'VM sockets, cores per socket, CPU hot add/remove and CPU reservation stay unknown.',
  },
  'import.tabCost.vMemory': {
    vi: 'memory hot-add, reservation và "Memory Reservation Locked To Max" (dấu hiệu passthrough) để "chưa rõ".',
    en: 'memory hot add, reservation and "Memory Reservation Locked To Max" (a passthrough hint) stay unknown.',
  },
  'import.tabCost.vDisk': {
    vi: 'đĩa ảo chưa rõ: controller, RDM, chế độ independent, chia sẻ đĩa và datastore chứa đĩa không kiểm tra được.',
    en: 'virtual disks are unknown: controllers, RDM, independent mode, disk sharing and disk datastores cannot be checked.',
  },
  'import.tabCost.vPartition': {
    vi: 'dung lượng trống trong guest (partition) chưa rõ.',
    en: 'guest free space (partitions) is unknown.',
  },
  'import.tabCost.vNetwork': {
    vi: 'card mạng chưa rõ: loại adapter, port group, MAC và IP không ánh xạ được.',
    en: 'NICs are unknown: adapter types, port groups, MACs and IPs cannot be mapped.',
  },
  'import.tabCost.vCD': { vi: 'ổ CD/DVD và ISO đang gắn chưa rõ.', en: 'CD/DVD drives and connected ISOs are unknown.' },
  'import.tabCost.vUSB': { vi: 'thiết bị USB gắn vào máy ảo chưa rõ.', en: 'USB devices attached to VMs are unknown.' },
  'import.tabCost.vSnapshot': {
    vi: 'snapshot chưa rõ: không biết máy ảo nào còn snapshot cần gộp (consolidate).',
    en: 'snapshots are unknown: VMs with snapshots to consolidate cannot be found.',
  },
  'import.tabCost.vTools': {
    vi: 'trạng thái và phiên bản VMware Tools chưa rõ.',
    en: 'VMware Tools status and versions are unknown.',
  },
  'import.tabCost.vSource': {
    vi: 'phiên bản vCenter/ESXi nguồn chưa rõ.',
    en: 'the source vCenter/ESXi version is unknown.',
  },
  'import.tabCost.vRP': { vi: 'resource pool và reservation của chúng chưa rõ.', en: 'resource pools and their reservations are unknown.' },
  'import.tabCost.vCluster': {
    vi: 'cấu hình HA/DRS/DPM của cluster chưa rõ (cluster chỉ suy ra từ tên).',
    en: 'cluster HA/DRS/DPM settings are unknown (clusters are derived from names only).',
  },
  'import.tabCost.vHost': {
    vi: 'CPU, RAM, EVC và phiên bản ESXi của host chưa rõ; không tính được dung lượng đích.',
    en: 'host CPU, memory, EVC and ESXi versions are unknown; target capacity cannot be sized.',
  },
  'import.tabCost.vSwitch': { vi: 'vSwitch chuẩn và MTU chưa rõ.', en: 'standard vSwitches and MTUs are unknown.' },
  'import.tabCost.vPort': {
    vi: 'port group chuẩn và VLAN chưa rõ; ánh xạ mạng sang bridge/VLAN phải làm tay.',
    en: 'standard port groups and VLANs are unknown; the network map to bridges/VLANs must be done by hand.',
  },
  'import.tabCost.dvSwitch': { vi: 'distributed switch chưa rõ.', en: 'distributed switches are unknown.' },
  'import.tabCost.dvPort': {
    vi: 'distributed port group và VLAN chưa rõ.',
    en: 'distributed port groups and VLANs are unknown.',
  },
  'import.tabCost.vSC_VMK': {
    vi: 'cổng VMkernel (management, vMotion, storage) chưa rõ; mạng migration phải khai báo tay.',
    en: 'VMkernel ports (management, vMotion, storage) are unknown; the migration network must be entered by hand.',
  },
  'import.tabCost.vDatastore': {
    vi: 'datastore (loại VMFS/NFS/vSAN, dung lượng) chưa rõ.',
    en: 'datastores (VMFS/NFS/vSAN type, capacity) are unknown.',
  },
  'import.tabCost.vLicense': { vi: 'license vSphere hiện có chưa rõ.', en: 'current vSphere licences are unknown.' },
  'import.tabCost.vHealth': { vi: 'cảnh báo sức khỏe (health) của RVTools chưa rõ.', en: 'RVTools health messages are unknown.' },
  'import.tabCost.vMetaData': { vi: 'phiên bản RVTools và thời điểm xuất chưa rõ.', en: 'the RVTools version and export time are unknown.' },
  // ── unknown-field explanations ───────────────────────────────────────────────────────────────
  'import.unknown.noColumn': {
    vi: 'Nguồn không có cột {{column}} ({{sheet}}).',
    en: 'The source has no {{column}} column ({{sheet}}).',
  },
  'import.unknown.noTab': {
    vi: 'Nguồn không có trang {{tab}}.',
    en: 'The source has no {{tab}} tab.',
  },
  'import.unknown.emptyCell': {
    vi: 'Ô trống trong nguồn.',
    en: 'Empty cells in the source.',
  },
  'import.excluded.template': { vi: 'Template', en: 'Templates' },
  'import.excluded.srmPlaceholder': { vi: 'Máy ảo giữ chỗ SRM (SRM placeholder)', en: 'SRM placeholders' },
  // ── validation summary words (CLI, Import view, problem-rows workbook) ───────────────────────
  'import.summary.title': { vi: 'Kết quả kiểm tra dữ liệu nhập', en: 'Import validation' },
  'import.summary.files': { vi: 'Tệp', en: 'Files' },
  'import.summary.counts': {
    vi: '{{vms}} máy ảo (không tính template), {{templates}} template, {{poweredOn}} đang chạy, {{hosts}} host, {{clusters}} cluster, {{datastores}} datastore, {{vCpus}} vCPU, {{memoryGiB}} GiB RAM',
    en: '{{vms}} VMs (templates excluded), {{templates}} templates, {{poweredOn}} powered on, {{hosts}} hosts, {{clusters}} clusters, {{datastores}} datastores, {{vCpus}} vCPUs, {{memoryGiB}} GiB memory',
  },
  'import.summary.issues': {
    vi: '{{errors}} lỗi, {{warnings}} cảnh báo, {{infos}} thông tin',
    en: '{{errors}} errors, {{warnings}} warnings, {{infos}} infos',
  },
  'import.summary.excluded': { vi: 'Dòng loại ra', en: 'Excluded rows' },
  'import.summary.unknown': { vi: 'Giá trị chưa rõ', en: 'Unknown values' },
  'import.summary.more': { vi: '… và {{count}} mục khác', en: '… and {{count}} more' },
  'import.summary.fatal': { vi: 'Lỗi', en: 'Error' },
  'import.col.code': { vi: 'Mã', en: 'Code' },
  'import.col.severity': { vi: 'Mức độ', en: 'Severity' },
  'import.col.file': { vi: 'Tệp', en: 'File' },
  'import.col.sheet': { vi: 'Trang', en: 'Sheet' },
  'import.col.row': { vi: 'Dòng', en: 'Row' },
  'import.col.column': { vi: 'Cột', en: 'Column' },
  'import.col.message': { vi: 'Nội dung', en: 'Message' },
  'import.col.field': { vi: 'Trường', en: 'Field' },
  'import.col.count': { vi: 'Số lượng', en: 'Count' },
  'import.col.reason': { vi: 'Lý do', en: 'Reason' },
  'import.col.names': { vi: 'Tên', en: 'Names' },
  'import.sheet.issues': { vi: 'Vấn đề', en: 'Issues' },
  'import.sheet.excluded': { vi: 'Loại ra', en: 'Excluded' },
  'import.sheet.unknown': { vi: 'Chưa rõ', en: 'Unknown' },
  'import.severity.error': { vi: 'Lỗi', en: 'Error' },
  'import.severity.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'import.severity.info': { vi: 'Thông tin', en: 'Info' },
} as const satisfies Record<string, Text>;
