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
