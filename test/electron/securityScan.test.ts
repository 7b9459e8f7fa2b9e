import { describe, expect, it } from 'vitest';
import { blockingFindings, csvFields, parseReport } from '../../cli/securityScan.mjs';

// The CSV layout Electronegativity 1.10 writes with `-o report.csv`.
const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","TENTATIVE","security.ts","39:2",N/A,"Failed to parse CSP, it may not be valid.",https://example.invalid/CSP',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","m.js","2:56","new BrowserWindow({a:1, b:\\"x\\"})","Review the use of the contextIsolation option",https://example.invalid/CI',
  'wrapped text of a long sample, not a finding',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main.ts","63:36","shell.openExternal(url)","Review the use of openExternal",https://example.invalid/OE',
].join('\n');

describe('security scan report', () => {
  it('splits quoted CSV fields that hold commas', () => {
    expect(csvFields('A,"b, c","d ""e"""')).toEqual(['A', 'b, c', 'd "e"']);
  });
  it('reads the findings and blocks only on HIGH or CRITICAL', () => {
    const f = parseReport(REPORT);
    expect(f.map((x) => `${x.check}:${x.severity}`)).toEqual(['CSP_GLOBAL_CHECK:LOW', 'CONTEXT_ISOLATION_JS_CHECK:HIGH', 'OPEN_EXTERNAL_JS_CHECK:MEDIUM']);
    expect(blockingFindings(f).map((x) => x.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(blockingFindings(parseReport(REPORT.replace('"HIGH"', '"CRITICAL"')))).toHaveLength(1);
    expect(blockingFindings(parseReport(REPORT.replace('"HIGH"', '"MEDIUM"')))).toHaveLength(0);
  });
});
