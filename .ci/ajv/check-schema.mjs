// Compiles a JSON Schema (2020-12) with Ajv in strict mode, with ajv-formats, and prints every
// finding, one a line; exits 1 when there is any. Strict mode's checks are logged rather than
// thrown, so that one run lists them all; a schema Ajv cannot compile at all is a finding too.
// Run: node check-schema.mjs SCHEMA
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const findings = [];
const collect = (...args) => findings.push(args.map(String).join(' '));
const ajv = new Ajv2020({
  strict: 'log',
  strictSchema: 'log',
  strictNumbers: 'log',
  strictTypes: 'log',
  // The raw blocks' key lists mirror the upstream formats' schemas, which use union types.
  allowUnionTypes: true,
  strictTuples: 'log',
  strictRequired: 'log',
  allErrors: true,
  logger: { log: () => {}, warn: collect, error: collect },
});
addFormats(ajv);
try {
  ajv.compile(JSON.parse(readFileSync(process.argv[2], 'utf8')));
} catch (error) {
  findings.push(`does not compile: ${error.message}`);
}
for (const finding of findings) {
  console.log(finding);
}
process.exit(findings.length === 0 ? 0 : 1);
