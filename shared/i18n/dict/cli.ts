/**
 * The command line's own console lines (`npm run plan`): printed in the language of `--lang` (vi, en, or
 * both with Vietnamese first). Issue #10 item 5; kept apart from the other areas' dictionaries.
 */
export const cli = {
  'cli.plan.summary': {
    vi: '{{vms}} máy ảo, {{templates}} template, {{poweredOn}} máy đang bật, {{hosts}} host, {{clusters}} cluster ({{warnings}} cảnh báo khi nhập)',
    en: '{{vms}} VMs, {{templates}} templates, {{poweredOn}} powered on, {{hosts}} hosts, {{clusters}} clusters ({{warnings}} import warnings)',
  },
  'cli.plan.design': {
    vi: 'thiết kế: {{unplaced}} máy ảo chưa xếp được chỗ, {{added}} node mới, {{excluded}} máy ảo không phải tải nghiệp vụ (vCLS, appliance)',
    en: 'design: {{unplaced}} VMs unplaced, {{added}} new nodes, {{excluded}} VMs not workloads (vCLS, appliances)',
  },
  'cli.plan.wrote': { vi: 'đã ghi {{file}}', en: 'wrote {{file}}' },
  'cli.plan.wroteProject': { vi: 'đã ghi {{file}} (dự án)', en: 'wrote {{file}} (project)' },
  'cli.plan.wroteMap': {
    vi: 'đã ghi {{file}} (riêng tư: tệp này cho phép đảo ngược các bí danh; hãy giữ lại, không bao giờ gửi đi)',
    en: 'wrote {{file}} (private: it reverses the pseudonyms; keep it, never send it)',
  },
  'cli.plan.interrupted': { vi: 'bị ngắt ({{signal}}); {{out}} được giữ nguyên như trước', en: 'interrupted ({{signal}}); {{out}} was left as it was' },
  'cli.plan.bundleCount': {
    vi: '{{folder}}: {{errors}} lỗi, {{warnings}} cảnh báo trong bộ cấu hình (README.md của từng cluster liệt kê chúng)',
    en: "{{folder}}: {{errors}} error(s), {{warnings}} warning(s) in the configuration bundle (each cluster's README.md lists them)",
  },
  'cli.plan.bundleMore': { vi: '… và {{n}} mục nữa', en: '… and {{n}} more' },
  'cli.plan.severity.error': { vi: 'lỗi', en: 'error' },
  'cli.plan.severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'cli.progress.opening': { vi: 'đang mở {{file}}', en: 'opening {{file}}' },
  'cli.progress.reading': { vi: 'đang đọc {{n}} tệp', en: 'reading {{n}} file(s)' },
  'cli.progress.importing': { vi: 'đang nhập dữ liệu kiểm kê', en: 'importing the inventory' },
  'cli.progress.importingFile': { vi: 'đang nhập {{what}}', en: 'importing {{what}}' },
  'cli.progress.anonymising': { vi: 'đang ẩn danh hóa', en: 'anonymising' },
  'cli.progress.saving': { vi: 'đang lưu dự án vào {{file}}', en: 'saving the project to {{file}}' },
  'cli.progress.deriving': { vi: 'đang lập kế hoạch', en: 'deriving the plan' },
  'cli.progress.writing': { vi: 'đang ghi {{file}}', en: 'writing {{file}}' },
  'cli.progress.finishing': { vi: 'đang hoàn tất', en: 'finishing' },
} as const;
