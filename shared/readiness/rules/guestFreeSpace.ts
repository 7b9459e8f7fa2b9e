import { text } from '../../i18n/text';
import { allVms, ev, type Finding, type Rule } from '../rule';

/**
 * Forklift 14 (virt-v2v minimums). The Proxmox importer copies blocks and does not convert inside the
 * guest, so this is information for conversion-based tools.
 */
export const guestFreeSpace: Rule = {
  id: 'guest-free-space',
  severity: 'info',
  label: text('Phân vùng máy khách gần đầy', 'Guest filesystem nearly full'),
  remedy: text(
    'Giải phóng dung lượng: công cụ chuyển đổi trong máy khách (virt-v2v) cần ít nhất 100 MiB cho / và C:, 50 MiB cho /boot.',
    'Free some space: in-guest conversion tools (virt-v2v) need at least 100 MiB on / and C:, 50 MiB on /boot.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.partitions.length === 0) return 'unknown';
    const a = ctx.assumptions;
    const hits: Finding[] = [];
    let unknownFree = false;
    for (const p of vm.partitions) {
      if (p.freeMiB === undefined) {
        unknownFree = true;
        continue;
      }
      const path = p.disk.trim();
      const min = path === '/' || /^[a-z]:\\?$/i.test(path) ? a.minFreeRootMiB : path === '/boot' ? a.minFreeBootMiB : a.minFreeOtherMiB;
      if (p.freeMiB < min) hits.push({ evidence: [ev('vPartition', 'Disk', path), ev('vPartition', 'Free MiB', p.freeMiB)] });
    }
    if (hits.length > 0) return hits;
    return unknownFree ? 'unknown' : null;
  },
};
