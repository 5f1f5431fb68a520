// A Vite plugin for the extension build: takes out the two things reviewers (and
// `web-ext lint`) rightly flag, which the extension never uses.
//  - React's paths that assign innerHTML (dangerouslySetInnerHTML, and a <script> created
//    through a div): we never set HTML from data, so these now throw instead.
//  - zod's JIT, which builds validators with `new Function`: the extension's CSP forbids
//    eval anyway, so zod already runs without it; the code is replaced by a throw.
// A pattern that no longer matches (a new React or zod) fails the build, so nothing slips.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  from: string;
  to: string;
  count: number;
}

const refuse = (what: string) =>
  `(() => { throw new Error(${JSON.stringify(`${what} is disabled in OSS Assist`)}); })()`;

const PATCHES: Patch[] = [
  {
    file: /react-dom\/cjs\/react-dom-client\.production\.js$/,
    from: '(domElement.innerHTML = key)',
    to: refuse('dangerouslySetInnerHTML'),
    count: 2,
  },
  {
    file: /react-dom\/cjs\/react-dom-client\.production\.js$/,
    from: 'nextResource.innerHTML = "<script>\\x3c/script>";',
    to: `${refuse('Rendering <script>')};`,
    count: 1,
  },
  { file: /zod\/v4\/core\/doc\.js$/, from: 'const F = Function;', to: `const F = ${refuse('eval')};`, count: 1 },
  // The probe is inside try/catch: it now answers "no eval" without touching Function.
  { file: /zod\/v4\/core\/util\.js$/, from: 'const F = Function;', to: `const F = ${refuse('eval')};`, count: 1 },
];

export function strictExtension(): Plugin {
  return {
    name: 'oss-assist:strict-extension',
    enforce: 'pre',
    transform(code, id) {
      const patches = PATCHES.filter((p) => p.file.test(id.split('?')[0] ?? id));
      if (patches.length === 0) return null;
      let out = code;
      for (const p of patches) {
        const found = out.split(p.from).length - 1;
        if (found !== p.count) {
          throw new Error(
            `strict-extension: expected ${p.count} × ${p.from} in ${id}, found ${found}; update the patch`,
          );
        }
        out = out.split(p.from).join(p.to);
      }
      return { code: out, map: null };
    },
  };
}
