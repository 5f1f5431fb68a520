// One body, or a body with the subject lines that fit it; es.ts numbers them into cores.
export type Item = string | [text: string, subjects: string[]];
