import { fill, text } from '../../i18n/text';
import { allVms, ev, type Rule } from '../rule';

/** Forklift 24. The importer copies the current (delta) state; snapshots should be consolidated first. */
export const snapshots: Rule = {
  id: 'snapshot-present',
  severity: 'warning',
  label: text('Máy ảo đang có snapshot', 'VM has snapshots'),
  remedy: text(
    'Xóa hoặc gộp (consolidate) snapshot trước khi chuyển: trình nhập chỉ lấy trạng thái hiện tại, chuỗi delta làm chậm và dễ lỗi khi sao chép.',
    'Delete or consolidate the snapshots before moving: the import takes only the current state, and delta chains slow the copy and make it fragile.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (vm.snapshots.length === 0) return ctx.hasTab(vm, 'vSnapshot') === true ? null : 'unknown';
    const a = ctx.assumptions;
    const sizeMiB = vm.snapshots.reduce((s, x) => s + (x.sizeMiBTotal ?? 0), 0);
    const ref = ctx.referenceTime(vm);
    let oldestMs: number | undefined;
    for (const s of vm.snapshots) {
      const t = s.createdAt ? Date.parse(s.createdAt) : NaN;
      if (!Number.isNaN(t) && (oldestMs === undefined || t < oldestMs)) oldestMs = t;
    }
    const ageDays = ref !== undefined && oldestMs !== undefined ? Math.max(0, Math.floor((ref - oldestMs) / 86400000)) : undefined;
    const old = ageDays !== undefined && ageDays > a.snapshotOldDays;
    const large = sizeMiB > a.snapshotLargeMiB;
    const oldest = vm.snapshots.reduce((p, s) => (s.createdAt && (!p.createdAt || s.createdAt < p.createdAt) ? s : p), vm.snapshots[0] ?? { name: '' });
    const params = { count: vm.snapshots.length, size: Math.round((sizeMiB / 1024) * 10) / 10, age: ageDays ?? '?' };
    return {
      evidence: [
        ev('vSnapshot', 'Name', vm.snapshots.map((s) => s.name).join('; ')),
        ev('vSnapshot', 'Size MiB (total)', Math.round(sizeMiB)),
        ev('vSnapshot', 'Date / time', oldest.createdAt),
      ],
      detail: {
        vi: fill('{{count}} snapshot, tổng {{size}} GiB, cũ nhất {{age}} ngày{{flags}}.', {
          ...params,
          flags: old && large ? ' (cũ và lớn)' : old ? ' (cũ)' : large ? ' (lớn)' : '',
        }, 'vi'),
        en: fill('{{count}} snapshot(s), {{size}} GiB in total, oldest {{age}} day(s){{flags}}.', {
          ...params,
          flags: old && large ? ' (old and large)' : old ? ' (old)' : large ? ' (large)' : '',
        }, 'en'),
      },
    };
  },
};
