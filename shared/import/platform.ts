/**
 * The few host APIs the importer needs that are not part of ECMAScript (TextDecoder, setTimeout). They exist
 * in Node, browsers and Web Workers; shared/ is type-checked against the ES library only, so they are reached
 * through `globalThis` with minimal structural types.
 */

type TextDecoderLike = { decode(input: Uint8Array): string };
type TextDecoderCtor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

const host = globalThis as unknown as {
  TextDecoder?: TextDecoderCtor;
  setTimeout?: (fn: () => void, ms: number) => unknown;
};

/** Decode bytes; `fatal` makes invalid sequences throw. Returns undefined when the encoding is not supported. */
export function decodeBytes(bytes: Uint8Array, encoding: string, fatal = false): string | undefined {
  const Ctor = host.TextDecoder;
  if (!Ctor) throw new Error('TextDecoder is not available in this runtime');
  let dec: TextDecoderLike;
  try {
    dec = new Ctor(encoding, { fatal, ignoreBOM: true });
  } catch {
    return undefined;
  }
  return dec.decode(bytes);
}

/** Give the event loop a turn (so a cancel request or a progress repaint can get through). */
export function yieldToHost(): Promise<void> {
  const st = host.setTimeout;
  return new Promise((resolve) => (st ? st(resolve, 0) : resolve()));
}

/** What the importer needs of an AbortSignal (a real AbortSignal fits). */
export type AbortSignalLike = { readonly aborted: boolean };
