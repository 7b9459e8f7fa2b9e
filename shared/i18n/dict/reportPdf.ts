import type { Text } from '../text';

/** Report texts of the full PDF's appendices (drawn page by page) and of the export progress and cancel. */
export const reportPdf = {
  'report.appendix.label': { vi: 'Phụ lục {{letter}} — {{title}}', en: 'Appendix {{letter}} — {{title}}' },
  'report.appendix.contents': { vi: 'Các phụ lục', en: 'Appendices' },
  'report.appendix.contentsIntro': {
    vi: 'Các phụ lục dưới đây in danh sách chi tiết theo từng máy ảo trên trang khổ ngang, mỗi dòng một mục; tệp XLSX chứa cùng dữ liệu để lọc và sắp xếp.',
    en: 'The appendices below print the per-VM lists on landscape pages, one row per item; the XLSX workbook holds the same data to filter and sort.',
  },
  'report.appendix.col.appendix': { vi: 'Phụ lục', en: 'Appendix' },
  'report.appendix.col.title': { vi: 'Nội dung', en: 'Content' },
  'report.appendix.col.rows': { vi: 'Số dòng', en: 'Rows' },
  'report.appendix.col.pages': { vi: 'Số trang', en: 'Pages' },
  'report.appendix.col.first': { vi: 'Từ trang', en: 'From page' },
  'report.appendix.col.last': { vi: 'Đến trang', en: 'To page' },
  'report.appendix.fromSection': { vi: '{{title}} (chi tiết của mục {{section}})', en: '{{title}} (detail of section {{section}})' },
  'report.appendix.pointer': {
    vi: '{{title}}: {{rows}} dòng, in trong Phụ lục {{letter}} từ trang {{page}}',
    en: '{{title}}: {{rows}} rows, printed in Appendix {{letter}} from page {{page}}',
  },
  'report.appendix.pointerLines': {
    vi: '{{title}}: {{rows}} dòng, in trong Phụ lục {{letter}} từ trang {{page}}',
    en: '{{title}}: {{rows}} lines, printed in Appendix {{letter}} from page {{page}}',
  },
  'report.appendix.moreLines': { vi: '… và {{n}} dòng nữa (xem tệp XLSX)', en: '… and {{n}} more lines (see the XLSX workbook)' },
  'report.appendix.item': { vi: 'Mục', en: 'Item' },
  'report.appendix.value': { vi: 'Giá trị', en: 'Value' },
  'report.appendix.list': { vi: 'Danh sách chi tiết', en: 'Detailed list' },
  'ui.export.phase.prepare': { vi: 'Đang chuẩn bị các phụ lục: {{done}} / {{total}} dòng', en: 'Preparing the appendices: {{done}} of {{total}} rows' },
  'ui.export.phase.body': { vi: 'Đang dàn trang phần chính: trang {{done}}', en: 'Laying out the main part: page {{done}}' },
  'ui.export.phase.bodyDraw': { vi: 'Đang vẽ phần chính: trang {{done}} / {{total}}', en: 'Drawing the main part: page {{done}} of {{total}}' },
  'ui.export.phase.appendix': { vi: 'Đang in phụ lục: trang {{done}} / {{total}}', en: 'Writing the appendices: page {{done}} of {{total}}' },
  'ui.export.phase.rows': { vi: 'Đang ghi các bảng lớn: {{done}} / {{total}} dòng', en: 'Writing the large tables: {{done}} of {{total}} rows' },
  'ui.export.phase.finish': { vi: 'Đang hoàn tất tệp PDF', en: 'Finishing the PDF file' },
} as const satisfies Record<string, Text>;
