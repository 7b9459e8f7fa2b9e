/** One file handed to the importer: its name (as the user sees it) and its bytes. */
export type InputFile = { name: string; data: Uint8Array };
