// Types of the helpers cli/securityScan.mjs exports (used by its tests).
export type ScanFinding = { check: string; severity: string; confidence: string; file: string; location: string; description: string };
export declare function csvFields(line: string): string[];
export declare function parseReport(csv: string): ScanFinding[];
export declare function blockingFindings(findings: readonly ScanFinding[]): ScanFinding[];
export declare function scan(input: string, version?: string): ScanFinding[];
