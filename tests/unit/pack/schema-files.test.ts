// The JSON Schemas pack authors use must match the zod schemas the product validates with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../../shared/core/pack/json-schema';

describe('data/*.schema.json', () => {
  it.each(Object.entries(schemaFiles()))('%s is current (run npm run build:schema)', (name, schema) => {
    expect(JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'))).toEqual(schema);
  });
});
