import { text } from '../../i18n/text';
import { guestOs } from '../../mapping/guestOs';
import { allVms, ev, type Rule } from '../rule';

export const guestOsEol: Rule = {
  id: 'guest-os-eol',
  severity: 'info',
  label: text('Hệ điều hành đã hết hỗ trợ (EOL)', 'Guest OS is end-of-life'),
  remedy: text(
    'Chuyển được nhưng rủi ro: thử nghiệm kỹ, cân nhắc nâng cấp hoặc thay thế hệ điều hành trong hoặc sau đợt chuyển.',
    'It can move, but it is a risk: test it well and consider upgrading or replacing the OS during or after the move.',
  ),
  appliesTo: allVms,
  check(vm) {
    const g = guestOs(vm);
    if (!g) return 'unknown';
    return g.eol ? { evidence: [ev('vInfo', g.from === 'tools' ? 'OS according to the VMware Tools' : 'OS according to the configuration file', g.name)] } : null;
  },
};
