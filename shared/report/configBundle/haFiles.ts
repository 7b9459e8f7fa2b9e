import { formatNodePriorities } from '../../design/haRules';
import type { ClusterDesign, HaGroup, HaResource, HaRule, NodePriorities } from '../../design/types';
import { encodeText, HA_SID_RE, isCidr, isConfigId, isNodeName, oneLine, quoted } from './escape';
import type { FindingSink } from './findings';
import { checkedSectionConfig, type CfgSection } from './sectionFile';
import { scriptHeader, shq } from './shell';

/** `node:prio,…` with every node name a valid `pve-node` and every priority an integer ≥ 0; undefined otherwise. */
export function safeNodeList(nodes: NodePriorities): string | undefined {
  const entries = Object.entries(nodes);
  if (!entries.length || !entries.every(([n, p]) => isNodeName(n) && Number.isInteger(p) && p >= 0)) return undefined;
  return formatNodePriorities(nodes);
}

/** The comment of a resource (`PVE/HA/Resources.pm`: plain string, max 4096; we keep one short line). */
function resourceComment(r: HaResource): string {
  return oneLine(`${r.vmName} (tier ${r.tier})`, 200);
}

function resourceSection(r: HaResource, pve8: boolean): CfgSection {
  const [type = '', id = ''] = r.sid.split(':');
  return {
    type,
    id,
    options: [
      ['state', r.state],
      ['group', pve8 && r.group ? r.group : undefined],
      ['failback', pve8 ? undefined : r.failback ? '1' : '0'],
      ['max_restart', String(r.maxRestart)],
      ['max_relocate', String(r.maxRelocate)],
      ['comment', resourceComment(r)],
    ],
  };
}

/**
 * A rule section. `PVE/HA/Rules.pm` stores `comment` with PVE::Tools::encode_text and reads it back with
 * decode_text, so the comment is written encoded. A rule whose resource or node list is not valid is not
 * written at all (Proxmox would drop it for its missing required option).
 */
function ruleSection(r: HaRule, sink: FindingSink): CfgSection | undefined {
  const section = `${r.type}: ${r.id}`;
  if (!r.resources.length || !r.resources.every((x) => HA_SID_RE.test(x))) {
    sink.add('BUNDLE_VALUE_REJECTED', 'ha/rules.cfg', { section, key: 'resources', value: quoted(r.resources.join(',')) });
    return undefined;
  }
  const options: [string, string | undefined][] = [['resources', r.resources.join(',')]];
  if (r.type === 'node-affinity') {
    const nodes = safeNodeList(r.nodes);
    if (!nodes) {
      sink.add('BUNDLE_VALUE_REJECTED', 'ha/rules.cfg', { section, key: 'nodes', value: quoted(JSON.stringify(r.nodes)) });
      return undefined;
    }
    options.push(['nodes', nodes], ['strict', r.strict ? '1' : '0']);
  } else options.push(['affinity', r.affinity]);
  if (r.comment) options.push(['comment', encodeText(oneLine(r.comment, 200))]);
  return { type: r.type, id: r.id, options };
}

/** A PVE 8 group section (`PVE/HA/Groups.pm`: the comment is a plain string); left out when its node list is not valid. */
function groupSection(g: HaGroup, sink: FindingSink): CfgSection | undefined {
  const nodes = safeNodeList(g.nodes);
  if (!nodes) {
    sink.add('BUNDLE_VALUE_REJECTED', 'ha/groups.cfg', { section: `group: ${g.id}`, key: 'nodes', value: quoted(JSON.stringify(g.nodes)) });
    return undefined;
  }
  return {
    type: 'group',
    id: g.id,
    options: [
      ['nodes', nodes],
      ['restricted', g.restricted ? '1' : '0'],
      ['nofailback', g.nofailback ? '1' : '0'],
      ['comment', g.comment ? oneLine(g.comment, 200) : undefined],
    ],
  };
}

const sidOk = (type: string, id: string) => HA_SID_RE.test(`${type}:${id}`);

