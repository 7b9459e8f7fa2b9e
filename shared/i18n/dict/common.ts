import type { Text } from '../text';

/** App-wide UI strings. Keys are `area.name`; values carry both languages. */
export const common = {
  'app.name': { vi: 'vm2pve', en: 'vm2pve' },
  'app.tagline': {
    vi: 'Lập kế hoạch chuyển đổi VMware vSphere sang Proxmox VE',
    en: 'Plan VMware vSphere to Proxmox VE migrations',
  },
  'lang.vi': { vi: 'Tiếng Việt', en: 'Vietnamese' },
  'lang.en': { vi: 'Tiếng Anh', en: 'English' },
  'lang.both': { vi: 'Song ngữ Việt–Anh', en: 'Bilingual Vietnamese–English' },
  'common.notYetAvailable': {
    vi: 'Chức năng này chưa có trong phiên bản hiện tại.',
    en: 'This step is not available in the current version yet.',
  },
  'common.cancel': { vi: 'Hủy', en: 'Cancel' },
  'common.close': { vi: 'Đóng', en: 'Close' },
  'common.unknown': { vi: 'Chưa rõ', en: 'Unknown' },
  'common.error': { vi: 'Lỗi', en: 'Error' },
  'common.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'common.info': { vi: 'Thông tin', en: 'Information' },
} as const satisfies Record<string, Text>;
