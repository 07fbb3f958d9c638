/**
 * Resolution benchmark: N synthetic party records (default 1,000,000) resolved from scratch, then
 * 1,000 new records resolved incrementally into the result. Prints times, memory and the pairwise
 * F1 against the generator's truth. Usage: npx tsx bench/resolution.ts [--records N]
 */
import { Resolver } from '../src/resolution/resolver.ts';
import { generateLabelledSet } from '../src/resolution/eval/generate.ts';
import { pairwiseScores } from '../src/resolution/eval/metrics.ts';

const at = process.argv.indexOf('--records');
const records = at >= 0 ? Number(process.argv[at + 1]) : 1_000_000;
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);

const generated = generateLabelledSet({ companies: Math.ceil(records / 2.9), seed: 2026 }).slice(0, records);
const extra = generateLabelledSet({ companies: 400, seed: 99 })
  .slice(0, 1000)
  .map((record) => ({
    ...record,
    companyId: -1 - record.companyId,
    fields: { ...record.fields, recordId: record.fields.recordId.replace('decl:EV', 'decl:NEW') },
  }));
console.log(`generated ${generated.length} + ${extra.length} records`);

// CPU seconds too: on a shared machine the wall clock measures the neighbours as much as this code
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 100_000) / 10;
};
const started = performance.now();
const cpuStarted = process.cpuUsage();
const resolver = Resolver.run(generated.map((record) => record.fields));
const fullSeconds = (performance.now() - started) / 1000;
const fullCpuSeconds = cpuSeconds(cpuStarted);
const stats = resolver.stats;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const incrementalStarted = performance.now();
const incrementalCpuStarted = process.cpuUsage();
const touched = resolver.add(extra.map((record) => record.fields));
const incrementalSeconds = (performance.now() - incrementalStarted) / 1000;
const incrementalCpuSeconds = cpuSeconds(incrementalCpuStarted);
clearInterval(sampler);

const all = [...generated, ...extra];
const scores = pairwiseScores(
  all.map((_, position) => resolver.entityKeyOfRecord(position)),
  all.map((record) => record.companyId),
);
console.log(
  JSON.stringify(
    {
      records: stats.records,
      variants: stats.variants,
      candidatePairs: stats.candidatePairs,
      pairsPerRecord: Math.round((stats.candidatePairs / stats.variants) * 10) / 10,
      entities: stats.entities,
      fullSeconds: Math.round(fullSeconds * 10) / 10,
      fullCpuSeconds,
      incrementalRecords: extra.length,
      incrementalEntitiesTouched: touched.size,
      incrementalSeconds: Math.round(incrementalSeconds * 100) / 100,
      incrementalCpuSeconds,
      peakRssMiB: mib(peakRss),
      heapUsedMiB: mib(process.memoryUsage().heapUsed),
      precision: Math.round(scores.precision * 10000) / 10000,
      recall: Math.round(scores.recall * 10000) / 10000,
      f1: Math.round(scores.f1 * 10000) / 10000,
      emIterations: stats.model.emIterations,
    },
    null,
    2,
  ),
);
