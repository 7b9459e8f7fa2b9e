import { formatNodePriorities } from '../../design/haRules';
import { writeSectionConfig, type Section } from '../../design/sectionConfig';
import type { ClusterDesign, HaGroup, HaResource, HaRule } from '../../design/types';
import { comment, scriptHeader, shq } from './shell';

function resourceSection(r: HaResource, pve8: boolean): Section {
  const [type, id] = r.sid.split(':') as [string, string];
  const options: [string, string][] = [['state', r.state]];
  if (pve8 && r.group) options.push(['group', r.group]);
  if (!pve8) options.push(['failback', r.failback ? '1' : '0']);
  options.push(['max_restart', String(r.maxRestart)], ['max_relocate', String(r.maxRelocate)], ['comment', comment(`${r.vmName} (tier ${r.tier})`)]);
  return { type, id, options };
}

function ruleSection(r: HaRule): Section {
  const options: [string, string][] = [['resources', r.resources.join(',')]];
  if (r.type === 'node-affinity') options.push(['nodes', formatNodePriorities(r.nodes)], ['strict', r.strict ? '1' : '0']);
  else options.push(['affinity', r.affinity]);
  if (r.comment) options.push(['comment', comment(r.comment)]);
  return { type: r.type, id: r.id, options };
}

function groupSection(g: HaGroup): Section {
  const options: [string, string][] = [
    ['nodes', formatNodePriorities(g.nodes)],
    ['restricted', g.restricted ? '1' : '0'],
    ['nofailback', g.nofailback ? '1' : '0'],
  ];
  if (g.comment) options.push(['comment', comment(g.comment)]);
  return { type: 'group', id: g.id, options };
}

export function resourcesCfg(c: ClusterDesign): string {
  return writeSectionConfig(c.ha.resources.map((r) => resourceSection(r, c.ha.target === 'pve8')));
}

export function rulesCfg(c: ClusterDesign): string {
  return writeSectionConfig(c.ha.rules.map(ruleSection));
}

export function groupsCfg(c: ClusterDesign): string {
  return writeSectionConfig(c.ha.groups.map(groupSection));
}

/** datacenter.cfg: only the lines the plan sets (a commented migration line while the subnet is not chosen). */
export function datacenterCfg(c: ClusterDesign): string {
  const lines = ['# /etc/pve/datacenter.cfg — lines set by the vm2pve plan; merge them into the existing file.', ...c.ha.datacenter.lines];
  if (!c.ha.datacenter.lines.some((l) => l.startsWith('migration:'))) {
    lines.push('# migration: secure,network=<MIGRATION-CIDR>    # choose a dedicated migration subnet, then uncomment');
  }
  return `${lines.join('\n')}\n`;
}

/** ha-setup.sh: the same configuration as idempotent ha-manager / pvesh commands. */
export function haSetupSh(c: ClusterDesign): string {
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
  out.push(
    'has_section() { grep -qx "$2" "/etc/pve/ha/$1" 2>/dev/null; }',
    '',
    '# Datacenter options (also in datacenter.cfg)',
  );
  const crs = c.ha.datacenter.lines.find((l) => l.startsWith('crs:'))?.slice(4).trim();
  const ha = c.ha.datacenter.lines.find((l) => l.startsWith('ha:'))?.slice(3).trim();
  const mig = c.ha.datacenter.lines.find((l) => l.startsWith('migration:'))?.slice(10).trim();
  const opts: string[] = [];
  if (crs) opts.push(`--crs ${shq(crs)}`);
  if (ha) opts.push(`--ha ${shq(ha)}`);
  if (mig) opts.push(`--migration ${shq(mig)}`);
  if (opts.length) out.push(`run pvesh set /cluster/options ${opts.join(' ')}`);
  out.push('');
  if (!c.ha.enabled) {
    out.push('# HA is not planned for this cluster (see the plan): nothing else to do.', 'echo "HA not planned for this cluster."', '');
    return out.join('\n');
  }
  if (pve8) {
    out.push('# HA groups (PVE 8)');
    for (const g of c.ha.groups) {
      const args = `--nodes ${shq(formatNodePriorities(g.nodes))} --restricted ${g.restricted ? 1 : 0} --nofailback ${g.nofailback ? 1 : 0}`;
      out.push(`if has_section groups.cfg ${shq(`group: ${g.id}`)}; then run ha-manager groupset ${shq(g.id)} ${args}; else run ha-manager groupadd ${shq(g.id)} ${args}; fi`);
    }
    out.push('');
  }
  out.push('# HA resources');
  for (const r of c.ha.resources) {
    const [type, id] = r.sid.split(':');
    const args = [`--state ${r.state}`, `--max_restart ${r.maxRestart}`, `--max_relocate ${r.maxRelocate}`];
    if (pve8 && r.group) args.push(`--group ${shq(r.group)}`);
    if (!pve8) args.push(`--failback ${r.failback ? 1 : 0}`);
    args.push(`--comment ${shq(comment(`${r.vmName} (tier ${r.tier})`))}`);
    out.push(`if has_section resources.cfg ${shq(`${type}: ${id}`)}; then run ha-manager set ${r.sid} ${args.join(' ')}; else run ha-manager add ${r.sid} ${args.join(' ')}; fi`);
  }
  out.push('');
  if (!pve8) {
    out.push('# HA rules (PVE 9)');
    for (const r of c.ha.rules) {
      const args = [`--resources ${shq(r.resources.join(','))}`];
      if (r.type === 'node-affinity') args.push(`--nodes ${shq(formatNodePriorities(r.nodes))}`, `--strict ${r.strict ? 1 : 0}`);
      else args.push(`--affinity ${r.affinity}`);
      if (r.comment) args.push(`--comment ${shq(comment(r.comment))}`);
      out.push(`if has_section rules.cfg ${shq(`${r.type}: ${r.id}`)}; then run ha-manager rules set ${r.type} ${shq(r.id)} ${args.join(' ')}; else run ha-manager rules add ${r.type} ${shq(r.id)} ${args.join(' ')}; fi`);
    }
    out.push('');
  }
  out.push('run ha-manager status', '');
  return out.join('\n');
}
