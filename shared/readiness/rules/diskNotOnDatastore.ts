import { text } from '../../i18n/text';
import { allVms, ev, listKnown, type Finding, type Rule } from '../rule';

/** Forklift 6. */
export const diskNotOnDatastore: Rule = {
  id: 'disk-not-on-datastore',
  severity: 'blocker',
  label: text('Đĩa không nằm trên datastore đã biết', 'Disk not on a known datastore'),
  remedy: text(
    'Đường dẫn vmdk không trỏ tới datastore nào trong dữ liệu nhập: kiểm tra lại máy ảo trong vSphere (đĩa bị mất, datastore bị gỡ) trước khi lên kế hoạch.',
    'The vmdk path points to no datastore in the imported data: check the VM in vSphere (missing disk, removed datastore) before planning it.',
  ),
  appliesTo: allVms,
  check(vm, ctx) {
    if (!listKnown(vm, ctx, 'vDisk', vm.disks)) return 'unknown';
    const haveDatastores = ctx.hasTab(vm, 'vDatastore') === true || ctx.inventory.datastores.length > 0;
    const hits: Finding[] = [];
    let unknownPath = false;
    for (const d of vm.disks) {
      if (d.path === undefined) {
        unknownPath = true;
        continue;
      }
      const bad = !d.datastore || !/^\s*\[[^\]]+\]/.test(d.path) || (haveDatastores && !ctx.datastore(d.datastore));
      if (bad) hits.push({ evidence: [ev('vDisk', 'Path', d.path), ev('vDisk', 'Disk', d.label)] });
    }
    if (hits.length > 0) return hits;
    return unknownPath || !haveDatastores ? 'unknown' : null;
  },
};
