// Types for scripts/addin-manifest.mjs (a plain node script, imported by the manifest test).
export function rebaseManifest(xml: string, baseUrl: string): string;
