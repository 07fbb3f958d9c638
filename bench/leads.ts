/**
 * How long the fusion takes on N pieces of evidence scattered over a few Mexican cities (synthetic, seeded):
 *   nice -n 10 npx tsx bench/leads.ts [--evidence 20000]
 */
import { performance } from 'node:perf_hooks';
import { fuseLeads, type EvidenceInput } from '../src/leads/index.ts';

const at = process.argv.indexOf('--evidence');
const N = at >= 0 ? Number(process.argv[at + 1]) : 20_000;
const CITIES = [
  { lat: 24.8091, lon: -107.394 },
  { lat: 20.6597, lon: -103.3496 },
  { lat: 19.4326, lon: -99.1332 },
  { lat: 25.6866, lon: -100.3161 },
  { lat: 32.5149, lon: -117.0382 },
];
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const asOf = new Date('2026-06-01T00:00:00Z');
const evidence: EvidenceInput[] = Array.from({ length: N }, (_, i) => {
  const city = CITIES[i % CITIES.length]!;
  const base = {
    id: `E-${i}`,
    lat: city.lat + (random() - 0.5) * 0.6,
    lon: city.lon + (random() - 0.5) * 0.6,
    at: new Date(asOf.getTime() - random() * 730 * 86_400_000),
  };
  return i % 10 === 0
    ? { kind: 'incident', ...base, incidentKind: 'site_searched_negative' }
    : {
        kind: 'field_report',
        ...base,
        sourceType: 'ground',
        reliability: 'C',
        credibility: 3,
        indicators: ['drums'],
      };
});

const start = performance.now();
const leads = fuseLeads(evidence, { asOf });
console.log(`${N} pieces -> ${leads.length} leads in ${(performance.now() - start).toFixed(0)} ms`);
