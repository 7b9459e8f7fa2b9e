import { text, type Text } from '../../i18n/text';
import { vmNeedsMoreThanBaseline } from '../../mapping/cpuBaseline';
import { ev, type Rule } from '../rule';

// Few (need, cpu type) pairs per estate: build each sentence once.
const details = new Map<string, Map<string, Text>>();

function detailFor(need: string, cpu: string): Text {
  let inner = details.get(need);
  if (!inner) {
    inner = new Map();
    details.set(need, inner);
  }
  let t = inner.get(cpu);
  if (!t) {
    t = text('Cần {{need}}, cluster dùng {{cpu}}.', 'Needs {{need}}, the cluster uses {{cpu}}.', { need, cpu });
    if (inner.size < 200) inner.set(cpu, t);
  }
  return t;
}

/** The VM currently uses CPU features above the target cluster's CPU type. */
export const cpuAboveBaseline: Rule = {
  id: 'cpu-above-baseline',
  severity: 'warning',
  label: text('Máy ảo đang dùng tập lệnh CPU cao hơn kiểu CPU của cluster đích', 'VM uses CPU features above the target cluster CPU type'),
  remedy: text(
    'Sau khi chuyển, máy khách thấy ít tập lệnh hơn: kiểm tra ứng dụng cần AVX/AVX2…, hoặc chọn kiểu CPU cao hơn cho cluster (nếu mọi node hỗ trợ).',
    'After the move the guest sees fewer CPU features: check applications that need AVX/AVX2…, or pick a higher CPU type for the cluster (if every node supports it).',
  ),
  appliesTo: (vm) => vm.powerState === 'poweredOn',
  check(vm, ctx) {
    const c = ctx.cluster(vm);
    if (!c) return 'unknown';
    if (!vm.minRequiredEvc || vm.minRequiredEvc.trim() === '') return 'unknown';
    const above = vmNeedsMoreThanBaseline(vm, c.cpu);
    if (above === undefined) return 'unknown';
    if (!above) return null;
    return {
      evidence: [ev('vInfo', 'min Required EVC Mode Key', vm.minRequiredEvc), ev('vHost', 'Current EVC', c.cpu.baseline?.key ?? c.cpu.genericLevel ?? null)],
      detail: detailFor(vm.minRequiredEvc, c.cpuType),
    };
  },
};
