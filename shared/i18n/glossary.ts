/**
 * The bilingual glossary every Vietnamese text follows (UI, simulator log, report): one term per concept and
 * one spelling. Proxmox commands, configuration keys and GUI labels stay in English (they are set between
 * backticks or quotes, which the rules skip). `VI_RULES` are the patterns a Vietnamese text must not contain,
 * each with the wording to use instead; `glossaryViolations` finds them (a test runs it over the dictionary
 * and over the Vietnamese PDF).
 */

export type GlossaryTerm = { en: string; vi: string; note?: string };

/** Terms of the documents (facts: ../shared/domain/proxmox-facts.md §6). */
export const GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'virtual machine (VM)', vi: 'máy ảo' },
  { en: 'node', vi: 'node', note: 'kept in English, as Vietnamese IT texts do' },
  { en: 'cluster', vi: 'cluster' },
  { en: 'recover / recovery (HA)', vi: 'khôi phục', note: 'the HA state name `recovery` stays in English' },
  { en: 'live migration / migrate', vi: 'di chuyển nóng' },
  { en: 'migration (project)', vi: 'chuyển đổi / di chuyển' },
  { en: 'start (a guest)', vi: 'khởi động' },
  { en: 'high availability (HA)', vi: 'tính sẵn sàng cao (HA)' },
  { en: 'load balancing', vi: 'cân bằng tải' },
  { en: 'quorum', vi: 'quorum' },
  { en: 'fencing', vi: 'cô lập node hỏng (fencing)' },
  { en: 'reserve (spare nodes)', vi: 'dự phòng' },
  { en: 'assumption', vi: 'giả định' },
  { en: 'decision', vi: 'quyết định' },
  { en: 'risk register', vi: 'sổ đăng ký rủi ro' },
];

export type GlossaryRule = { id: string; pattern: RegExp; use: string };

/**
 * What Vietnamese text must not say. Spelling: the "old style" tone placement (tùy, hòa, thủy), one form
 * throughout; English verbs inside a Vietnamese sentence; "VM" where "máy ảo" is meant.
 */
export const VI_RULES: readonly GlossaryRule[] = [
  { id: 'spelling.tuy', pattern: /tuỳ/iu, use: 'tùy' },
  { id: 'spelling.hoa', pattern: /hoà(?!n)/iu, use: 'hòa' },
  { id: 'spelling.thuy', pattern: /thuỷ/iu, use: 'thủy' },
  { id: 'verb.recovery', pattern: /(được|không thể|không|sẽ|đã) recover(y|ed)?\b/iu, use: 'khôi phục' },
  { id: 'verb.migrate', pattern: /(được|sẽ|đã|bị) migrate\b|^migrate sang/iu, use: 'di chuyển nóng' },
  { id: 'verb.start', pattern: /(thử|được|sẽ|đã|lần|lỗi) start\b|\bstart (thất bại|thành công|lại)|^start lại/iu, use: 'khởi động' },
  { id: 'verb.migrate.manual', pattern: /\bmigrate thủ công|live-migrate đi/iu, use: 'di chuyển nóng thủ công' },
  { id: 'verb.relocate', pattern: /(được|sẽ|đã|bị|CRM) relocate\b/iu, use: 'chuyển sang node khác' },
  { id: 'term.vm', pattern: /(?<![\w\-–/.])VMs?(?![\w\-–])/u, use: 'máy ảo' },
];

/** Text that the rules skip: commands, keys and labels between backticks or double quotes. */
function prose(s: string): string {
  return s.replace(/`[^`]*`/g, ' ').replace(/"[^"]*"/g, ' ').replace(/“[^”]*”/g, ' ');
}

export type GlossaryViolation = { rule: string; use: string; found: string };

export function glossaryViolations(vi: string): GlossaryViolation[] {
  const text = prose(vi);
  const out: GlossaryViolation[] = [];
  for (const r of VI_RULES) {
    const m = r.pattern.exec(text);
    if (m) out.push({ rule: r.id, use: r.use, found: text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30) });
  }
  return out;
}
