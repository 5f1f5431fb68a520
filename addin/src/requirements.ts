// What this Outlook can do. The manifest asks for Mailbox 1.1 only, so every feature above it
// is checked here at run time and, when missing, the pane says which one and why.
import { debug } from '../../shared/core/model/debug';

/** Features the pane uses, each with the Mailbox requirement set it needs. */
export const FEATURES = {
  readBody: '1.3',
  insertAtCursor: '1.2',
  openNewMessage: '1.6',
  sendCheckOptions: '1.14',
} as const;
export type Feature = keyof typeof FEATURES;

export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function supports(requirements: RequirementsLike | undefined, feature: Feature): boolean {
  try {
    return Boolean(requirements?.isSetSupported('Mailbox', FEATURES[feature]));
  } catch (error) {
    // An Outlook that cannot even answer the question does not have the feature.
    debug('requirements: isSetSupported', error);
    return false;
  }
}

/** The features this Outlook lacks, in a stable order. */
export function missingFeatures(requirements: RequirementsLike | undefined): Feature[] {
  return (Object.keys(FEATURES) as Feature[]).filter((f) => f !== 'sendCheckOptions' && !supports(requirements, f));
}
