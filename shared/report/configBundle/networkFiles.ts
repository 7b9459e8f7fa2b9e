import type { ClusterDesign, NodeAddress, TargetNode } from '../../design/types';
import { comment, scriptHeader, shq } from './shell';

/** qdevice.sh: install and register the QDevice (only emitted when the plan has one). */
export function qdeviceSh(c: ClusterDesign, qnetdHost?: string): string {
  const q = c.quorum;
  const force = c.nodes.length % 2 === 1;
  const out = scriptHeader(
    'qdevice.sh',
    [
      `Adds a corosync QDevice (external vote) to cluster ${c.name}: ${c.nodes.length} nodes + QDevice = ${q.totalVotes} votes, quorum ${q.quorumVotes}.`,
      'Prerequisite: a small machine OUTSIDE the cluster running corosync-qnetd (apt install corosync-qnetd), reachable from every node, root SSH from this node.',
      'Run on ONE cluster node after all nodes have joined. Check afterwards: pvecm status (Flags: Quorate Qdevice) and corosync-qdevice-tool -s.',
    ],
    [
      `Thêm QDevice (phiếu biểu quyết bên ngoài) cho cluster ${c.name}: ${c.nodes.length} node + QDevice = ${q.totalVotes} phiếu, quorum ${q.quorumVotes}.`,
      'Điều kiện: một máy nhỏ NGOÀI cluster chạy corosync-qnetd (apt install corosync-qnetd), mọi node kết nối được, có SSH root từ node này.',
      'Chạy trên MỘT node sau khi mọi node đã vào cluster. Kiểm tra: pvecm status (Flags: Quorate Qdevice) và corosync-qdevice-tool -s.',
    ],
  );
  out.push(
    `QNETD_HOST="\${QNETD_HOST:-${qnetdHost ?? ''}}"`,
    'if [ -z "$QNETD_HOST" ]; then echo "Set QNETD_HOST=<address of the corosync-qnetd host>" >&2; exit 2; fi',
    '',
    'if pvecm status 2>/dev/null | grep -q "Qdevice"; then',
    '  echo "A QDevice is already configured:"; pvecm status; exit 0',
    'fi',
    '',
    '# Every node needs the qdevice package (run this on each node, or over SSH):',
    `for node in ${c.nodes.map((n) => shq(n.name)).join(' ')}; do`,
    '  run ssh "root@$node" apt-get install -y corosync-qdevice',
    'done',
    '',
    force
      ? '# Odd node count: pvecm refuses without --force (lms algorithm, the QDevice gets N-1 votes). NOT recommended.'
      : '# Even node count: ffsplit algorithm, the QDevice adds one vote.',
    `run pvecm qdevice setup "$QNETD_HOST"${force ? ' --force' : ''}`,
    'run pvecm status',
    '',
  );
  return out.join('\n');
}

function addressFor(n: TargetNode, role: NodeAddress['role']): NodeAddress | undefined {
  return n.addresses?.find((a) => a.role === role);
}

/** corosync-links.md: the links, the networks they use and the commands to create / join the cluster. */
export function corosyncLinksMd(c: ClusterDesign): string {
  const links = c.networks.corosyncLinks;
  const addr = (n: TargetNode, link: number) => {
    const net = links.find((l) => l.link === link)?.network;
    if (!net) return '<IP>';
    if (net.source === 'vmkernel') return addressFor(n, 'management')?.ip ?? `<${n.name}-LINK${link}-IP>`;
    return `<${n.name}-LINK${link}-IP>`;
  };
  const first = c.nodes[0];
  const linkArgs = (n: TargetNode) => links.map((l) => `--link${l.link} ${addr(n, l.link)}`).join(' ');
  const lines = [
    `# Corosync links — cluster ${c.name}`,
    '',
    '| link | network | source | note (EN) | ghi chú (VI) |',
    '|---|---|---|---|---|',
    ...links.map((l) => `| link${l.link} | ${l.network.cidr} | ${l.network.source} | ${comment(l.note.en)} | ${comment(l.note.vi)} |`),
    '',
    '## Node addresses / Địa chỉ các node',
    '',
    `| node | ${links.map((l) => `link${l.link}`).join(' | ')} |`,
    `|---|${links.map(() => '---').join('|')}|`,
    ...c.nodes.map((n) => `| ${n.name} | ${links.map((l) => addr(n, l.link)).join(' | ')} |`),
    '',
    '## Commands / Lệnh',
    '',
    'EN: create the cluster on the first node, then join every other node (run on the joining node). Two links on separate switches keep the cluster quorate when one network fails; corosync needs under 5 ms latency and must not share a link with storage traffic.',
    '',
    'VI: tạo cluster trên node đầu tiên, rồi cho từng node còn lại tham gia (chạy trên node tham gia). Hai link trên hai switch khác nhau giúp cluster giữ quorum khi một mạng hỏng; corosync cần độ trễ dưới 5 ms và không dùng chung link với lưu trữ.',
    '',
    '```sh',
    first ? `# on ${first.name}` : '# on the first node',
    first ? `pvecm create ${c.name} ${linkArgs(first)}` : `pvecm create ${c.name}`,
    ...c.nodes.slice(1).map((n) => `# on ${n.name}\npvecm add ${(first && addressFor(first, 'management')?.ip) ?? '<FIRST-NODE-IP>'} ${linkArgs(n)}`),
    'pvecm status',
    '```',
    '',
  ];
  return lines.join('\n');
}

