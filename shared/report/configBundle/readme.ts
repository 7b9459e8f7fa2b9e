import type { ClusterDesign } from '../../design/types';

/** README.md for one cluster folder, in Vietnamese and English. */
export function readmeMd(c: ClusterDesign, files: string[]): string {
  const pve8 = c.ha.target === 'pve8';
  const q = c.quorum;
  return [
    `# proxmox/${c.name}`,
    '',
    `vSphere: ${c.sourceClusters.join(', ')} · nodes: ${c.nodes.map((n) => n.name).join(', ')} · ${pve8 ? 'PVE 8 (HA groups)' : 'PVE 9 (HA rules)'} · votes ${q.totalVotes}${q.qdevice ? ' (QDevice)' : ''} · HA ${c.ha.enabled ? 'yes' : 'no'}`,
    '',
    '## Tiếng Việt',
    '',
    'Thứ tự thực hiện:',
    '1. `network/interfaces.<node>`: cấu hình mạng từng node (bridge vmbr0 hỗ trợ VLAN, bond, các giá trị PLACEHOLDER cần điền).',
    '2. `corosync-links.md`: tạo cluster (`pvecm create`) và cho các node tham gia (`pvecm add`) với hai link corosync.',
    q.qdevice ? '3. `qdevice.sh`: thêm QDevice (phiếu thứ ba / phá thế hòa).' : '3. Không cần QDevice cho cluster này.',
    '4. `storage.cfg`: gợi ý storage; thêm bằng `pvesm add`.',
    '5. `datacenter.cfg`: gộp các dòng vào /etc/pve/datacenter.cfg (hoặc để `ha-setup.sh` đặt bằng pvesh).',
    '6. `create-vms.sh`: tạo máy ảo (chạy trên từng node) và import đĩa.',
    `7. \`ha-setup.sh\`: cấu hình HA (${pve8 ? 'group' : 'rule'} và resource); \`ha/*.cfg\` là nội dung tương ứng của /etc/pve/ha/ để đối chiếu.`,
    '',
    'Mọi script in ra lệnh sẽ chạy (dry-run) và chỉ thực thi khi đặt `CONFIRM=yes`. Chạy lại nhiều lần vẫn an toàn.',
    '',
    '**Ưu tiên node HA: SỐ LỚN HƠN = ĐƯỢC ƯU TIÊN** (`pve01:2,pve02:1` ưu tiên pve01). Tài liệu seed ghi ngược lại và đã sai.',
    '',
    '## English',
    '',
    'Order of work:',
    '1. `network/interfaces.<node>`: per-node network (VLAN-aware bridge vmbr0, bond, PLACEHOLDER values to fill in).',
    '2. `corosync-links.md`: create the cluster (`pvecm create`) and join the nodes (`pvecm add`) with two corosync links.',
    q.qdevice ? '3. `qdevice.sh`: add the QDevice (third vote / tie-breaker).' : '3. No QDevice for this cluster.',
    '4. `storage.cfg`: storage suggestions; add them with `pvesm add`.',
    '5. `datacenter.cfg`: merge the lines into /etc/pve/datacenter.cfg (or let `ha-setup.sh` set them with pvesh).',
    '6. `create-vms.sh`: create the VMs (run on each node) and import their disks.',
    `7. \`ha-setup.sh\`: HA configuration (${pve8 ? 'groups' : 'rules'} and resources); \`ha/*.cfg\` is the matching content of /etc/pve/ha/ for review.`,
    '',
    'Every script prints the commands it would run (dry run) and only executes them with `CONFIRM=yes`. Re-running is safe.',
    '',
    '**HA node priority: the HIGHER number is PREFERRED** (`pve01:2,pve02:1` prefers pve01). The seed guide says the opposite and is wrong.',
    '',
    '## Files / Tệp',
    '',
    ...files.map((f) => `- \`${f}\``),
    '',
  ].join('\n');
}
