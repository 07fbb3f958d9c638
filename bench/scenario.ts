/**
 * Scenario generation benchmark: wall time, throughput and peak RSS per size.
 * Usage: npx tsx bench/scenario.ts [small|medium|large ...] [--out DIR] [--seed N]
 * Each size runs in its own child process so its peak RSS is its own. Output files are deleted after.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, size, seed, out] = args;
  const { generateScenario } = await import('../src/scenario/generate.ts');
  const started = performance.now();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const summary = await generateScenario({
    seed: Number(seed),
    size: size as 'small' | 'medium' | 'large',
    outDir: out as string,
  });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    JSON.stringify({
      seconds: (performance.now() - started) / 1000,
      peakRssMiB: peak / 2 ** 20,
      counts: summary.counts,
    }),
  );
} else {
  const sizes = args.filter((a) => ['small', 'medium', 'large'].includes(a));
  const seed = args.includes('--seed') ? args[args.indexOf('--seed') + 1] : '1';
  const base = args.includes('--out') ? (args[args.indexOf('--out') + 1] as string) : tmpdir();
  for (const size of sizes.length > 0 ? sizes : ['small', 'medium']) {
    const out = mkdtempSync(join(base, `centinela-bench-${size}-`));
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', size, String(seed), out],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as {
      seconds: number;
      peakRssMiB: number;
      counts: { lines: number; events: number };
    };
    const bytes = readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    rmSync(out, { recursive: true, force: true });
    console.log(
      `${size.padEnd(6)} ${result.counts.lines.toLocaleString('en').padStart(9)} lines ${result.counts.events.toLocaleString('en').padStart(11)} events ` +
        `${result.seconds.toFixed(1).padStart(7)} s ${Math.round(result.counts.lines / result.seconds)
          .toLocaleString('en')
          .padStart(7)} lines/s ` +
        `${Math.round(result.counts.events / result.seconds)
          .toLocaleString('en')
          .padStart(
            8,
          )} events/s  peak RSS ${result.peakRssMiB.toFixed(0)} MiB  output ${(bytes / 2 ** 20).toFixed(0)} MiB`,
    );
  }
}
