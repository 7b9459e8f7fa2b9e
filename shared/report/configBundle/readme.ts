import { t, type Lang, type Params, type TKey } from '../../i18n';
import type { ClusterDesign } from '../../design/types';
import { mdCode, mdInline } from '../safeText';
import { oneLine } from './escape';
import type { BundleFinding } from './findings';
import type { EsxiStorage } from './storageCfg';

export type ReadmeInput = {
  files: string[];
  findings: BundleFinding[];
  /** ESXi storages the create-vms.sh of this cluster imports from by default. */
  esxi: EsxiStorage[];
  migrationPending: boolean;
};

/**
 * README.md for one cluster folder, in Vietnamese and English. Our own sentences come from the bundle
 * dictionary; every name from the inventory or the project file is Markdown-escaped (safeText.ts), so a
 * cluster, host or VM name can never add raw HTML, a link or an image to the README.
 */
export function readmeMd(c: ClusterDesign, input: ReadmeInput): string {
  const pve8 = c.ha.target === 'pve8';
  const q = c.quorum;
  const lang = (l: Lang) => (key: TKey, params?: Params) => t(l, key, params);
  const section = (l: Lang): string[] => {
    const s = lang(l);
    const steps = [
      s('bundle.readme.step.network'),
      s('bundle.readme.step.corosync'),
      q.qdevice ? s('bundle.readme.step.qdevice') : s('bundle.readme.step.noQdevice'),
      s('bundle.readme.step.storage'),
      s('bundle.readme.step.datacenter') + (input.migrationPending ? ` ${s('bundle.readme.migrationPending')}` : ''),
      s('bundle.readme.step.createVms'),
      s('bundle.readme.step.ha', { kind: s(pve8 ? 'bundle.readme.kind.groups' : 'bundle.readme.kind.rules') }),
    ];
    const storages = input.esxi.map((e) => `${mdCode(e.id)} ← ${mdInline(oneLine(e.host, 80))}`).join(', ') || '—';
    return [
      s('bundle.readme.order'),
      ...steps.map((x, i) => `${i + 1}. ${x}`),
      '',
      `### ${s('bundle.readme.esxiTitle')}`,
      '',
      s('bundle.readme.esxi', { storages }),
      '',
      s('bundle.readme.safety'),
      '',
      s('bundle.readme.priority'),
    ];
  };
  const summary = (l: Lang) =>
    t(l, 'bundle.readme.summary', {
      sources: c.sourceClusters.map((x) => mdInline(oneLine(x, 120))).join(', '),
      nodes: c.nodes.map((n) => mdInline(n.name)).join(', '),
      target: t(l, pve8 ? 'bundle.readme.target.pve8' : 'bundle.readme.target.pve9'),
      votes: q.totalVotes,
      qdevice: q.qdevice ? ' (QDevice)' : '',
      ha: t(l, c.ha.enabled ? 'bundle.readme.yes' : 'bundle.readme.no'),
    });
  const findings = input.findings.length
    ? [
        '| code | file | Tiếng Việt | English |',
        '|---|---|---|---|',
        ...input.findings.map((f) => `| ${f.severity === 'error' ? '**' + f.code + '**' : f.code} | ${mdCode(f.file)} | ${mdInline(f.text.vi)} | ${mdInline(f.text.en)} |`),
      ]
    : [`${t('vi', 'bundle.readme.noFindings')} / ${t('en', 'bundle.readme.noFindings')}`];
  return [
    `# proxmox/${mdInline(c.name)}`,
    '',
    summary('vi'),
    '',
    summary('en'),
    '',
    `## ${t('vi', 'bundle.readme.findingsTitle')} / ${t('en', 'bundle.readme.findingsTitle')}`,
    '',
    ...findings,
    '',
    '## Tiếng Việt',
    '',
    ...section('vi'),
    '',
    '## English',
    '',
    ...section('en'),
    '',
    `## ${t('vi', 'bundle.readme.files')} / ${t('en', 'bundle.readme.files')}`,
    '',
    ...input.files.map((f) => `- ${mdCode(f)}`),
    '',
  ].join('\n');
}
