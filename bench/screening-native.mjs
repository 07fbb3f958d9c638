/**
 * The reference for bench/screening-process.ts: a minimal screener straight on RDKit (WASM), one
 * thread, no validation, no names, no verdict rules. Per line: parse, largest fragment, canonical
 * SMILES, identity against the listed structures, scaffold (SMARTS) matches, Morgan (r 2, 2048 bits)
 * Tanimoto to every listed structure; one JSON line out. Reads the same CSV file, writes to stdout.
 * Run: node bench/screening-native.mjs FILE.csv > /dev/null
 */
import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import rdkitPackage from '@rdkit/rdkit';

const init = typeof rdkitPackage === 'function' ? rdkitPackage : rdkitPackage.default;
const rdkit = await init();
const list = JSON.parse(
  readFileSync(fileURLToPath(import.meta.resolve('../data/control-lists/substances.json')), 'utf8'),
);
const MORGAN = JSON.stringify({ radius: 2, nBits: 2048 });

const fingerprint = (mol) => {
  const bytes = mol.get_morgan_fp_as_uint8array(MORGAN);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};
const popcount = (v) => {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};
const tanimoto = (a, b) => {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    both += popcount(a[i] & b[i]);
    either += popcount(a[i] | b[i]);
  }
  return either === 0 ? 0 : both / either;
};
const largestFragment = (smiles) => {
  const parts = smiles.split('.');
  return parts.length === 1 ? smiles : parts.sort((a, b) => b.length - a.length)[0];
};

const scaffolds = list.scaffolds.map((s) => ({ id: s.id, query: rdkit.get_qmol(s.smarts) }));
const library = [];
const canonical = new Map();
for (const s of list.substances) {
  if (!s.smiles) continue;
  const mol = rdkit.get_mol(largestFragment(s.smiles));
  if (!mol) continue;
  canonical.set(mol.get_smiles(), s.id);
  library.push({ id: s.id, fp: fingerprint(mol) });
  mol.delete();
}

const out = [];
let lines = 0;
for await (const record of createReadStream(process.argv[2]).pipe(parse({ columns: true }))) {
  lines++;
  const mol = record.smiles ? rdkit.get_mol(largestFragment(record.smiles)) : null;
  if (!mol) {
    out.push(JSON.stringify({ line: lines, valid: false }));
    continue;
  }
  try {
    const smiles = mol.get_smiles();
    const matches = scaffolds.filter((s) => mol.get_substruct_match(s.query) !== '{}').map((s) => s.id);
    const fp = fingerprint(mol);
    let best = { id: null, similarity: 0 };
    for (const entry of library) {
      const similarity = tanimoto(fp, entry.fp);
      if (similarity > best.similarity) best = { id: entry.id, similarity };
    }
    out.push(
      JSON.stringify({
        line: lines,
        smiles,
        identical: canonical.get(smiles) ?? null,
        scaffolds: matches,
        nearest: best,
      }),
    );
  } finally {
    mol.delete();
  }
  if (out.length >= 1000) process.stdout.write(out.splice(0).join('\n') + '\n');
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`native: ${lines} lines\n`);
