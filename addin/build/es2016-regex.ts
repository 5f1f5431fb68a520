// A build step for the send-time script: classic Outlook on Windows runs it in an
// ECMAScript 2016 runtime, where regular expressions with \p{…} (Unicode property escapes,
// ES2018), the s flag or named groups do not even parse. Vite lowers the rest of the syntax;
// this rewrites those regex literals into equivalent ES2015 patterns with regexpu-core.
import { parse } from 'acorn';
import rewritePattern from 'regexpu-core';
import type { Plugin } from 'vite';

interface RegexLiteral {
  start: number;
  end: number;
  regex: { pattern: string; flags: string };
}

function regexLiterals(node: unknown, found: RegexLiteral[] = []): RegexLiteral[] {
  if (!node || typeof node !== 'object') return found;
  const n = node as Record<string, unknown>;
  if (n.type === 'Literal' && n.regex) found.push(n as unknown as RegexLiteral);
  for (const value of Object.values(n)) {
    if (Array.isArray(value)) value.forEach((v) => regexLiterals(v, found));
    else if (value && typeof value === 'object') regexLiterals(value, found);
  }
  return found;
}

/** The code with every regex that needs ES2018 features rewritten for ES2016. */
export function lowerRegexes(code: string): string {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const literals = regexLiterals(ast)
    .filter(({ regex }) => regex.flags.includes('u') || regex.flags.includes('s') || regex.pattern.includes('(?<'))
    .sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, regex } of literals) {
    const pattern = rewritePattern(regex.pattern, regex.flags, {
      unicodeFlag: 'transform',
      unicodePropertyEscapes: 'transform',
      dotAllFlag: 'transform',
      namedGroups: 'transform',
    });
    const flags = regex.flags.replace(/[us]/g, '');
    out = `${out.slice(0, start)}/${pattern}/${flags}${out.slice(end)}`;
  }
  return out;
}

export function es2016Regexes(): Plugin {
  return {
    name: 'oss-assist:es2016-regexes',
    renderChunk(code) {
      return { code: lowerRegexes(code), map: null };
    },
  };
}
