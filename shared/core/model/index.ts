// The words and shapes every part of the product shares: languages, setting and fact names
// (vocabulary.ts, no zod), the shapes the core returns (types.ts) and validation problems
// (problems.ts), the one result shape and errorText (result.ts), the debug channel (debug.ts).
// Anything may import this folder; it imports nothing else of the core.
export * from './vocabulary';
export type * from './types';
export * from './problems';
export * from './result';
export * from './debug';
