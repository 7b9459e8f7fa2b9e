import type { Text } from '../text';

/** Findings of the project readers (decisions and assumptions read from a project file or an autosave). */
export const model = {
  'model.decisions.invalid': {
    vi: '{{path}}: giá trị {{value}} không hợp lệ nên bị bỏ qua; kế hoạch dùng lại giá trị tự tính.',
    en: '{{path}}: the value {{value}} is not valid and is ignored; the plan uses the derived value again.',
  },
  'model.decisions.clamped': {
    vi: '{{path}}: {{value}} vượt quá giới hạn, dùng {{used}}.',
    en: '{{path}}: {{value}} is over the limit; {{used}} is used.',
  },
  'model.decisions.notObject': {
    vi: 'Phần quyết định của dự án không đúng định dạng nên bị bỏ qua.',
    en: 'The decisions of the project are not in the expected form and are ignored.',
  },
  'model.assumptions.invalid': {
    vi: 'Giả định {{name}}: giá trị {{value}} không hợp lệ, dùng giá trị mặc định {{default}}.',
    en: 'Assumption {{name}}: the value {{value}} is not valid; the default {{default}} is used.',
  },
  'model.assumptions.outOfRange': {
    vi: 'Giả định {{name}}: {{value}} nằm ngoài khoảng {{min}}–{{max}}, dùng giá trị mặc định {{default}}.',
    en: 'Assumption {{name}}: {{value}} is outside {{min}}–{{max}}; the default {{default}} is used.',
  },
  'model.assumptions.notObject': {
    vi: 'Phần giả định của dự án không đúng định dạng; mọi giả định dùng giá trị mặc định.',
    en: 'The assumptions of the project are not in the expected form; every assumption takes its default.',
  },
} as const satisfies Record<string, Text>;
