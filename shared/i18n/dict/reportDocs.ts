import type { Text } from '../text';

/**
 * Report texts of the customer document: profiles, executive summary, assumptions and decisions, risk
 * register, next steps, corrections appendix, XLSX sheet names.
 */
export const reportDocs = {
  'report.profile.summary': { vi: 'Tóm tắt (cho khách hàng)', en: 'Summary (for the customer)' },
  'report.profile.full': { vi: 'Đầy đủ (thêm phụ lục theo từng máy ảo)', en: 'Full (adds the per-VM appendices)' },
  'report.profile.list': { vi: 'Danh sách chi tiết', en: 'Detailed list' },
  'report.profile.pointer': {
    vi: '{{title}}: {{rows}} dòng, có trong tệp XLSX và trong bản báo cáo đầy đủ.',
    en: '{{title}}: {{rows}} rows, in the XLSX workbook and in the full report.',
  },
  'report.profile.pointerLines': {
    vi: '{{title}}: {{rows}} dòng, có trong gói cấu hình Proxmox và trong bản báo cáo đầy đủ.',
    en: '{{title}}: {{rows}} lines, in the Proxmox configuration bundle and in the full report.',
  },
  'report.cover.author': { vi: 'Người lập', en: 'Author' },
  'report.cover.profile': { vi: 'Loại tài liệu', en: 'Document type' },
  'report.design.placementTitle': { vi: 'Vị trí máy ảo — cluster {{cluster}}', en: 'VM placement — cluster {{cluster}}' },
  'report.corrections.title': { vi: 'Phụ lục: các điểm thường bị hiểu nhầm', en: 'Appendix: common misconceptions' },
  'report.corrections.intro': {
    vi: 'Những điểm dưới đây thường bị hiểu khác với cách Proxmox VE thực sự hoạt động (thói quen từ vSphere, tài liệu viết cho phiên bản cũ). Kế hoạch này, các kịch bản và cấu hình đi kèm đều theo đúng hành vi của Proxmox VE.',
    en: 'The points below are often understood differently from how Proxmox VE really behaves (habits from vSphere, material written for older versions). This plan, its scripts and its configuration follow Proxmox VE\'s actual behaviour.',
  },
  'report.corrections.col.topic': { vi: 'Chủ đề', en: 'Topic' },
  'report.corrections.col.fact': { vi: 'Cách Proxmox VE thực sự hoạt động', en: 'How Proxmox VE really behaves' },
} as const satisfies Record<string, Text>;
