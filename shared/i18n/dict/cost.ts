/**
 * Cost and licensing: counting rules, TCO lines, assumptions, price-book checks, the cost report section.
 * Vietnamese follows the glossary in ../shared/domain/proxmox-facts.md §6 ("subscription" stays as it is
 * in Proxmox's own wording; "nhân (core)" for cores).
 */
export const cost = {
  'cost.yes': { vi: 'có', en: 'yes' },
  'cost.no': { vi: 'không', en: 'no' },

  // ── editions, tiers, units, tags, products ──────────────────────────────────────────────────────
  'cost.edition.vcf': { vi: 'VMware Cloud Foundation (VCF)', en: 'VMware Cloud Foundation (VCF)' },
  'cost.edition.vvf': { vi: 'VMware vSphere Foundation (VVF)', en: 'VMware vSphere Foundation (VVF)' },
  'cost.edition.enterprisePlus': { vi: 'vSphere Enterprise Plus', en: 'vSphere Enterprise Plus' },
  'cost.edition.enterprise': { vi: 'vSphere Enterprise (đã ngừng bán)', en: 'vSphere Enterprise (no longer sold)' },
  'cost.edition.standard': { vi: 'vSphere Standard', en: 'vSphere Standard' },
  'cost.edition.essentialsPlus': { vi: 'vSphere Essentials Plus', en: 'vSphere Essentials Plus' },
  'cost.edition.essentials': { vi: 'vSphere Essentials', en: 'vSphere Essentials' },
  'cost.edition.free': { vi: 'ESXi miễn phí (vSphere Hypervisor)', en: 'Free ESXi (vSphere Hypervisor)' },
  'cost.edition.unknown': { vi: 'Chưa rõ', en: 'Unknown' },

  'cost.tier.none': { vi: 'Không subscription', en: 'No subscription' },
  'cost.tier.community': { vi: 'Community', en: 'Community' },
  'cost.tier.basic': { vi: 'Basic', en: 'Basic' },
  'cost.tier.standard': { vi: 'Standard', en: 'Standard' },
  'cost.tier.premium': { vi: 'Premium', en: 'Premium' },

  'cost.unit.coreYear': { vi: 'nhân (core)/năm', en: 'core/year' },
  'cost.unit.socketYear': { vi: 'socket CPU/năm', en: 'CPU socket/year' },
  'cost.unit.serverYear': { vi: 'máy chủ/năm', en: 'server/year' },
  'cost.unit.hour': { vi: 'giờ', en: 'hour' },
  'cost.unit.person': { vi: 'người', en: 'person' },
  'cost.unit.oneOff': { vi: 'một lần', en: 'one-off' },

  'cost.tag.estimated': { vi: 'ước tính', en: 'estimated' },
  'cost.tag.quoted': { vi: 'theo báo giá', en: 'quoted' },
  'cost.tag.unpriced': { vi: 'chưa có giá', en: 'unpriced' },

  'cost.confidence.official': { vi: 'chính thức', en: 'official' },
  'cost.confidence.reported': { vi: 'theo nguồn bên thứ ba', en: 'reported' },
  'cost.confidence.user': { vi: 'người dùng nhập', en: 'entered by the user' },
  'cost.confidence.indicative': { vi: 'tham khảo, chưa kiểm tra', en: 'indicative, not checked' },

  'cost.product.vmware': { vi: 'VMware by Broadcom', en: 'VMware by Broadcom' },
  'cost.product.proxmoxVe': { vi: 'Proxmox VE', en: 'Proxmox VE' },
  'cost.product.pbs': { vi: 'Proxmox Backup Server', en: 'Proxmox Backup Server' },
  'cost.product.hardware': { vi: 'Phần cứng node mới', en: 'New node hardware' },
  'cost.product.services': { vi: 'Dịch vụ chuyển đổi', en: 'Migration services' },
  'cost.product.training': { vi: 'Đào tạo', en: 'Training' },

  'cost.side.vmware': { vi: 'VMware (gia hạn)', en: 'VMware (renewal)' },
  'cost.side.proxmox': { vi: 'Proxmox', en: 'Proxmox' },

  // ── counting rules ──────────────────────────────────────────────────────────────────────────────
  'cost.rule.perCpu': {
    vi: '{{cpus}} CPU × {{per}} nhân = {{total}} (mỗi CPU có {{cores}} nhân, không dưới mức tối thiểu {{min}})',
    en: '{{cpus}} CPU × {{per}} cores = {{total}} ({{cores}} cores per CPU, not below the {{min}}-core minimum)',
  },
  'cost.rule.perCpuRaised': {
    vi: '{{cpus}} CPU × max({{cores}}, {{min}}) = {{total}} (mỗi CPU tính tối thiểu {{min}} nhân)',
    en: '{{cpus}} CPU × max({{cores}}, {{min}}) = {{total}} (every CPU counts at least {{min}} cores)',
  },
  'cost.rule.unknownCpu': {
    vi: 'Chưa rõ số CPU hoặc số nhân mỗi CPU: không tính được, để ngoài tổng',
    en: 'CPU count or cores per CPU unknown: not counted, left out of the total',
  },
  'cost.rule.notLicensed': {
    vi: 'Đang chạy ESXi miễn phí: không có thuê bao để gia hạn',
    en: 'Runs the free ESXi: no subscription to renew',
  },

  // ── TCO lines ───────────────────────────────────────────────────────────────────────────────────
  'cost.line.vmware': { vi: '{{edition}} — {{hosts}} host', en: '{{edition}} — {{hosts}} hosts' },
  'cost.line.vmwareUnknown': {
    vi: '{{edition}} — {{hosts}} host chưa rõ số CPU/nhân',
    en: '{{edition}} — {{hosts}} hosts with unknown CPU figures',
  },
  'cost.line.minimumApplied': {
    vi: 'Mức tối thiểu mỗi đơn hàng: {{licensed}} nhân được nâng lên {{order}}',
    en: 'Order minimum: {{licensed}} licensed cores raised to {{order}}',
  },
  'cost.line.lateRenewal': { vi: 'Phụ phí gia hạn trễ ({{pct}} % năm đầu)', en: 'Late-renewal surcharge ({{pct}} % of the first year)' },
  'cost.line.lateRenewalPartial': {
    vi: 'Chỉ tính trên các dòng đã có giá; các dòng chưa có giá chưa được cộng phụ phí.',
    en: 'Computed on the priced lines only; unpriced lines carry no surcharge yet.',
  },
  'cost.line.pve': { vi: 'Proxmox VE {{tier}} — cluster {{cluster}}', en: 'Proxmox VE {{tier}} — cluster {{cluster}}' },
  'cost.line.pveUnknown': {
    vi: 'Proxmox VE — cluster {{cluster}}: chưa rõ số socket của {{nodes}}',
    en: 'Proxmox VE — cluster {{cluster}}: socket count unknown for {{nodes}}',
  },
  'cost.line.noSubscription': {
    vi: 'Không subscription: dùng kho no-subscription và diễn đàn cộng đồng; đủ mọi tính năng.',
    en: 'No subscription: the no-subscription repository and the community forum; every feature included.',
  },
  'cost.line.pbs': { vi: 'Proxmox Backup Server {{tier}}', en: 'Proxmox Backup Server {{tier}}' },
  'cost.line.hardware': { vi: 'Phần cứng node mới {{model}} ({{nodes}})', en: 'New node hardware {{model}} ({{nodes}})' },
  'cost.line.services': { vi: 'Dịch vụ chuyển đổi (giờ công)', en: 'Migration services (hours)' },
  'cost.line.servicesWaves': { vi: 'Dịch vụ chuyển đổi (giờ công theo các đợt chuyển)', en: 'Migration services (hours from the migration waves)' },
  'cost.line.training': { vi: 'Đào tạo quản trị Proxmox VE', en: 'Proxmox VE administrator training' },

  // ── assumptions ─────────────────────────────────────────────────────────────────────────────────
  'cost.assumption.calculatorVersion': { vi: 'Phiên bản bộ tính chi phí', en: 'Cost calculator version' },
  'cost.assumption.currency': { vi: 'Tiền tệ', en: 'Currency' },
  'cost.assumption.years': { vi: 'Số năm so sánh', en: 'Years compared' },
  'cost.assumption.priceBook': { vi: 'Bảng giá', en: 'Price book' },
  'cost.assumption.priceBookValue': { vi: '{{title}}, cập nhật {{date}} ({{edited}})', en: '{{title}}, updated {{date}} ({{edited}})' },
  'cost.priceBook.default': { vi: 'bảng giá mặc định', en: 'default book' },
  'cost.priceBook.edited': { vi: 'bản đã sửa lưu trong dự án', en: 'edited copy saved in the project' },
  'cost.priceBook.untitled': { vi: 'Bảng giá không tên', en: 'Untitled price book' },
  'cost.assumption.perCpu': { vi: 'Cách đếm nhân VMware (KB 313548, chính thức)', en: 'VMware core counting (KB 313548, official)' },
  'cost.assumption.perCpuValue': {
    vi: 'Mỗi host: cộng trên từng CPU max(số nhân của CPU, {{min}})',
    en: 'Per host: the sum over its CPUs of max(cores of the CPU, {{min}})',
  },
  'cost.assumption.orderMinimum': {
    vi: 'Tối thiểu {{min}} nhân mỗi đơn hàng và sản phẩm (theo nguồn bên thứ ba, từ 2025-04-10)',
    en: 'At least {{min}} cores per order and product (reported, from 2025-04-10)',
  },
  'cost.assumption.lateRenewal': {
    vi: 'Phụ phí gia hạn trễ {{pct}} % trên năm đầu (theo nguồn bên thứ ba)',
    en: 'Late-renewal surcharge of {{pct}} % on the first year (reported)',
  },
  'cost.assumption.vmwareEdition': { vi: 'Edition VMware dùng để so sánh', en: 'VMware edition compared' },
  'cost.assumption.editionCurrent': {
    vi: 'Như hiện nay: mỗi host gia hạn sang gói tương đương edition đang chạy',
    en: 'As today: each host renews into the offering like the edition it runs',
  },
  'cost.assumption.pveRule': { vi: 'Cách tính Proxmox VE', en: 'Proxmox VE counting' },
  'cost.assumption.pveRuleValue': {
    vi: 'Theo socket CPU của mọi node đích (kể cả node thêm mới); mọi node trong một cluster cùng một mức',
    en: 'Per CPU socket of every target node (added nodes included); all nodes of a cluster on one level',
  },
  'cost.assumption.tiers': { vi: 'Mức subscription theo cluster', en: 'Subscription level per cluster' },
  'cost.assumption.tiersValue': { vi: '{{list}}', en: '{{list}}' },
  'cost.assumption.hardware': { vi: 'Tính phần cứng cho node mới', en: 'New hardware counted' },
  'cost.assumption.hardwareValue': { vi: '{{included}} ({{nodes}} node cần mua)', en: '{{included}} ({{nodes}} nodes to buy)' },
  'cost.assumption.pbs': { vi: 'Proxmox Backup Server', en: 'Proxmox Backup Server' },
  'cost.assumption.pbsValue': { vi: '{{servers}} máy chủ, mức {{tier}}', en: '{{servers}} servers, {{tier}}' },
  'cost.assumption.migrationHours': { vi: 'Giờ công chuyển đổi', en: 'Migration hours' },
  'cost.assumption.hoursUnknown': { vi: 'chưa rõ (chưa có đợt chuyển, chưa nhập)', en: 'unknown (no waves yet, none entered)' },
  'cost.assumption.hoursUser': { vi: '{{hours}} giờ (người dùng nhập)', en: '{{hours}} hours (entered by the user)' },
  'cost.assumption.hoursWaves': { vi: '{{hours}} giờ (từ các đợt chuyển)', en: '{{hours}} hours (from the migration waves)' },
  'cost.assumption.trainees': { vi: 'Số người đào tạo', en: 'People to train' },
  'cost.assumption.unknown': { vi: 'chưa rõ', en: 'unknown' },
  'cost.assumption.discounts': { vi: 'Chiết khấu trên thuê bao', en: 'Discounts on subscriptions' },
  'cost.assumption.discountsValue': { vi: 'VMware {{vmware}} %, Proxmox {{proxmox}} %', en: 'VMware {{vmware}} %, Proxmox {{proxmox}} %' },
  'cost.assumption.constantPrices': { vi: 'Giá qua các năm', en: 'Prices over the years' },
  'cost.assumption.constantPricesValue': {
    vi: 'Giữ nguyên giá hiện tại (Proxmox thường điều chỉnh giá vào tháng 1; hợp đồng nhiều năm giữ giá)',
    en: 'Held at today\'s prices (Proxmox usually revises prices in January; multi-year contracts lock them)',
  },
  'cost.assumption.rate': { vi: 'Tỷ giá', en: 'Exchange rate' },
  'cost.assumption.rateValue': { vi: '1 {{from}} = {{rate}} {{to}} (ngày {{date}}, {{confidence}})', en: '1 {{from}} = {{rate}} {{to}} ({{date}}, {{confidence}})' },

  // ── headline ────────────────────────────────────────────────────────────────────────────────────
  'cost.headline.complete': {
    vi: 'Trong {{years}} năm: gia hạn VMware {{vmware}}, chuyển sang Proxmox {{proxmox}}; {{cheaper}} {{diff}}.',
    en: 'Over {{years}} years: VMware renewal {{vmware}}, moving to Proxmox {{proxmox}}; {{cheaper}} by {{diff}}.',
  },
  'cost.headline.incomplete': {
    vi: 'Trong {{years}} năm: gia hạn VMware {{vmware}}, chuyển sang Proxmox {{proxmox}} — chưa đủ: {{unpriced}} dòng chưa có giá, không nằm trong tổng.',
    en: 'Over {{years}} years: VMware renewal {{vmware}}, moving to Proxmox {{proxmox}} — incomplete: {{unpriced}} lines are unpriced and not in the totals.',
  },
  'cost.headline.proxmoxLower': { vi: 'Proxmox thấp hơn', en: 'Proxmox is lower' },
  'cost.headline.vmwareLower': { vi: 'VMware thấp hơn', en: 'VMware is lower' },

  // ── coded issues ────────────────────────────────────────────────────────────────────────────────
  'cost.issue.PRICEBOOK_NOT_OBJECT': { vi: 'Tệp không phải là bảng giá (cần một đối tượng JSON).', en: 'The file is not a price book (a JSON object is expected).' },
  'cost.issue.PRICEBOOK_SCHEMA': {
    vi: 'Bảng giá có schema "{{value}}", cần "{{expected}}".',
    en: 'The price book has schema "{{value}}"; "{{expected}}" is expected.',
  },
  'cost.issue.PRICEBOOK_TOO_LARGE': { vi: 'Bảng giá có {{count}} dòng; chỉ đọc {{max}} dòng đầu.', en: 'The price book has {{count}} entries; only the first {{max}} are read.' },
  'cost.issue.PRICEBOOK_ENTRY_INVALID': { vi: '{{path}}: không phải một dòng giá; bỏ qua.', en: '{{path}}: not a price entry; left out.' },
  'cost.issue.PRICEBOOK_FIELD_MISSING': { vi: '{{path}}: thiếu giá trị; bỏ qua dòng này.', en: '{{path}}: missing; the entry is left out.' },
  'cost.issue.PRICEBOOK_PRODUCT': {
    vi: '{{path}}: sản phẩm "{{value}}" không hợp lệ (cho phép: {{allowed}}); bỏ qua.',
    en: '{{path}}: product "{{value}}" is not valid (allowed: {{allowed}}); left out.',
  },
  'cost.issue.PRICEBOOK_UNIT': {
    vi: '{{path}}: đơn vị "{{value}}" không hợp lệ (cho phép: {{allowed}}); bỏ qua.',
    en: '{{path}}: unit "{{value}}" is not valid (allowed: {{allowed}}); left out.',
  },
  'cost.issue.PRICEBOOK_PRICE': {
    vi: '{{path}}: giá "{{value}}" không hợp lệ (cần một số không âm, hoặc null nếu chưa có giá); bỏ qua.',
    en: '{{path}}: price "{{value}}" is not valid (a number of 0 or more, or null when unpriced); left out.',
  },
  'cost.issue.PRICEBOOK_CURRENCY': {
    vi: '{{path}}: tiền tệ "{{value}}" không hợp lệ (cho phép: {{allowed}}); bỏ qua.',
    en: '{{path}}: currency "{{value}}" is not valid (allowed: {{allowed}}); left out.',
  },
  'cost.issue.PRICEBOOK_DATE': {
    vi: '{{path}}: ngày "{{value}}" không hợp lệ (cần dạng YYYY-MM-DD); bỏ qua.',
    en: '{{path}}: date "{{value}}" is not valid (YYYY-MM-DD expected); left out.',
  },
  'cost.issue.PRICEBOOK_CONFIDENCE': {
    vi: '{{path}}: độ tin cậy "{{value}}" không hợp lệ (cho phép: {{allowed}}); bỏ qua.',
    en: '{{path}}: confidence "{{value}}" is not valid (allowed: {{allowed}}); left out.',
  },
  'cost.issue.PRICEBOOK_RATE_INVALID': {
    vi: '{{path}}: tỷ giá không hợp lệ ({{value}}); bỏ qua.',
    en: '{{path}}: exchange rate not valid ({{value}}); left out.',
  },
  'cost.issue.PRICEBOOK_DUPLICATE': { vi: '{{path}}: trùng với dòng trước ({{key}}); bỏ qua.', en: '{{path}}: duplicates an earlier entry ({{key}}); left out.' },
  'cost.issue.COST_RATE_OLD': {
    vi: 'Tỷ giá {{from}}/{{to}} ngày {{date}} đã cũ {{days}} ngày: hãy cập nhật tỷ giá trong ngày.',
    en: 'The {{from}}/{{to}} rate of {{date}} is {{days}} days old: update it to the rate of the day.',
  },
  'cost.issue.COST_PRICE_OLD_YEAR': {
    vi: 'Giá Proxmox VE {{tier}} là giá năm {{year}}; Proxmox thường điều chỉnh giá vào tháng 1, hãy kiểm tra giá năm nay.',
    en: 'The Proxmox VE {{tier}} price is from {{year}}; Proxmox usually revises prices in January, check this year\'s price.',
  },
} as const;
