// Loading what the commands share: files (bounded in size), settings, a pack and its extensions.
import { readFile, stat } from 'node:fs/promises';
import { errorText } from '../shared/core/model/result';
import type { Pack } from '../shared/core/pack/schema';
import type { Problem } from '../shared/core/model/problems';
import type { Settings } from '../shared/core/settings/check';
import type { RouterModel } from '../shared/core/assist/model';
import { DEFAULT_PACK } from '../shared/core/pack/default-pack';
import { STORED_DEFAULTS } from '../shared/core/settings/read';
import { MAX_INPUT_BYTES, TooLargeError } from './io';

export class ProblemsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
}

function cannotRead(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : errorText(error);
  return new Error(`cannot read ${file}: ${why}`);
}

/** A file's bytes, refused before reading when it is over MAX_INPUT_BYTES. */
export async function readBytes(file: string, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  try {
    if ((await stat(file)).size > limit) throw new TooLargeError(file);
    return await readFile(file);
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw cannotRead(file, error);
  }
}

export async function readText(file: string): Promise<string> {
  return (await readBytes(file)).toString('utf8');
}

// The checkers (zod schemas) are loaded only when a file is given: `oss-assist suggest` on the
// default pack and settings compiles none of them.
const checkers = () => import('../shared/core/pack/check');

export async function loadSettings(file: string | undefined): Promise<Settings> {
  // The same values as DEFAULT_SETTINGS (a unit test holds them equal), without the settings schema.
  if (!file) return { ...STORED_DEFAULTS };
  const { parseJsonText } = await checkers();
  const { checkSettings } = await import('../shared/core/settings/check');
  const json = parseJsonText(await readText(file));
  if (!json.ok) throw new ProblemsError(file, json.error);
  const result = checkSettings(json.value);
  if (!result.ok) throw new ProblemsError(file, result.error);
  return result.value;
}

export async function loadPack(file: string | undefined, extensions: string[]): Promise<Pack> {
  // Validated when it was built: `npm run build` runs check-pack on it and refuses a broken one.
  if (!file && extensions.length === 0) return DEFAULT_PACK;
  const { parseJsonText, parsePackText, checkDocumentPack, applyDocumentPack } = await checkers();
  let pack = DEFAULT_PACK;
  if (file) {
    const result = parsePackText(await readText(file));
    if (!result.ok) throw new ProblemsError(file, result.error);
    pack = result.value;
  }
  for (const ext of extensions) {
    const json = parseJsonText(await readText(ext));
    if (!json.ok) throw new ProblemsError(ext, json.error);
    const checked = checkDocumentPack(json.value);
    if (!checked.ok) throw new ProblemsError(ext, checked.error);
    const merged = applyDocumentPack(pack, checked.value);
    if (!merged.ok) throw new ProblemsError(ext, merged.error);
    pack = merged.value;
  }
  return pack;
}

/**
 * The router model for `pack`: FILE when given (refused with its problems if it does not fit),
 * else the default pack's model when it fits the pack, else none (the phrases decide alone).
 * The default model is imported on demand, so `train` runs before any model file exists.
 */
export async function loadModel(file: string | undefined, pack: Pack): Promise<RouterModel | null> {
  if (file) {
    const { parseJsonText } = await checkers();
    const { checkModel } = await import('../shared/core/pack/check-model');
    const json = parseJsonText(await readText(file));
    if (!json.ok) throw new ProblemsError(file, json.error);
    const checked = checkModel(json.value, pack);
    if (!checked.ok) throw new ProblemsError(file, checked.error);
    return checked.value;
  }
  const { DEFAULT_MODEL } = await import('../shared/core/assist/default-model');
  // The shipped model was checked when it was built (check-pack and the unit tests hold it to the
  // default pack): not read through again at every run. createAdvisor still sets it aside for
  // a pack whose scenarios it was not trained on.
  return DEFAULT_MODEL.pack === pack.id ? DEFAULT_MODEL : null;
}
