// The one way a dictionary sentence gets its values: `{name}` is replaced by params.name, as text.
// Nothing is evaluated (no expressions, no nested lookups), and a placeholder without a value
// stays visible as `{name}` so a missing parameter shows up in a test or a screenshot, not as "undefined".
export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function fill(template: string, params: Params = {}): string {
  // Most sentences (labels, headings) have no placeholder: a suggestion fills dozens of them.
  if (!template.includes('{')) return template;
  // Own properties only: `{constructor}` or `{toString}` must not pick up Object.prototype.
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
