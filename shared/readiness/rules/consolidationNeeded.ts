import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 3. */
export const consolidationNeeded: Rule = {
  id: 'consolidation-needed',
  severity: 'warning',
  label: text('Cần gộp đĩa (consolidation needed)', 'Disk consolidation needed'),
  remedy: text(
    'Chạy Snapshot → Consolidate trong vSphere trước khi chuyển; nếu không, tệp delta mồ côi có thể bị bỏ sót.',
    'Run Snapshot → Consolidate in vSphere before moving; otherwise orphaned delta files may be missed.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.consolidationNeeded === undefined) return 'unknown';
    return vm.consolidationNeeded ? { evidence: [ev('vInfo', 'Consolidation Needed', true)] } : null;
  },
};
