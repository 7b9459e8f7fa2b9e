import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileChooser, Page } from 'playwright-core';

/** What an e2e step module gets: the page (demo estate already loaded), the step runner and helpers. */
export type E2eContext = {
  page: Page;
  step(name: string, fn: () => Promise<void>): Promise<boolean>;
  check(cond: boolean, msg: string): void;
  /** Folder for screenshots (printed at the end of the run). */
  shots: string;
};

/** An e2e step module in test/e2e/steps/*.ts exports `steps` with this type. */
export type E2eSteps = (ctx: E2eContext) => Promise<void>;

/**
 * Poll a page expression until it is truthy. Use it instead of `page.waitForFunction('…')`: a string predicate
 * there is evaluated with eval inside the page, which the app's CSP (no 'unsafe-eval') refuses.
 */
export async function poll(page: Page, expr: string, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(expr)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Page expression: a value read from the project in the IndexedDB autosave. `pick` is a JS expression over `p`
 * (the parsed project, e.g. `p.meta.name`); `fallback` (a JS literal) when there is no project or no value.
 */
export function storedProjectExpr(pick: string, fallback = "''"): string {
  return `new Promise((resolve) => {
  const req = indexedDB.open('vm2pve');
  req.onerror = () => resolve(${fallback});
  req.onsuccess = () => {
    const db = req.result;
    try {
      const get = db.transaction('autosave').objectStore('autosave').get('project');
      get.onsuccess = () => { db.close(); try { const p = JSON.parse(get.result); resolve((${pick}) ?? ${fallback}); } catch { resolve(${fallback}); } };
      get.onerror = () => { db.close(); resolve(${fallback}); };
    } catch { db.close(); resolve(${fallback}); }
  };
})`;
}

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'templates', 'demo');

/** The demo estate's files (workbook and DRS-rule CSVs) the app loads on first run, in name order. */
export function demoFiles(): { name: string; data: Uint8Array }[] {
  return fs
    .readdirSync(DEMO_DIR)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .sort()
    .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(DEMO_DIR, f))) }));
}

/**
 * Screenshot of the whole view: the page scrolls inside `.content`, so grow the viewport to fit it (at most
 * `maxHeight`), shoot, and go back to 1400×900. With `testId`, that element is shot too (`<file>-<testId>.png`).
 */
export async function tallShot(page: Page, file: string, opts: { maxHeight?: number; testId?: string } = {}): Promise<void> {
  const h = Number(await page.evaluate('document.querySelector(".content")?.scrollHeight ?? 900'));
  await page.setViewportSize({ width: 1400, height: Math.min(opts.maxHeight ?? 12_000, Math.max(900, h + 80)) });
  await page.screenshot({ path: file });
  if (opts.testId) await page.getByTestId(opts.testId).screenshot({ path: file.replace(/\.png$/, `-${opts.testId}.png`) });
  await page.setViewportSize({ width: 1400, height: 900 });
}

/**
 * Open the app's file chooser with Ctrl+O and hand it `files`. The shortcut is pressed once the Import view is
 * idle (its open button enabled, no dialog); a busy machine can swallow a press (the page thread still saving a
 * large project), so it is pressed again, and as the last try the view's own "Open files" button is clicked.
 * Returns how the chooser was opened.
 */
export async function chooseFiles(page: Page, files: string | string[]): Promise<'shortcut' | 'button'> {
  await page.getByTestId('nav-import').click();
  await page.getByTestId('open-files').waitFor({ state: 'visible', timeout: 60_000 });
  await poll(page, "!document.querySelector('[data-testid=open-files]').disabled && !document.querySelector('[role=dialog]')", 120_000, 'an idle Import view');
  const attempt = async (open: () => Promise<void>): Promise<FileChooser | undefined> =>
    Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), open()])
      .then(([c]) => c)
      .catch(() => undefined);
  for (let i = 0; i < 2; i++) {
    await page.locator('body').focus();
    const c = await attempt(() => page.keyboard.press('Control+o'));
    if (c) {
      await c.setFiles(files);
      return 'shortcut';
    }
  }
  process.stderr.write('    (Ctrl+O opened no file chooser twice; clicking the Open files button)\n');
  const c = await attempt(() => page.getByTestId('open-files').click());
  if (!c) throw new Error('neither Ctrl+O nor the Open files button opened a file chooser');
  await c.setFiles(files);
  return 'button';
}
