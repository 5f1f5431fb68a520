// The default pack for the popup, the pane and the send-time script, without runtime
// validation: `npm run build` refuses to build with an invalid default pack (check-pack), and
// the tests validate it, so shipping zod's pack schema to every start would buy nothing.
import packJson from '../../../data/iom-oss.pack.json';
import type { Pack } from './schema';

export const DEFAULT_PACK = packJson as unknown as Pack;
