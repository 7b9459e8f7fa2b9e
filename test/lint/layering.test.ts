import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');

/**
 * The layering rules of eslint.config.js, run through ESLint's own Node API on snippets that never exist
 * on disk (`lintText` with a file path puts them where the rule applies).
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO });
});

async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(REPO, file) });
  return (r?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: { file: string; from: string; allowed: boolean }[] = [
  // model → i18n only: the cycle model ↔ design/ha/mapping/readiness cannot come back.
  { file: 'shared/model/layerProbe.ts', from: '../design', allowed: false },
  { file: 'shared/model/layerProbe.ts', from: '../design/types', allowed: false },
  { file: 'shared/model/layerProbe.ts', from: '../plan', allowed: false },
  { file: 'shared/model/layerProbe.ts', from: '../i18n/text', allowed: true },
  // mapping → model; domain areas never build report blocks.
  { file: 'shared/mapping/layerProbe.ts', from: '../report/model', allowed: false },
  { file: 'shared/mapping/layerProbe.ts', from: '../readiness', allowed: false },
  { file: 'shared/mapping/layerProbe.ts', from: '../model/inventory', allowed: true },
  { file: 'shared/ha/layerProbe.ts', from: '../report/model', allowed: false },
  // readiness, design, ha → mapping/model, not each other; the depth of the file does not matter.
  { file: 'shared/design/layerProbe.ts', from: '../ha', allowed: false },
  { file: 'shared/readiness/rules/layerProbe.ts', from: '../../design/types', allowed: false },
  { file: 'shared/readiness/rules/layerProbe.ts', from: '../../mapping/vmTarget', allowed: true },
  // import stays below mapping; plan never imports report; report may import the plan and the areas.
  { file: 'shared/import/layerProbe.ts', from: '../mapping', allowed: false },
  { file: 'shared/plan/layerProbe.ts', from: '../report/build', allowed: false },
  { file: 'shared/plan/layerProbe.ts', from: '../design', allowed: true },
  { file: 'shared/report/sections/layerProbe.ts', from: '../../plan', allowed: true },
  // state, workers and the CLI never import views.
  { file: 'renderer/state/layerProbe.ts', from: '../views/x', allowed: false },
  { file: 'renderer/workers/layerProbe.ts', from: '../views/export/x', allowed: false },
  { file: 'renderer/state/layerProbe.ts', from: '../../shared/plan', allowed: true },
  { file: 'cli/layerProbe.ts', from: '../renderer/views/import/x', allowed: false },
  { file: 'cli/layerProbe.ts', from: '../shared/report/export', allowed: true },
];

describe('layering rules (eslint.config.js)', () => {
  for (const c of cases) {
    it(`${c.file} ${c.allowed ? 'may' : 'may not'} import ${c.from}`, async () => {
      const msgs = await restricted(c.file, `import { x } from '${c.from}';\nexport const y = x;\n`);
      if (c.allowed) expect(msgs).toEqual([]);
      else expect(msgs.length).toBe(1);
    });
  }

  it('type-only imports and re-exports count too', async () => {
    expect(await restricted('shared/model/layerProbe.ts', "import type { DesignResult } from '../design';\nexport type X = DesignResult;\n")).toHaveLength(1);
    expect(await restricted('shared/ha/layerProbe.ts', "export { sweepSection } from '../report/sections/haSweep';\n")).toHaveLength(1);
  });

  it('the message names the rule of the area', async () => {
    const [msg] = await restricted('shared/model/layerProbe.ts', "import { x } from '../readiness';\nexport const y = x;\n");
    expect(msg).toContain('shared/model may import no other area');
  });
});
