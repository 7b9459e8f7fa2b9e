export declare const CLI_BUNDLE: string;
export declare const CLI_INPUTS: string;
export declare function buildCli(opts?: { quiet?: boolean }): Promise<string>;
export declare function cliBundleStale(): boolean;
