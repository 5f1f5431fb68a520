// check-pack for a router model: the right shape, the pack's scenarios (and "none") as its
// classes in the pack's order, finite weights that decode to the end. A model that fails is
// refused whole, like a pack.
import type { Pack } from './schema';
import type { Problem } from '../model/problems';
import type { Result } from '../model/result';
import { decodeWeights, MAX_BUCKETS, MODEL_FORMAT, MODEL_TYPE, type RouterModel } from '../assist/model';

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

export function checkModel(json: unknown, pack: Pack): Result<RouterModel, Problem[]> {
  const problems: Problem[] = [];
  const m = json as Partial<RouterModel>;
  if (typeof m !== 'object' || m === null)
    return { ok: false, error: [{ path: '$', message: 'A model is a JSON object.' }] };
  if (m.type !== MODEL_TYPE) problems.push({ path: '$.type', message: `Must be "${MODEL_TYPE}".` });
  if (m.format !== MODEL_FORMAT) problems.push({ path: '$.format', message: `Must be ${MODEL_FORMAT}.` });
  const classes = [...pack.scenarios.map((s) => s.id), 'none'];
  if (!Array.isArray(m.classes) || m.classes.join('\u0000') !== classes.join('\u0000'))
    problems.push({
      path: '$.classes',
      message: `Must be the pack's scenarios then "none", in order: ${classes.join(', ')}. Retrain with oss-assist train.`,
    });
  if (m.pack !== pack.id)
    problems.push({ path: '$.pack', message: `Trained for pack "${String(m.pack)}", not "${pack.id}".` });
  if (
    !finite(m.buckets) ||
    (m.buckets as number) < 2 ||
    (m.buckets as number) > MAX_BUCKETS ||
    ((m.buckets as number) & ((m.buckets as number) - 1)) !== 0
  )
    problems.push({ path: '$.buckets', message: `Must be a power of two, at most ${MAX_BUCKETS}.` });
  if (!finite(m.scale) || (m.scale as number) <= 0)
    problems.push({ path: '$.scale', message: 'Must be a positive number.' });
  if (!Array.isArray(m.bias) || m.bias.length !== classes.length || !m.bias.every(finite))
    problems.push({ path: '$.bias', message: `Must be ${classes.length} finite numbers.` });
  if (typeof m.phrases !== 'boolean') problems.push({ path: '$.phrases', message: 'Must be true or false.' });
  if (typeof m.weights !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(m.weights))
    problems.push({ path: '$.weights', message: 'Must be base64 text.' });
  if (problems.length) return { ok: false, error: problems };
  try {
    decodeWeights(m as RouterModel);
    // Every weight is a byte (-128…127) × scale, rounded to single precision as it was saved.
    if (!Number.isFinite(Math.fround(128 * (m.scale as number))))
      problems.push({ path: '$.weights', message: 'Holds weights that are not finite.' });
  } catch (error) {
    problems.push({ path: '$.weights', message: `Cannot be read: ${(error as Error).message}.` });
  }
  return problems.length ? { ok: false, error: problems } : { ok: true, value: m as RouterModel };
}
