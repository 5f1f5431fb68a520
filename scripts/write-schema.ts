// Writes the JSON Schemas pack authors point their editors at (data/*.schema.json), from the
// same zod schemas the product validates with. tests/unit/schema-files.test.ts checks they are current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from '../shared/core/pack/json-schema';

for (const [name, schema] of Object.entries(schemaFiles())) {
  const path = fileURLToPath(new URL(`../data/${name}`, import.meta.url));
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote data/${name}`);
}
