/**
 * The OASIS STIX 2.1 JSON Schemas (fixtures/conformance/stix/schemas, with their LICENSE) compiled once with
 * Ajv's draft 2020-12 build: each object against its own type's schema (a custom type against `core.json` when it
 * has `created`, an SDO, or `cyber-observable-core.json`, an SCO), and the bundle against `bundle.json` with the
 * objects of the types it lists. Its branch for other types is a `oneOf` of core and cyber-observable-core, which
 * every valid SDO it does not list (incident, location, note, extension-definition…) matches both of, so it
 * rejects them all (a location of three properties included): they are checked by their own schemas instead.
 * `unicodeRegExp: false`, because `common/cyber-observable-core.json` has a `\-` in a pattern that Unicode
 * mode rejects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const ROOT = new URL('../../fixtures/conformance/stix/', import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface Compiled {
  bundle: ValidateFunction;
  listed: Set<string>;
  byType: Map<string, ValidateFunction>;
  sdo: ValidateFunction;
  sco: ValidateFunction;
}

let compiled: Compiled | null = null;

function load() {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: false });
  addFormats(ajv);
  const byFile = new Map<string, string>();
  for (const folder of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(new URL(`schemas/${folder}/`, ROOT))) {
      const schema = JSON.parse(readFileSync(new URL(`schemas/${folder}/${file}`, ROOT), 'utf8'));
      ajv.addSchema(schema);
      byFile.set(`${folder}/${file}`, schema.$id);
    }
  }
  const byType = new Map<string, ValidateFunction>();
  for (const [file, id] of byFile) {
    if (
      file.startsWith('common/') &&
      file !== 'common/marking-definition.json' &&
      file !== 'common/extension-definition.json'
    )
      continue;
    byType.set(file.replace(/^.*\//, '').replace(/\.json$/, ''), ajv.getSchema(id)!);
  }
  const bundleText = readFileSync(new URL('schemas/common/bundle.json', ROOT), 'utf8');
  const listed = new Set(
    [...bundleText.matchAll(/"\.\.\/(?:sdos|sros|observables|common)\/([a-z0-9-]+)\.json"/g)].map(
      (m) => m[1]!,
    ),
  );
  compiled = {
    bundle: ajv.getSchema(byFile.get('common/bundle.json')!)!,
    listed,
    byType,
    sdo: ajv.getSchema(byFile.get('common/core.json')!)!,
    sco: ajv.getSchema(byFile.get('common/cyber-observable-core.json')!)!,
  };
  return compiled;
}

/** The schema errors of a bundle and of each of its objects, as `index type: message` lines (empty: valid). */
export function stixSchemaErrors(bundle: { objects: { type: string; created?: unknown }[] }): string[] {
  const { bundle: validateBundle, listed, byType, sdo, sco } = load();
  const errors: string[] = [];
  const listedOnly = { ...bundle, objects: bundle.objects.filter((o) => listed.has(o.type)) };
  if (!(validateBundle as (data: unknown) => boolean)(listedOnly)) {
    const at = /^\/objects\/(\d+)/.exec(validateBundle.errors?.[0]?.instancePath ?? '');
    const object = at ? listedOnly.objects[Number(at[1])] : undefined;
    errors.push(
      `bundle: ${object ? JSON.stringify(object) : JSON.stringify(validateBundle.errors?.slice(0, 3))}`,
    );
  }
  bundle.objects.forEach((object, i) => {
    const validate = byType.get(object.type) ?? (object.created === undefined ? sco : sdo);
    if (!(validate as (data: unknown) => boolean)(object))
      errors.push(`${i} ${object.type}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  });
  return errors;
}

/** The OASIS example bundles, by file name. */
export function stixExamples(): { name: string; text: string }[] {
  const files = [
    ...readdirSync(new URL('examples/', ROOT))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `examples/${f}`),
    ...readdirSync(new URL('examples/threat-reports/', ROOT)).map((f) => `examples/threat-reports/${f}`),
  ];
  return files.map((name) => ({ name, text: readFileSync(new URL(name, ROOT), 'utf8') }));
}
