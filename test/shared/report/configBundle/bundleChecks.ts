/**
 * Checks every kind of generated file the way its consumer reads it:
 * - section config (storage.cfg, ha/*.cfg): pve-common PVE/SectionConfig.pm (pveSectionConfig.ts) with the
 *   plugins' id checks (pve-storage parse_storage_id; pve-ha-manager Rules.pm / Groups.pm pve_verify_configid;
 *   Resources.pm `vm:<vmid>`), and every parsed line written back gives the same line (one line = one key);
 * - datacenter.cfg: pve-cluster PVE/DataCenterConfig.pm (no `#` line at all, `key: value` lines);
 * - network/interfaces.*: ifupdown2 ifupdown/networkinterfaces.py (comments only on their own line; only the
 *   option names the plan writes, never post-up/pre-up/up/down);
 * - Markdown (README.md, corosync-links.md, plan.md): markdown-it with raw HTML and linkify on — no link to a
 *   non-relative URL, no image, no raw HTML but our own `<br>` and `<a id>` anchors;
 * - scripts: no control or bidi character but newline and tab (what a reviewer sees is what runs).
 */
import MarkdownIt from 'markdown-it';
import { decodeText, hasControl, isConfigId, isStorageId } from '../../../../shared/report/configBundle/escape';
import { liveMarkdown } from '../markdownCheck';
import { parsePveSectionConfig, writePveSectionConfig } from './pveSectionConfig';

export type Problem = string;

const md = new MarkdownIt({ html: true, linkify: true });
md.validateLink = () => true;

function idOk(file: string, type: string, id: string): boolean {
  if (/(^|\/)storage\.cfg$/.test(file)) return isStorageId(id);
  if (/ha\/resources\.cfg$/.test(file)) return /^(vm|ct)$/.test(type) && /^[1-9][0-9]{2,8}$/.test(id);
  return isConfigId(id);
}

export function sectionConfigProblems(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  const { sections, warnings } = parsePveSectionConfig(text);
  out.push(...warnings.map((w) => `${file}: ${w}`));
  for (const s of sections) {
    if (!idOk(file, s.type, s.id)) out.push(`${file}: id not valid: ${JSON.stringify(`${s.type}: ${s.id}`)}`);
    for (const [k, v] of Object.entries(s.options)) {
      if (hasControl(v)) out.push(`${file}: ${s.id} ${k}: control character`);
      // pve-ha-manager PVE/HA/Rules.pm decodes the rule comment with decode_text.
      if (/ha\/rules\.cfg$/.test(file) && k === 'comment' && hasControl(decodeText(v))) out.push(`${file}: ${s.id}: comment decodes to a control character`);
    }
  }
  const meaningful = (t: string) => t.split('\n').filter((l) => l !== '' && !/^\s*#/.test(l));
  const back = meaningful(writePveSectionConfig(sections));
  const orig = meaningful(text);
  if (back.join('\n') !== orig.join('\n')) out.push(`${file}: lines do not map one to one onto keys`);
  return out;
}

export function datacenterProblems(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  for (const l of text.split('\n')) {
    if (l === '') continue;
    if (/^\s*#/.test(l)) out.push(`${file}: comment line becomes the datacenter Notes: ${JSON.stringify(l)}`);
    else if (!/^(crs|ha|migration): [A-Za-z0-9=,._:/-]+$/.test(l)) out.push(`${file}: unexpected line ${JSON.stringify(l)}`);
  }
  return out;
}

const IFACE_KEYS = new Set(['address', 'gateway', 'bridge-ports', 'bridge-stp', 'bridge-fd', 'bridge-vlan-aware', 'bridge-vids', 'bond-slaves', 'bond-miimon', 'bond-mode', 'bond-xmit-hash-policy', 'mtu']);

export function interfacesProblems(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const l = line.trim();
    if (hasControl(line.replace(/\t/g, ''))) out.push(`${file}:${i + 1}: control character`);
    if (l === '' || l.startsWith('#')) return;
    if (/^(auto|iface) /.test(l)) {
      if (!/^(auto [A-Za-z0-9_.-]+|iface [A-Za-z0-9_.-]+ inet (manual|static|loopback))$/.test(l)) out.push(`${file}:${i + 1}: ${JSON.stringify(l)}`);
      return;
    }
    const [key = '', value = ''] = l.split(/\s+(.*)/);
    if (!IFACE_KEYS.has(key)) out.push(`${file}:${i + 1}: option not written by the plan: ${JSON.stringify(l)}`);
    if (value.includes('#')) out.push(`${file}:${i + 1}: '#' inside a value: ${JSON.stringify(l)}`);
    if (key === 'address' && !/^(\d{1,3}(\.\d{1,3}){3}\/\d{1,2}|[0-9a-fA-F:]+\/\d{1,3}|<[A-Za-z0-9-]+>\/<PREFIX>)$/.test(value)) out.push(`${file}:${i + 1}: address ${JSON.stringify(value)}`);
    if (key === 'gateway' && !/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+|<GATEWAY>)$/.test(value)) out.push(`${file}:${i + 1}: gateway ${JSON.stringify(value)}`);
  });
  return out;
}

export function markdownProblems(file: string, text: string): Problem[] {
  const live = liveMarkdown(md, text);
  return [
    ...live.links.filter((h) => !h.startsWith('#')).map((h) => `${file}: live link to ${JSON.stringify(h)}`),
    ...live.images.map((s) => `${file}: image ${JSON.stringify(s)}`),
    ...live.html.filter((h) => !/^(<br>|<a id="[A-Za-z0-9_-]+"><\/a>|<a id="[A-Za-z0-9_-]+">|<\/a>)$/.test(h)).map((h) => `${file}: raw HTML ${JSON.stringify(h.slice(0, 80))}`),
  ];
}

export function scriptTextProblems(file: string, text: string): Problem[] {
  const bad = text.split('\n').findIndex((l) => hasControl(l.replace(/\t/g, '')));
  return bad >= 0 ? [`${file}:${bad + 1}: control or bidi character`] : [];
}

/** All problems of one generated file, by its name. */
export function fileProblems(file: string, text: string): Problem[] {
  if (/\.cfg$/.test(file) && /datacenter\.cfg$/.test(file)) return datacenterProblems(file, text);
  if (/\.cfg$/.test(file)) return sectionConfigProblems(file, text);
  if (/\/network\/interfaces\./.test(file)) return interfacesProblems(file, text);
  if (/\.md$/.test(file)) return markdownProblems(file, text);
  if (/\.sh$/.test(file)) return scriptTextProblems(file, text);
  return [`${file}: unknown kind of file`];
}
