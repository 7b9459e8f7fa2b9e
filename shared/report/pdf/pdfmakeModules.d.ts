// Type declarations for the parts of pdfmake 0.3 that the PDF renderer uses (the package ships no types).
// In Node `pdfmake` resolves to its server entry; bundlers for the browser/worker pick its `browser` build.

declare module 'pdfmake' {
  export type PdfFontFamily = { normal: string; bold: string; italics: string; bolditalics: string };
  export type PdfOutput = { getBuffer(): Promise<Uint8Array> };
  export type PdfMakeInstance = {
    virtualfs: {
      existsSync(name: string): boolean;
      writeFileSync(name: string, content: string, encoding: string): void;
    };
    addVirtualFileSystem?: (vfs: Record<string, string>) => void;
    setFonts(fonts: Record<string, PdfFontFamily>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy?: (policy: (path: string) => boolean) => void;
    createPdf(doc: object, options?: object): PdfOutput;
    /** Called while pdfmake draws the laid-out pages (the fraction of items drawn); read by `createPdf`. */
    setProgressCallback?: (callback: ((fraction: number) => void) | undefined) => void;
  };
  const pdfmake: PdfMakeInstance;
  // The package itself has a default export; this only describes it.
  // eslint-disable-next-line no-restricted-syntax
  export default pdfmake;
}

declare module 'pdfmake/build/standard-fonts/Courier.js' {
  /** The Courier metrics (AFM text) as virtual files, and the font family. */
  const container: { vfs: Record<string, { data: string; encoding?: string }>; fonts: Record<string, unknown> };
  // eslint-disable-next-line no-restricted-syntax
  export default container;
}

declare module 'pdfmake/build/vfs_fonts.js' {
  /** File name → base64 content (the Roboto TTFs). */
  const vfs: Record<string, string>;
  // eslint-disable-next-line no-restricted-syntax
  export default vfs;
}