export type HaFiles = {
  resources: string;
  rules: string;
  groups: string;
  /** What was actually written: ha-setup.sh configures exactly these. */
  written: { resources: Set<string>; rules: Set<string>; groups: Set<string> };
};

/**
 * ha/resources.cfg, ha/rules.cfg (PVE 9) and ha/groups.cfg (PVE 8), checked: ids must be `pve-configid`
 * (rules, groups) or `vm:<vmid>` (resources); a rule or group whose node list or resource list is not valid
 * is left out (with a finding), and a resource never names a group that was left out.
 */
export function haFiles(c: ClusterDesign, sink: FindingSink): HaFiles {
  const pve8 = c.ha.target === 'pve8';
  const defined = <T,>(x: T | undefined): x is T => x !== undefined;
  const groups = checkedSectionConfig('ha/groups.cfg', c.ha.groups.map((g) => groupSection(g, sink)).filter(defined), (_t, id) => isConfigId(id), sink);
  const groupIds = new Set(groups.written.map((s) => s.id));
  const rules = checkedSectionConfig('ha/rules.cfg', c.ha.rules.map((r) => ruleSection(r, sink)).filter(defined), (_t, id) => isConfigId(id), sink);
  const resourceSections = c.ha.resources.map((r) => resourceSection({ ...r, group: r.group && groupIds.has(r.group) ? r.group : undefined }, pve8));
  const resources = checkedSectionConfig('ha/resources.cfg', resourceSections, sidOk, sink, [], 'type-id');
  return {
    resources: resources.text,
    rules: rules.text,
    groups: groups.text,
    written: {
      resources: new Set(resources.written.map((s) => `${s.type}:${s.id}`)),
      rules: new Set(rules.written.map((s) => s.id)),
      groups: groupIds,
    },
  };
}

const DATACENTER_LINE = /^(crs|ha|migration): ([A-Za-z0-9=,._:/-]+)$/;

/** The datacenter.cfg lines of the plan that are valid (`key: value`, migration network a CIDR). */
export function datacenterLines(c: ClusterDesign, sink: FindingSink): string[] {
  const out: string[] = [];
  for (const l of c.ha.datacenter.lines) {
    const m = DATACENTER_LINE.exec(l);
    const net = m?.[1] === 'migration' ? /(?:^|,)network=([^,]+)/.exec(m[2] ?? '')?.[1] : undefined;
    if (!m || (net !== undefined && !isCidr(net))) {
      sink.add('BUNDLE_DATACENTER_LINE', 'datacenter.cfg', { value: quoted(l) });
      continue;
    }
    out.push(l);
  }
  return out;
}

/**
 * datacenter.cfg: only the key lines the plan sets, no comment line at all — pve-cluster
 * `PVE/DataCenterConfig.pm` parse_datacenter_config collects EVERY line matching `^#` into the datacenter
 * description (the Notes panel). The explanations are in the README.
 */