/** /etc/network/interfaces for one node: VLAN-aware bridge, bond and NIC names as marked placeholders. */
export function interfacesFor(c: ClusterDesign, n: TargetNode): string {
  const mg = addressFor(n, 'management');
  const st = addressFor(n, 'storage');
  const mig = addressFor(n, 'migration');
  const migNet = c.networks.migration;
  const link0 = c.networks.corosyncLinks.find((l) => l.link === 0)?.network;
  const lines = [
    `# /etc/network/interfaces for node ${n.name} (cluster ${c.name}) — generated by vm2pve.`,
    '# PLACEHOLDER marks what you must fill in: NIC names (ip link), bond mode (needs switch LACP), addresses.',
    '# Apply with: ifreload -a   (keep console/IPMI access while changing the management network)',
    '',
    'auto lo',
    'iface lo inet loopback',
    '',
    '# PLACEHOLDER: physical NICs for management + VM traffic',
    'iface nic0 inet manual',
    'iface nic1 inet manual',
    '',
    '# PLACEHOLDER bond: 802.3ad needs an LACP port-channel on the switch; use active-backup otherwise',
    'auto bond0',
    'iface bond0 inet manual',
    '\tbond-slaves nic0 nic1',
    '\tbond-miimon 100',
    '\tbond-mode 802.3ad',
    '\tbond-xmit-hash-policy layer3+4',
    '',
    '# VLAN-aware bridge: VM NICs get their VLAN with tag=<id> (see create-vms.sh)',
    'auto vmbr0',
    `iface vmbr0 inet static`,
    `\taddress ${mg ? `${mg.ip}/${mg.prefix}` : '<MANAGEMENT-IP>/<PREFIX>    # PLACEHOLDER'}`,
    `\tgateway ${mg?.gateway ?? '<GATEWAY>    # PLACEHOLDER'}`,
    '\tbridge-ports bond0',
    '\tbridge-stp off',
    '\tbridge-fd 0',
    '\tbridge-vlan-aware yes',
    '\tbridge-vids 2-4094',
    '',
    `# Corosync link0 (${link0?.cidr ?? '<COROSYNC-LINK0-CIDR>'}): its own NIC, no bridge`,
    'auto nic2',
    'iface nic2 inet static',
    `\taddress <${n.name}-LINK0-IP>/<PREFIX>    # PLACEHOLDER`,
    '',
    `# Migration network (${migNet.cidr})${migNet.source === 'proposed' ? ' — PROPOSED: no vMotion VMkernel was found' : ''}`,
    'auto nic3',
    'iface nic3 inet static',
    `\taddress ${mig && migNet.source === 'vmkernel' ? `${mig.ip}/${mig.prefix}` : '<MIGRATION-IP>/<PREFIX>    # PLACEHOLDER'}`,
    '',
  ];
  if (st || c.networks.storage.length) {
    lines.push(
      `# Storage network (${c.networks.storage.map((s) => s.cidr).join(', ') || '<STORAGE-CIDR>'})`,
      'auto nic4',
      'iface nic4 inet static',
      `\taddress ${st ? `${st.ip}/${st.prefix}` : '<STORAGE-IP>/<PREFIX>    # PLACEHOLDER'}`,
      '\tmtu 9000    # PLACEHOLDER: only if the storage network uses jumbo frames end to end',
      '',
    );
  }
  return lines.join('\n');
}
