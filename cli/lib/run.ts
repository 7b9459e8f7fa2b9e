import { CliError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, oneLine } from './exitCodes';

/** An error from shared/ that carries a code and a bilingual text (ImportError and friends). */
type CodedError = Error & { code: string; text: { vi: string; en: string }; file?: string };

function isCoded(e: unknown): e is CodedError {
  if (!(e instanceof Error)) return false;
  const c = e as Partial<CodedError>;
  return typeof c.code === 'string' && typeof c.text === 'object' && c.text !== null && typeof c.text.en === 'string';
}

/**
 * Run a CLI main function and turn its outcome into an exit code: CliError and coded shared/ errors
 * print one line (`<program>: <file>: <problem> [CODE]`) and exit 2; anything else exits 1 with a short
 * message (the stack only with VM2PVE_DEBUG=1).
 */
export async function runCli(program: string, main: () => Promise<void>): Promise<number> {
  try {
    await main();
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${program}: ${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    if (isCoded(e)) {
      const where = e.file && !e.text.en.includes(e.file) ? `${e.file}: ` : '';
      process.stderr.write(`${program}: ${oneLine(`${where}${e.text.en}`)} [${e.code}]\n`);
      return EXIT_BAD_INPUT;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`${program}: internal error: ${oneLine(msg)}\n`);
    if (process.env.VM2PVE_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return EXIT_INTERNAL;
  }
}
