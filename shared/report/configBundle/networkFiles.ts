import type { ClusterDesign, NodeAddress, TargetNode } from '../../design/types';
import { mdInline } from '../safeText';
import { isCidr, isIp, isIpWithPrefix, isNodeName, quoted } from './escape';
import type { FindingSink } from './findings';
import { comment, scriptHeader, shq } from './shell';

/**
 * Bash functions that accept exactly the addresses pvecm accepts (pve-common `ip` format: the IPv4 and IPv6
 * forms of PVE::Tools $IPV4RE / $IPV6RE; no host names, no prefix, no zone).
 */
const IP_CHECK = [
  '# is_ipv4 / is_ipv6 / is_ip <address>: what pvecm qdevice setup accepts (an IP address, no name, no prefix).',
  'is_ipv4() {',
  "  local o='(25[0-5]|(2[0-4]|1[0-9]|[1-9])?[0-9])'",
  '  local re="^${o}\\.${o}\\.${o}\\.${o}$"',
  '  [[ $1 =~ $re ]]',
  '}',
  'hex_groups() {',
  '  local s="$1" g n=0',
  '  if [ -z "$s" ]; then echo 0; return 0; fi',
  '  case "$s" in :*|*:) return 1 ;; esac',
  '  local IFS=:',
  '  for g in $s; do [[ $g =~ ^[0-9A-Fa-f]{1,4}$ ]] || return 1; n=$((n+1)); done',
  '  echo "$n"',
  '}',
  'is_ipv6() {',
  '  local a="$1" nh nt',
  '  [[ $a == *:* && $a =~ ^[0-9A-Fa-f:.]+$ ]] || return 1',
  '  if [[ $a == *.* ]]; then is_ipv4 "${a##*:}" || return 1; a="${a%:*}:0:0"; fi',
  '  if [[ $a == *:::* || $a == *::*::* ]]; then return 1; fi',
  '  if [[ $a == *::* ]]; then',
  '    nh="$(hex_groups "${a%%::*}")" || return 1',
  '    nt="$(hex_groups "${a#*::}")" || return 1',
  '    [ $((nh + nt)) -le 7 ]',
  '  else',
  '    [ "$(hex_groups "$a" || true)" = 8 ]',
  '  fi',
  '}',
  'is_ip() { is_ipv4 "$1" || is_ipv6 "$1"; }',
  '',
];

/**
 * qdevice.sh: install and register the QDevice (only emitted when the plan has one). The QNetd host must be
 * an IP address: `pvecm qdevice setup <address>` takes `format => 'ip'` (pve-cluster `PVE/CLI/pvecm.pm`).
 * The address from the project file is written only when it is a valid IP (quoted); otherwise the script
 * asks for it (interactive) or stops.
 */
