import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import { appRoot } from '../host/appRoot';

/** The schema versions shipped in assets/ninjs, and the JSON Schema draft each is written in. */
const SCHEMAS: Record<string, 'draft-04' | 'draft-07' | '2020-12'> = {
  '1.1': 'draft-04', '1.2': 'draft-04', '1.3': 'draft-04', '1.4': 'draft-04', '1.5': 'draft-07', '1.6': 'draft-07',
  '2.0': 'draft-04', '2.1': '2020-12', '2.2': '2020-12', '3.0': '2020-12', '3.1': '2020-12',
};
const GEOJSON_ID = 'https://geojson.org/schema/GeoJSON.json';
/** ninjs 3 writes its property names in camelCase (versionCreated, pubStatus); 1 and 2 in lower case. */
const CAMEL_CASE = /^[a-z]+[A-Z]/;

/**
 * Which ninjs version a document follows: its `$schema` when it names one,
 * otherwise the newest version of the generation its shape belongs to
 * (1: `headline`, `body_text`; 2: `headlines`, `bodies`; 3: the same in
 * camelCase). Version 1.0 is written in JSON Schema draft 3, which no
 * maintained validator reads, so it is checked against 1.1, its successor.
 */
export function ninjsVersionOf(doc: Record<string, unknown>): string {
  const declared = /ninjs-schema_(\d+\.\d+)\.json/.exec(typeof doc['$schema'] === 'string' ? doc['$schema'] : '')?.[1];
  if (declared) return declared;
  if (Object.keys(doc).some((field) => CAMEL_CASE.test(field))) return '3.1';
  if (['headlines', 'bodies', 'subjects', 'descriptions', 'title'].some((field) => field in doc)) return '2.2';
  return '1.6';
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(version: string): ValidateFunction {
  const schemaVersion = version === '1.0' ? '1.1' : version in SCHEMAS ? version : version.startsWith('1.') ? '1.6' : version.startsWith('2.') ? '2.2' : '3.1';
  const cached = validators.get(schemaVersion);
  if (cached) return cached;
  const dir = join(appRoot(), 'assets/ninjs');
  const schema = JSON.parse(readFileSync(join(dir, `ninjs-schema_${schemaVersion}.json`), 'utf8')) as Record<string, unknown>;
  // Formats (dates, URIs) are read leniently by the importer itself; the schema checks structure.
  const options = { strict: false, allErrors: true, validateFormats: false };
  const draft = SCHEMAS[schemaVersion] ?? '2020-12';
  const ajv = draft === 'draft-04' ? new AjvDraft04(options) : draft === 'draft-07' ? new Ajv(options) : new Ajv2020(options);
  if (draft === '2020-12') ajv.addSchema(JSON.parse(readFileSync(join(dir, 'GeoJSON-schema.json'), 'utf8')) as object);
  // GeoJSON's schema is written in draft 2020-12; an older draft's validator takes any geometry rather than none.
  else ajv.addSchema({ $id: GEOJSON_ID }, GEOJSON_ID);
  const validate = ajv.compile(schema);
  validators.set(schemaVersion, validate);
  return validate;
}

/** A schema error in words: where in the document, and what is wrong there. */
function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the item' : error.instancePath.slice(1).replace(/\//g, ' › ');
  if (error.keyword === 'required') return `${where} is missing "${String((error.params as { missingProperty?: string }).missingProperty)}"`;
  if (error.keyword === 'additionalProperties') return `${where} has a field the standard doesn't define: "${String((error.params as { additionalProperty?: string }).additionalProperty)}"`;
  if (error.keyword === 'enum') return `${where} must be one of ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${error.message ?? 'is not as the standard defines it'}`;
}

/** What is wrong with a document against its ninjs schema, in words; empty when it is valid. */
export function validateNinjs(doc: Record<string, unknown>, version: string = ninjsVersionOf(doc)): string[] {
  const validate = validatorFor(version);
  if (validate(doc)) return [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // anyOf/oneOf branches repeat their parent's failure in several ways; the first few say enough.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    seen.add(describe(error));
  }
  return [...seen];
}
