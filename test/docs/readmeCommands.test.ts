import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');

/** Every `npm run <name>`, `npm start` and `npm test` the README shows must be a script of package.json. */
export function readmeScriptNames(readme: string): string[] {
  const names = new Set<string>();
  for (const m of readme.matchAll(/\bnpm run ([A-Za-z0-9_-]+(?::[A-Za-z0-9_-]+)*)/g)) names.add(m[1] as string);
  for (const m of readme.matchAll(/\bnpm (start|test)\b/g)) names.add(m[1] as string);
  return [...names].sort();
}

describe('README commands', () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const scripts = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('finds the commands in the README text', () => {
    expect(readmeScriptNames('run `npm run plan -- --demo` then `npm test`; also npm start')).toEqual(['plan', 'start', 'test']);
    expect(readmeScriptNames('(npm run test:integration: the slow ones)')).toEqual(['test:integration']);
    const names = readmeScriptNames(readme);
    expect(names).toContain('test');
    expect(names).toContain('start');
    expect(names.length).toBeGreaterThan(5);
  });

  it('names only scripts that exist in package.json', () => {
    const missing = readmeScriptNames(readme).filter((n) => !(n in scripts));
    expect(missing).toEqual([]);
  });

  it('names only script files that exist', () => {
    // A script that points at a file (node x.mjs, tsx x.ts) must point at a file of the repository.
    const broken: string[] = [];
    for (const name of readmeScriptNames(readme)) {
      for (const m of (scripts[name] ?? '').matchAll(/(?:^|\s)((?:cli|build|test)\/[\w./-]+\.(?:m?js|ts))/g)) {
        if (!fs.existsSync(path.join(REPO, m[1] as string))) broken.push(`${name}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