export function qdeviceSh(c: ClusterDesign, qnetdHost: string | undefined, sink: FindingSink): string {
  const q = c.quorum;
  const force = c.nodes.length % 2 === 1;
  let planned: string | undefined;
  if (qnetdHost !== undefined && qnetdHost.trim() !== '') {
    if (isIp(qnetdHost.trim())) planned = qnetdHost.trim();
    else sink.add('BUNDLE_QNETD_INVALID', 'qdevice.sh', { value: quoted(qnetdHost) });
  }
  const out = scriptHeader(
    'qdevice.sh',
    [
      `Adds a corosync QDevice (external vote) to cluster ${c.name}: ${c.nodes.length} nodes + QDevice = ${q.totalVotes} votes, quorum ${q.quorumVotes}.`,
      'Prerequisite: a small machine OUTSIDE the cluster running corosync-qnetd (apt install corosync-qnetd), reachable from every node, root SSH from this node.',
      'QNETD_HOST is the IP address of that machine (pvecm accepts only an IP address); the script asks for it when it is not set.',
      'Run on ONE cluster node after all nodes have joined. Check afterwards: pvecm status (Flags: Quorate Qdevice) and corosync-qdevice-tool -s.',
    ],
    [
      `Thêm QDevice (phiếu biểu quyết bên ngoài) cho cluster ${c.name}: ${c.nodes.length} node + QDevice = ${q.totalVotes} phiếu, quorum ${q.quorumVotes}.`,
      'Điều kiện: một máy nhỏ NGOÀI cluster chạy corosync-qnetd (apt install corosync-qnetd), mọi node kết nối được, có SSH root từ node này.',
      'QNETD_HOST là địa chỉ IP của máy đó (pvecm chỉ nhận địa chỉ IP); script sẽ hỏi nếu chưa đặt.',
      'Chạy trên MỘT node sau khi mọi node đã vào cluster. Kiểm tra: pvecm status (Flags: Quorate Qdevice) và corosync-qdevice-tool -s.',
    ],
  );
  out.push(
    ...IP_CHECK,
    'QNETD_HOST="${QNETD_HOST:-}"',
    ...(planned ? [`# The address entered in the plan:`, `if [ -z "$QNETD_HOST" ]; then QNETD_HOST=${shq(planned)}; fi`] : []),
    'if [ -z "$QNETD_HOST" ] && [ -t 0 ]; then',
    "  read -r -p 'IP address of the corosync-qnetd host / Địa chỉ IP của máy corosync-qnetd: ' QNETD_HOST",
    'fi',
    'if [ -z "$QNETD_HOST" ]; then echo "Set QNETD_HOST=<IP address of the corosync-qnetd host>" >&2; exit 2; fi',
    'if ! is_ip "$QNETD_HOST"; then echo "QNETD_HOST must be an IPv4 or IPv6 address (pvecm accepts only an IP address)" >&2; exit 2; fi',
    '',
    'status="$(pvecm status 2>/dev/null || true)"',
    'if grep -q "Qdevice" <<< "$status"; then',
    '  echo "A QDevice is already configured:"; printf \'%s\\n\' "$status"; exit 0',
    'fi',
    '',
    '# Every node needs the qdevice package (run this on each node, or over SSH):',
    `for node in ${validNodes(c).map((n) => shq(n.name)).join(' ')}; do`,
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

/** The nodes whose names are valid `pve-node` names (the others are reported once by the bundle and left out). */
function validNodes(c: ClusterDesign): TargetNode[] {
  return c.nodes.filter((n) => isNodeName(n.name));
}

function addressFor(n: TargetNode, role: NodeAddress['role']): NodeAddress | undefined {
  return n.addresses?.find((a) => a.role === role);
}

/** A node address that is safe to write (valid IP and prefix), else undefined with a finding. */
function validAddress(n: TargetNode, role: NodeAddress['role'], sink: FindingSink): NodeAddress | undefined {
  const a = addressFor(n, role);
  if (!a) return undefined;
  if (!isIpWithPrefix(a.ip, a.prefix)) {
    sink.add('BUNDLE_ADDRESS_INVALID', `network/interfaces.${n.name}`, { node: n.name, role, value: quoted(`${a.ip}/${a.prefix}`) });
    return undefined;
  }
  if (a.gateway !== undefined && !isIp(a.gateway)) {
    sink.add('BUNDLE_ADDRESS_INVALID', `network/interfaces.${n.name}`, { node: n.name, role: `${role} gateway`, value: quoted(a.gateway) });
    return { ...a, gateway: undefined };
  }
  return a;
}

/** A CIDR or placeholder for a comment line (CIDRs that are not valid show as a placeholder). */
function cidrText(cidr: string | undefined, placeholder: string): string {
  return cidr && (isCidr(cidr) || /^<[A-Z0-9-]+>$/.test(cidr)) ? cidr : placeholder;
}

/** corosync-links.md: the links, the networks they use and the commands to create / join the cluster. */
export function corosyncLinksMd(c: ClusterDesign, sink: FindingSink): string {
  const links = c.networks.corosyncLinks;
  const addr = (n: TargetNode, link: number) => {
    const net = links.find((l) => l.link === link)?.network;
    if (!net) return '<IP>';
    if (net.source === 'vmkernel') return validAddress(n, 'management', sink)?.ip ?? `<${n.name}-LINK${link}-IP>`;
    return `<${n.name}-LINK${link}-IP>`;
  };
  const nodes = validNodes(c);
  const first = nodes[0];
  const firstIp = first ? validAddress(first, 'management', sink)?.ip : undefined;
  const linkArgs = (n: TargetNode) => links.map((l) => `--link${l.link} ${addr(n, l.link)}`).join(' ');
  const lines = [
    `# Corosync links — cluster ${mdInline(c.name)}`,
    '',
    '| link | network | source | note (EN) | ghi chú (VI) |',
    '|---|---|---|---|---|',
    ...links.map((l) => `| link${l.link} | ${mdInline(cidrText(l.network.cidr, '<CIDR>'))} | ${mdInline(l.network.source)} | ${mdInline(comment(l.note.en))} | ${mdInline(comment(l.note.vi))} |`),
    '',
    '## Node addresses / Địa chỉ các node',
    '',
    `| node | ${links.map((l) => `link${l.link}`).join(' | ')} |`,
    `|---|${links.map(() => '---').join('|')}|`,
    ...nodes.map((n) => `| ${mdInline(n.name)} | ${links.map((l) => mdInline(addr(n, l.link))).join(' | ')} |`),
    '',
    '## Commands / Lệnh',
    '',
    'EN: create the cluster on the first node, then join every other node (run on the joining node). Two links on separate switches keep the cluster quorate when one network fails; corosync needs under 5 ms latency and must not share a link with storage traffic.',
    '',
    'VI: tạo cluster trên node đầu tiên, rồi cho từng node còn lại tham gia (chạy trên node tham gia). Hai link trên hai switch khác nhau giúp cluster giữ quorum khi một mạng hỏng; corosync cần độ trễ dưới 5 ms và không dùng chung link với lưu trữ.',
    '',
    '```sh',
    first ? `# on ${first.name}` : '# on the first node',
    first ? `pvecm create ${shq(c.name)} ${linkArgs(first)}` : `pvecm create ${shq(c.name)}`,
    ...nodes.slice(1).map((n) => `# on ${n.name}\npvecm add ${firstIp ?? '<FIRST-NODE-IP>'} ${linkArgs(n)}`),
    'pvecm status',
    '```',
    '',
  ];
  return lines.join('\n');
}

/**
 * /etc/network/interfaces for one node: VLAN-aware bridge, bond and NIC names as marked placeholders.
 * Comments are always on their own line: ifupdown2 (`ifupdown2/ifupdown/networkinterfaces.py`) only skips
 * lines whose first non-blank character is `#` and takes everything after an option name as its value, so a
 * trailing `# …` makes the value invalid. Addresses are written only when valid; nothing else (no
 * `post-up`/`pre-up` line) is ever written.
 */
export function interfacesFor(c: ClusterDesign, n: TargetNode, sink: FindingSink): string {
  const mg = validAddress(n, 'management', sink);
  const st = validAddress(n, 'storage', sink);
  const mig = validAddress(n, 'migration', sink);
  const migNet = c.networks.migration;
  const link0 = c.networks.corosyncLinks.find((l) => l.link === 0)?.network;
  const lines = [
    `# /etc/network/interfaces for node ${n.name} (cluster ${c.name}) — generated by vm2pve.`,
    '# PLACEHOLDER marks what you must fill in: NIC names (ip link), bond mode (needs switch LACP), addresses.',
    '# Comments stay on their own line: ifupdown2 reads everything after an option name as its value.',
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
    ...(mg ? [] : ['# PLACEHOLDER: management address and gateway of this node']),
    'auto vmbr0',
    'iface vmbr0 inet static',
    `\taddress ${mg ? `${mg.ip}/${mg.prefix}` : '<MANAGEMENT-IP>/<PREFIX>'}`,
    `\tgateway ${mg?.gateway ?? '<GATEWAY>'}`,
    '\tbridge-ports bond0',
    '\tbridge-stp off',
    '\tbridge-fd 0',
    '\tbridge-vlan-aware yes',
    '\tbridge-vids 2-4094',
    '',
    `# Corosync link0 (${comment(cidrText(link0?.cidr, '<COROSYNC-LINK0-CIDR>'))}): its own NIC, no bridge`,
    '# PLACEHOLDER: corosync link0 address of this node',
    'auto nic2',
    'iface nic2 inet static',
    `\taddress <${n.name}-LINK0-IP>/<PREFIX>`,
    '',
    `# Migration network (${comment(cidrText(migNet.cidr, '<MIGRATION-CIDR>'))})${migNet.source === 'proposed' ? ' — PROPOSED: no vMotion VMkernel was found' : ''}`,
    ...(mig && migNet.source === 'vmkernel' ? [] : ['# PLACEHOLDER: migration address of this node']),
    'auto nic3',
    'iface nic3 inet static',
    `\taddress ${mig && migNet.source === 'vmkernel' ? `${mig.ip}/${mig.prefix}` : '<MIGRATION-IP>/<PREFIX>'}`,
    '',
  ];
  if (st || c.networks.storage.length) {
    lines.push(
      `# Storage network (${comment(c.networks.storage.map((s) => cidrText(s.cidr, '<STORAGE-CIDR>')).join(', ') || '<STORAGE-CIDR>')})`,
      ...(st ? [] : ['# PLACEHOLDER: storage address of this node']),
      'auto nic4',
      'iface nic4 inet static',
      `\taddress ${st ? `${st.ip}/${st.prefix}` : '<STORAGE-IP>/<PREFIX>'}`,
      '# PLACEHOLDER: uncomment the next line only if the storage network uses jumbo frames end to end',
      '#\tmtu 9000',
      '',
    );
  }
  return lines.join('\n');
}
