import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { start() {}, update() {}, stop() {} };

/** A progress bar on stderr when it is a terminal; nothing at all when output is piped or logged. */
export function progress(interactive: boolean): Progress {
  if (!interactive) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      format: '{label} [{bar}] {percentage}% {value}/{total} {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, label) => bar.start(total, 0, { label }),
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
