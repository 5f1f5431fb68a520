// What the last action on the documents section came to: the message the section shows.
import type { ImportFailure } from '../../utils/import-file';

export type Failure =
  | ImportFailure
  /** The store refused the write. */
  | { code: 'store' }
  /** The documents already stored could not be read, so the new one could not be checked: stopped. */
  | { code: 'store-read' }
  | { code: 'remove' }
  /** The worker crashed or the file could not be read. */
  | { code: 'worker' }
  | { code: 'too-large'; size: string };

export type Outcome =
  | { kind: 'imported'; title: string; clauses: number; replaced: boolean }
  | { kind: 'removed'; title: string }
  | { kind: 'stopped' }
  | { kind: 'failed'; failure: Failure };
