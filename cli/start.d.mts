// Types of the helpers cli/start.mjs exports (used by its tests and by the e2e runner).
import type { Server } from 'node:http';

export declare const RENDERER_DIST: string;
export declare const DEFAULT_PORT: number;
export declare const CSP: string;
export declare const MIME: Readonly<Record<string, string>>;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;

export type StartOptions = { web: boolean; rebuild: boolean; noBuild: boolean; dir: string | null; port: number; portExplicit: boolean; error?: string };
export declare function parseArgs(argv: readonly string[], env?: Record<string, string | undefined>): StartOptions;

export type LaunchState = { web: boolean; platform: string; env: Record<string, string | undefined>; electronBinary: string | null; downloadError: string | null };
export type LaunchDecision = { mode: 'electron'; binary: string } | { mode: 'web'; why: string };
export declare function decideLaunch(s: LaunchState, lang?: 'vi' | 'en'): LaunchDecision;
export declare function msgLang(env?: Record<string, string | undefined>): 'vi' | 'en';
export declare function electronBinaryPath(root?: string): string | null;
export declare function rendererIsStale(root?: string): boolean;
export declare function resolveInside(root: string, urlPath: string): string | null;
export declare function createStaticServer(root?: string): Server;
export declare function listen(server: Server, port: number, portExplicit: boolean): Promise<number>;
export declare function isAllowedHost(host: string | undefined, port: number): boolean;
export declare function webStateFile(env?: Record<string, string | undefined>, platform?: string, home?: string): string;
export declare function readRememberedPort(file: string): number | null;
export declare function rememberPort(file: string, port: number): void;
export declare function preferredPort(opts: StartOptions, remembered: number | null): number;
