/** Safety limits for untrusted input. Sizes in bytes, lengths in characters. Every one can be overridden per import. */
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
  /** Highest row number a sheet may use (Excel's own limit; a higher one is refused, never allocated). */
  maxSheetRows: number;
  /** Highest column a sheet or CSV row may use (Excel's own limit, column XFD). */
  maxSheetColumns: number;
  /** Longest cell text kept (Excel's own limit for one cell); longer text is cut with a warning. */
  maxCellChars: number;
  /** Most rows one file may hold over all its sheets (counting empty rows inside a sheet). */
  maxRowsPerFile: number;
  /** Most non-empty cells one file may hold over all its sheets. */
  maxCellsPerFile: number;
  /** Most VM rows (vInfo) one import may hold: what one plan is sized for. */
  maxVms: number;
};

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 400 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 64 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxSheetRows: 1_048_576,
  maxSheetColumns: 16_384,
  maxCellChars: 32_767,
  maxRowsPerFile: 2_000_000,
  maxCellsPerFile: 60_000_000,
  maxVms: 100_000,
};

/**
 * Longest name (VM, host, cluster, datastore, network, folder …) kept; a longer one is shortened with a
 * warning (`capName`). Fixed, so a name read in one tab and referred to from another is shortened alike.
 * vCenter itself allows 80 characters for most inventory names and DNS 253 for a host name.
 */
export const MAX_NAME_CHARS = 255;

export function resolveLimits(partial?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...(partial ?? {}) };
}
