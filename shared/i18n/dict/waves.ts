/**
 * Migration waves, runbooks and their report sections. Vietnamese follows the glossary in
 * ../shared/domain/proxmox-facts.md §6 ("đợt chuyển" for a wave, "thời gian ngừng dịch vụ" for downtime);
 * Proxmox commands and GUI labels stay in English.
 */
export const waves = {
  'waves.name.pilot': { vi: 'Đợt thí điểm', en: 'Pilot wave' },
  'waves.name.main': { vi: 'Đợt {{n}}', en: 'Wave {{n}}' },
  'waves.name.remediation': { vi: 'Đợt {{n}} (sau khi khắc phục)', en: 'Wave {{n}} (after remediation)' },
  'waves.kind.pilot': { vi: 'thí điểm', en: 'pilot' },
  'waves.kind.main': { vi: 'chính', en: 'main' },
  'waves.kind.remediation': { vi: 'sau khắc phục', en: 'after remediation' },

  'waves.held.blockers': { vi: 'Còn lỗi chặn chưa xử lý: {{list}}.', en: 'Open blockers: {{list}}.' },
  'waves.held.noTarget': { vi: 'Chưa có cluster đích.', en: 'No target cluster.' },
  'waves.held.unplaced': { vi: 'Chưa xếp được lên node nào. {{why}}', en: 'Not placed on any node. {{why}}' },

  'waves.excluded.template': { vi: 'Template: không chuyển như máy ảo (chuyển thành template Proxmox nếu cần).', en: 'Template: not moved as a VM (recreate it as a Proxmox template if needed).' },
  'waves.excluded.srm': { vi: 'Máy ảo placeholder của SRM: không có đĩa để chuyển.', en: 'SRM placeholder: it has no disks to move.' },
  'waves.excluded.notMapped': { vi: 'Không có cấu hình đích.', en: 'No target configuration.' },

  'waves.note.unknownSize': { vi: '{{n}} máy ảo không rõ dung lượng đĩa: thời gian của chúng chỉ tính phần cố định mỗi máy.', en: '{{n}} VMs have no known disk size: their duration counts only the fixed per-VM time.' },
  'waves.note.unitSplitAsked': { vi: '{{vms}} phải chuyển cùng nhau nhưng được xếp vào các đợt {{waves}}: cả nhóm đi cùng đợt {{wave}}.', en: '{{vms}} must move together but were put in waves {{waves}}: the whole group moves in {{wave}}.' },
  'waves.note.appSplit': { vi: 'Ứng dụng {{app}} ({{n}} máy ảo) vượt giới hạn một đợt nên được chia ra nhiều đợt liền nhau.', en: 'Application {{app}} ({{n}} VMs) exceeds one wave\'s limits, so it is split over consecutive waves.' },
  'waves.note.unitTooBig': { vi: '{{vms}} phải chuyển cùng nhau và một mình đã vượt giới hạn của đợt {{wave}}: tăng cửa sổ bảo trì hoặc tốc độ sao chép, hoặc chọn import trực tiếp (live import).', en: '{{vms}} must move together and alone exceed the limits of wave {{wave}}: widen the window, raise the copy rate, or use a live import.' },
  'waves.note.vmTooBig': { vi: 'Riêng {{vms}} đã vượt giới hạn của đợt {{wave}}: tăng cửa sổ bảo trì hoặc tốc độ sao chép, hoặc chọn import trực tiếp (live import).', en: '{{vms}} alone exceeds the limits of wave {{wave}}: widen the window, raise the copy rate, or use a live import.' },
  'waves.note.heldInWave': { vi: 'Đợt {{wave}} có máy ảo chưa sẵn sàng do người dùng xếp vào: {{vms}}. Khắc phục trước ngày chuyển.', en: 'Wave {{wave}} holds VMs that are not ready, put there by the user: {{vms}}. Fix them before the date.' },

  'waves.over.vms': { vi: '{{n}} máy ảo, vượt giới hạn {{max}}', en: '{{n}} VMs, above the limit of {{max}}' },
  'waves.over.copy': { vi: '{{tib}} TiB cần sao chép, vượt giới hạn {{max}} TiB', en: '{{tib}} TiB to copy, above the limit of {{max}} TiB' },
  'waves.over.hours': { vi: 'cần {{h}} giờ, dài hơn cửa sổ bảo trì {{max}} giờ', en: 'needs {{h}} hours, longer than the {{max}}-hour window' },
} as const;
