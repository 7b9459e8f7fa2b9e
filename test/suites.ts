/**
 * Which tests run where. `npm test` runs the fast unit tests (vitest.config.ts); `npm run test:integration`
 * (vitest.integration.config.ts, also run by .ci/run) runs the files listed here: tests that spawn the
 * command line, a server or a browser, render real documents of the 339-VM sample (PDF, XLSX), read
 * generated estates of thousands of VMs, or otherwise take more than about 3 s on an idle 2-core machine.
 * A new slow test goes in this list (one line) or is named `*.int.test.ts` (INTEGRATION_PATTERN); everything
 * else is a unit test.
 */
export const INTEGRATION_PATTERN = 'test/**/*.int.test.ts';

export const INTEGRATION_TESTS: readonly string[] = [
  // spawn the command line, the start script, bash, a browser
  'test/cli/plan.test.ts',
  'test/cli/planAnonymise.test.ts',
  'test/cli/validate.test.ts',
  'test/cli/simulate.test.ts',
  'test/cli/launcher.test.ts',
  'test/electron/startScript.test.ts',
  'test/electron/bundles.test.ts',
  'test/shared/report/renderBrowser.test.ts',
  'test/shared/report/configBundle/bundle.test.ts',
  // real documents of the 339-VM sample, read back (pdftotext, SheetJS)
  'test/shared/report/renderPdf.test.ts',
  'test/shared/report/renderXlsx.test.ts',
  'test/shared/report/export.test.ts',
  'test/shared/readiness/sample339.test.ts',
  // untrusted and large workbooks, generated estates of thousands of VMs
  'test/shared/import/untrusted.test.ts',
  'test/shared/import/xlsxStream.test.ts',
  'test/shared/import/template.test.ts',
  'test/shared/import/synthetic.test.ts',
  'test/cli/generate/syntheticEstate.test.ts',
  'test/cli/generate/rvtoolsWriter.test.ts',
  'test/renderer/designView.test.ts',
  'test/renderer/inventoryTable.test.ts',
];