export function datacenterCfg(c: ClusterDesign, sink: FindingSink): string {
  const lines = datacenterLines(c, sink);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** ha-setup.sh: the same configuration as idempotent ha-manager / pvesh commands. */
export function haSetupSh(c: ClusterDesign, sink: FindingSink, written: HaFiles['written']): string {
  const pve8 = c.ha.target === 'pve8';
  const out = scriptHeader(
    'ha-setup.sh',
    [
      `Configures Proxmox VE HA for cluster ${c.name} (${pve8 ? 'PVE 8: groups' : 'PVE 9: rules'}): datacenter options, HA resources and ${pve8 ? 'groups' : 'rules'}.`,
      'Idempotent: existing resources, rules and groups are updated (set), missing ones are added. Run on one node of the cluster.',
      'Node priorities: the HIGHER number is the PREFERRED node.',
    ],
    [
      `Cấu hình HA Proxmox VE cho cluster ${c.name} (${pve8 ? 'PVE 8: group' : 'PVE 9: rule'}): tùy chọn datacenter, HA resource và ${pve8 ? 'group' : 'rule'}.`,
      'Chạy lại nhiều lần vẫn an toàn: cái đã có thì cập nhật (set), cái chưa có thì thêm. Chạy trên một node của cluster.',
      'Ưu tiên node: SỐ LỚN HƠN là node ĐƯỢC ƯU TIÊN.',
    ],
  );
  out.push('has_section() { grep -qx -- "$2" "/etc/pve/ha/$1" 2>/dev/null; }', '', '# Datacenter options (also in datacenter.cfg)');
  const lines = datacenterLines(c, sink);
  const value = (key: string) => lines.find((l) => l.startsWith(`${key}:`))?.slice(key.length + 1).trim();
  const opts: string[] = [];
  for (const key of ['crs', 'ha', 'migration']) {
    const v = value(key);
    if (v) opts.push(`--${key} ${shq(v)}`);
  }
  if (opts.length) out.push(`run pvesh set /cluster/options ${opts.join(' ')}`);
  out.push('');
  if (!c.ha.enabled) {
    out.push('# HA is not planned for this cluster (see the plan): nothing else to do.', 'echo "HA not planned for this cluster."', '');
    return out.join('\n');
  }
  if (pve8) {
    out.push('# HA groups (PVE 8) — the comment is the same as in ha/groups.cfg');
    for (const g of c.ha.groups) {
      const nodes = safeNodeList(g.nodes);
      if (!written.groups.has(g.id) || !nodes) continue;
      const args = [`--nodes ${shq(nodes)}`, `--restricted ${g.restricted ? 1 : 0}`, `--nofailback ${g.nofailback ? 1 : 0}`];
      if (g.comment) args.push(`--comment ${shq(oneLine(g.comment, 200))}`);
      out.push(`if has_section groups.cfg ${shq(`group: ${g.id}`)}; then run ha-manager groupset ${shq(g.id)} ${args.join(' ')}; else run ha-manager groupadd ${shq(g.id)} ${args.join(' ')}; fi`);
    }
    out.push('');
  }
  out.push('# HA resources');
  for (const r of c.ha.resources) {
    if (!written.resources.has(r.sid)) continue;
    const [type = '', id = ''] = r.sid.split(':');
    const args = [`--state ${shq(r.state)}`, `--max_restart ${posInt(r.maxRestart)}`, `--max_relocate ${posInt(r.maxRelocate)}`];
    if (pve8 && r.group && written.groups.has(r.group)) args.push(`--group ${shq(r.group)}`);
    if (!pve8) args.push(`--failback ${r.failback ? 1 : 0}`);
    args.push(`--comment ${shq(resourceComment(r))}`);
    out.push(`if has_section resources.cfg ${shq(`${type}: ${id}`)}; then run ha-manager set ${shq(r.sid)} ${args.join(' ')}; else run ha-manager add ${shq(r.sid)} ${args.join(' ')}; fi`);
  }
  out.push('');
  if (!pve8) {
    out.push('# HA rules (PVE 9)');
    for (const r of c.ha.rules) {
      if (!written.rules.has(r.id)) continue;
      const args = [`--resources ${shq(r.resources.join(','))}`];
      if (r.type === 'node-affinity') args.push(`--nodes ${shq(safeNodeList(r.nodes) ?? '')}`, `--strict ${r.strict ? 1 : 0}`);
      else args.push(`--affinity ${shq(r.affinity)}`);
      if (r.comment) args.push(`--comment ${shq(oneLine(r.comment, 200))}`);
      out.push(`if has_section rules.cfg ${shq(`${r.type}: ${r.id}`)}; then run ha-manager rules set ${r.type} ${shq(r.id)} ${args.join(' ')}; else run ha-manager rules add ${r.type} ${shq(r.id)} ${args.join(' ')}; fi`);
    }
    out.push('');
  }
  out.push('run ha-manager status', '');
  return out.join('\n');
}

function posInt(n: number): number {
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

/** The comment lines kept out of datacenter.cfg, for the README. */
export function datacenterNotes(c: ClusterDesign): { migrationPending: boolean } {
  return { migrationPending: !c.ha.datacenter.lines.some((l) => l.startsWith('migration:')) };
}

