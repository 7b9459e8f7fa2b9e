import { text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Importer warning `guest-is-running`. */
export const poweredOn: Rule = {
  id: 'vm-powered-on',
  severity: 'info',
  label: text('Máy ảo đang chạy', 'VM is powered on'),
  remedy: text(
    'Tắt máy trong cửa sổ chuyển đổi (hoặc dùng live import và chấp nhận rủi ro); lên lịch thời gian dừng với chủ ứng dụng.',
    'Shut it down in the migration window (or use live import and accept its risk); agree the downtime with the application owner.',
  ),
  appliesTo: allVms,
  check(vm) {
    if (vm.powerState === undefined) return 'unknown';
    return vm.powerState === 'poweredOn' ? { evidence: [ev('vInfo', 'Powerstate', 'poweredOn')] } : null;
  },
};
