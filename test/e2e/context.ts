import type { Page } from 'playwright-core';

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
