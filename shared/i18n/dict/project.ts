import type { Text } from '../text';

/** Project files: opening (restore-on-open), saving, re-import, undo, the project dialogs. */
export const project = {
  'project.restore.empty': { vi: 'Tệp dự án rỗng.', en: 'The project file is empty.' },
  'project.restore.missing': { vi: 'Không tìm thấy tệp dự án.', en: 'The project file was not found.' },
  'project.restore.notJson': {
    vi: 'Tệp dự án bị hỏng: nội dung không phải JSON hợp lệ.',
    en: 'The project file is corrupt: its content is not valid JSON.',
  },
  'project.restore.truncated': {
    vi: 'Tệp dự án bị cắt cụt (có thể do mất điện, ứng dụng bị tắt đột ngột hoặc đầy đĩa khi đang ghi).',
    en: 'The project file is cut short (a power loss, a crash or a full disk while it was written).',
  },
  'project.restore.notProject': {
    vi: 'Tệp này không phải dự án vm2pve.',
    en: 'This file is not a vm2pve project.',
  },
  'project.restore.badVersion': {
    vi: 'Phiên bản định dạng dự án {{value}} không hợp lệ.',
    en: 'The project format version {{value}} is not valid.',
  },
  'project.restore.newer': {
    vi: 'Dự án được lưu bằng phiên bản vm2pve mới hơn (định dạng {{version}}; bản này đọc được đến {{supported}}). Hãy cập nhật vm2pve; tệp được giữ nguyên, không bị ghi đè.',
    en: 'The project was saved by a newer vm2pve (format {{version}}; this version reads up to {{supported}}). Update vm2pve; the file is left as it is and never overwritten.',
  },
  'project.restore.invalid': {
    vi: 'Tệp dự án không hợp lệ tại {{path}}: giá trị {{value}}, cần {{expected}}.',
    en: 'The project file is invalid at {{path}}: the value {{value}}, expected {{expected}}.',
  },
  'project.restore.fromBackup': {
    vi: 'Không mở được {{file}} ({{problem}}). Đã mở bản sao lưu trước đó ({{file}}.bak); các thay đổi sau lần lưu đó có thể bị thiếu.',
    en: 'Could not open {{file}} ({{problem}}). The previous backup ({{file}}.bak) was opened instead; changes after that save may be missing.',
  },
  'project.save.newerOnDisk': {
    vi: 'Không ghi đè: tệp hiện có được lưu bằng phiên bản vm2pve mới hơn (định dạng {{version}}; bản này ghi định dạng {{supported}}). Hãy dùng "Lưu thành" với tên khác.',
    en: 'Not overwritten: the file there was saved by a newer vm2pve (format {{version}}; this version writes format {{supported}}). Use "Save as" with another name.',
  },
} as const satisfies Record<string, Text>;
