// The default pack's trained router (data/iom-oss.model.json, written by `oss-assist train`).
// The popup and the pane import this module lazily, after first paint (its own chunk); the
// send-time script and the CLI import it directly.
import modelJson from '../../../data/iom-oss.model.json';
import type { RouterModel } from './model';

export const DEFAULT_MODEL = modelJson as unknown as RouterModel;
