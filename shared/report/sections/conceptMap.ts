import { dictionary } from '../../i18n';
import { fill, type Text } from '../../i18n/text';
import { CONCEPT_MAP_TITLE, conceptTablesFor, PVE_TARGET_LABEL } from '../../mapping/conceptMap';
import type { PveTarget } from '../../model/project';
import type { Block, Section } from '../model';
import { digestPointer, digestTable, fullOnly } from './digest';

const tx = (vi: string, en: string): Text => ({ vi, en });

/** Fill a bilingual template with per-language values. */
function fillEach(template: Text, params: Record<string, Text>): Text {
  const pickLang = (lang: 'vi' | 'en') => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v[lang]]));
  return { vi: fill(template.vi, pickLang('vi')), en: fill(template.en, pickLang('en')) };
}

/** The concept map as the first report section. */
export function conceptMapSections(target: PveTarget): Section[] {
  const blocks: Block[] = [
    { kind: 'paragraph', text: fillEach(dictionary['report.concept.intro'], { target: PVE_TARGET_LABEL[target] }) },
    { kind: 'note', tone: 'info', text: dictionary['report.concept.correctionNote'] },
  ];
  const tables = conceptTablesFor(target);
  for (const table of tables) {
    blocks.push({ kind: 'heading', level: 2, text: table.title });
    const topic = (r: (typeof table.rows)[number]): Text => (r.versionDependent ? fillEach(dictionary['report.concept.versionMark'], { topic: r.topic }) : r.topic);
    // The summary: what each vSphere concept becomes; the notes column (limits, commands, version differences)
    // is in the full report and the XLSX workbook (a pointer below says so).
    blocks.push(
      ...digestTable(
        `concept-${table.id}`,
        undefined,
        [
          { key: 'topic', label: table.topicLabel, width: 1.1 },
          { key: 'vsphere', label: tx('VMware vSphere', 'VMware vSphere'), width: 1.4 },
          { key: 'proxmox', label: tx('Proxmox VE', 'Proxmox VE'), width: 2.6 },
        ],
        table.rows.map((r) => [topic(r), r.vsphere, r.proxmox]),
      ),
    );
    blocks.push(
      ...fullOnly([
        {
          kind: 'table',
          id: `concept-${table.id}`,
          title: table.title,
          columns: [
            { key: 'topic', label: table.topicLabel, width: 1.1 },
            { key: 'vsphere', label: tx('VMware vSphere', 'VMware vSphere'), width: 1.3 },
            { key: 'proxmox', label: tx('Proxmox VE', 'Proxmox VE'), width: 1.8 },
            { key: 'notes', label: tx('Ghi chú', 'Notes'), width: 2.2 },
          ],
          rows: table.rows.map((r) => [topic(r), r.vsphere, r.proxmox, r.notes]),
        },
      ]),
    );
    // Rows with a correction: the correction itself is in the appendix "Common misconceptions" (listed once).
  }
  blocks.push(digestPointer(dictionary['report.digest.concept.pointer'], tables.map((t) => t.title)));
  return [{ id: 'concept-map', title: CONCEPT_MAP_TITLE, blocks }];
}
