/** Safety limits for untrusted input. All sizes in bytes. Every one can be overridden per import. */
export type ImportLimits = {
  /** Largest input file accepted (checked before anything is parsed). */
  maxFileBytes: number;
  /** Largest total uncompressed size a zip (xlsx) may declare. */
  maxUncompressedBytes: number;
  /** Largest overall compression ratio (uncompressed / compressed) once the uncompressed size passes `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Below this uncompressed size the ratio is not checked (tiny files compress very well). */
  ratioFloorBytes: number;
  /** Most zip entries accepted. */
  maxZipEntries: number;
};

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 400 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 64 * 1024 * 1024,
  maxZipEntries: 10_000,
};

export function resolveLimits(partial?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...(partial ?? {}) };
}
