// JSON Schema for pack authors, generated from the zod schemas (zod 4's toJSONSchema).
// Cross-references (a scenario naming a contact that exists) are checked by check-pack, not here.
import { z } from 'zod';
import { Pack, DocumentPack } from './schema';

export function schemaFiles(): Record<string, unknown> {
  return {
    'pack.schema.json': {
      ...z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' }),
      title: 'oss-assist knowledge pack',
      description:
        'Contacts, services, excerpts and scenarios. Every fact names its source. Validate with: oss-assist check-pack FILE',
    },
    'pack-extension.schema.json': {
      ...z.toJSONSchema(DocumentPack, { io: 'input', unrepresentable: 'any' }),
      title: 'oss-assist pack extension',
      description:
        "An organisation's documents imported as clauses (oss-assist import-document). Validate with: oss-assist check-pack FILE",
    },
  };
}
