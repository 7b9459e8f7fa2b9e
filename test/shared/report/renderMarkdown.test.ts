import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import type { ReportModel } from '../../../shared/report/model';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { markdownProblems } from './configBundle/bundleChecks';
import { SMALL_SAMPLE, planFromSample } from './samplePlan';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(SMALL_SAMPLE);
});

describe('renderMarkdown', () => {
  it('writes both languages for vi+en and one language otherwise', () => {
    const model = buildReport(plan);
    const both = renderMarkdown(model, 'vi+en');
    expect(both).toContain('## 2. Bản đồ khái niệm vSphere sang Proxmox VE / vSphere to Proxmox VE concept map');
    expect(both).toContain('**Lưu ý / Note:**');
    const vi = renderMarkdown(model, 'vi');
    expect(vi).toContain('## 2. Bản đồ khái niệm vSphere sang Proxmox VE');
    expect(vi).not.toContain('vSphere to Proxmox VE concept map');
    const en = renderMarkdown(model, 'en');
    expect(en).toContain('## 2. vSphere to Proxmox VE concept map');
    expect(en).not.toMatch(/Bản đồ/);
  });

  it('keeps table rows intact when a cell holds pipes and line breaks', () => {
    const model: ReportModel = {
      title: { vi: 'T', en: 'T' },
      meta: { project: 'p', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '0' },
      sections: [
        {
          id: 's',
          title: { vi: 'S', en: 'S' },
          blocks: [{ kind: 'table', id: 't', columns: [{ key: 'a', label: { vi: 'A', en: 'A' } }, { key: 'b', label: { vi: 'B', en: 'B' } }], rows: [['x|y', 'line1\nline2']] }],
        },
      ],
    };
    const md = renderMarkdown(model, 'en');
    const row = md.split('\n').find((l) => l.startsWith('| x'));
    expect(row).toBe('| x\\|y | line1<br>line2 |');
  });
});

describe('renderMarkdown escaping', () => {
  it('escapes emphasis and HTML outside code spans and keeps code spans verbatim', () => {
    const model: ReportModel = {
      title: { vi: 'T', en: 'T' },
      meta: { project: 'p', generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '0' },
      sections: [{ id: 's', title: { vi: 'S', en: 'S' }, blocks: [{ kind: 'paragraph', text: { vi: 'a', en: 'rows (*) and <b>x</b> use `ha_manager <node>`' } }] }],
    };
    const md = renderMarkdown(model, 'vi+en');
    expect(md).toContain('*rows (\\*) and &lt;b&gt;x&lt;/b&gt; use `ha_manager <node>`*');
  });
});

describe('renderMarkdown with inventory text full of links, images and HTML', () => {
  // CommonMark / GFM: links, images, autolinks and raw HTML; checked with markdown-it (raw HTML, linkify on).
  it('no block type lets a live link, an image or raw HTML through, and code keeps its fence', () => {
    const evil = '[x](javascript:alert(1)) ![i](http://evil.example/i.png) <img src=x onerror=alert(1)> www.evil.example `a` b`\n# heading\n```\n<script>alert(1)</script>';
    const t = { vi: evil, en: `${evil} en` };
    const model: ReportModel = {
      title: t,
      subtitle: t,
      meta: { project: evil, customer: evil, generatedAt: '2026-01-01T00:00:00Z', calculatorVersion: '0' },
      sections: [
        {
          id: 's',
          title: t,
          blocks: [
            { kind: 'heading', level: 3, text: t },
            { kind: 'paragraph', text: t },
            { kind: 'note', tone: 'warning', text: t },
            { kind: 'kv', rows: [{ label: t, value: evil }] },
            { kind: 'table', id: 't', title: t, columns: [{ key: 'a', label: t }], rows: [[evil], [t]] },
            { kind: 'checklist', id: 'c', items: [{ id: evil, text: t, detail: t, command: `qm set 1 --name ${evil}`, expected: t }, { id: 'c2', text: t, command: 'echo ```\n[x](http://evil.example)' }] },
            { kind: 'code', language: 'sh', title: t, code: `echo "${evil}"\n\`\`\`\`\n[x](http://evil.example)` },
          ],
        },
      ],
    };
    for (const lang of ['vi', 'en', 'vi+en'] as const) expect(markdownProblems(`plan.${lang}.md`, renderMarkdown(model, lang))).toEqual([]);
  });
});

describe('what the customer reads never names our source guide', () => {
  // The guide the product was built from is not the customer's: misconceptions are stated neutrally.
  const SOURCE_GUIDE = /\bseed\b|tài liệu gốc/i;

  it('holds for every sentence of the report, in both languages', () => {
    const md = renderMarkdown(buildReport(plan), 'vi+en');
    expect(md).toMatch(/Common misconception|Hiểu nhầm thường gặp/);
    expect(md.match(SOURCE_GUIDE)).toBeNull();
  });

  it('holds for every UI and report string of the dictionaries', async () => {
    const { dictionaries } = await import('../../../shared/i18n');
    const hits = (['vi', 'en'] as const).flatMap((lang) =>
      Object.entries(dictionaries[lang] as Record<string, string>).filter(([, s]) => SOURCE_GUIDE.test(s)).map(([k]) => `${lang} ${k}`),
    );
    expect(hits).toEqual([]);
  });
});
