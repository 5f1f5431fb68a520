// The knowledge pack: its zod schema, loading and checking (check.ts), joining an
// organisation's documents (merge.ts), the placeholders a template may use, the default pack
// shipped without run-time validation (default-pack.ts) and the JSON Schema for pack authors.
// check.ts, schema.ts and json-schema.ts use zod's classic API: the popup, the pane and the
// send-time script may import default-pack, merge and placeholders only (eslint.config.js).
export * from './schema';
export {
  checkPack,
  parsePackText,
  parseJsonText,
  checkDocumentPack,
  applyDocumentPack,
  defaultPack,
  MAX_PACK_BYTES,
  type PackResult,
} from './check';
export { mergeDocumentPack } from './merge';
export { DEFAULT_PACK } from './default-pack';
export { PLACEHOLDERS, PLACEHOLDER, placeholderKeys } from './placeholders';
export { schemaFiles } from './json-schema';
