// What a person or their organisation supplies because no source gives it (the RSO's address,
// the Operations Centre's number, the duty station): checkSettings with zod/mini (check.ts),
// and the field-by-field reader of stored settings and policy (read.ts) that the hosts run at
// every open.
export * from './check';
export * from './read';
