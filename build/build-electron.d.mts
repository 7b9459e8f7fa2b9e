export declare function buildElectron(opts?: { quiet?: boolean; outDir?: string }): Promise<void>;
