// Every sentence the core says to a person, in English, French and Spanish (messages.ts);
// tests import these instead of repeating the words. The UI's own labels live in shared/ui.
// fill() is the one `{name}` interpolation every `{name}` dictionary uses (fill.ts).
export * from './fill';
export * from './messages';
