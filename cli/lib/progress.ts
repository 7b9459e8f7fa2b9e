/**
 * A progress line on stderr, shown only when the work takes longer than a second. On a terminal the
 * line is rewritten in place; otherwise (pipes, CI logs) the current step is printed at most every
 * two seconds, so logs stay short.
 */
export type Progress = {
  step(text: string): void;
  done(): void;
};

export type ProgressOptions = {
  delayMs?: number;
  stream?: NodeJS.WriteStream;
  /** Set false to stay silent (tests of other output, --quiet). */
  enabled?: boolean;
};

export function startProgress(opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const enabled = opts.enabled ?? true;
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  let current = '';
  let shown = false;
  let lastPrinted = '';
  let lastPrintAt = 0;

  const print = () => {
    if (!enabled || current === '' || current === lastPrinted) return;
    if (!tty && Date.now() - lastPrintAt < 2000) return;
    lastPrintAt = Date.now();
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    const line = `… ${current} (${secs}s)`;
    if (tty) stream.write(`\r\x1b[2K${line}`);
    else stream.write(`${line}\n`);
    lastPrinted = current;
    shown = true;
  };
  const timer = setInterval(() => {
    if (Date.now() - started >= (opts.delayMs ?? 1000)) print();
  }, 250);
  timer.unref();

  return {
    step(text: string) {
      current = text;
      if (Date.now() - started >= (opts.delayMs ?? 1000)) print();
    },
    done() {
      clearInterval(timer);
      if (shown && tty) stream.write('\r\x1b[2K');
    },
  };
}
