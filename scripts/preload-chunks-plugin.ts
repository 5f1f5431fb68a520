// A Vite plugin for the extension build: the popup's HTML names the chunks it loads right after
// first paint (the router with its model, the suggestion's view) as <link rel="modulepreload">,
// at low priority so that the popup's own code is read first. The browser then reads and
// compiles them while the popup starts, instead of only after first paint; a modulepreload never
// runs a module, so the router still runs after first paint (issue #9), when the view imports it
// (shared/ui/routing.ts waits for that paint). The popup's files are on the local disk: no
// download competes with its first paint (the Outlook pane, served over the network, preloads
// nothing). scripts/budgets.mjs lists such a chunk as preloaded, not as first-load code.
import type { Plugin } from 'vite';

interface Options {
  /** The HTML page, as its source file (e.g. "entrypoints/popup/index.html"). */
  page: string;
  /** Source files whose dynamic-import chunks to preload, e.g. "shared/ui/SuggestionView.tsx". */
  modules: string[];
}

export function preloadChunks(options: Options): Plugin {
  return {
    name: 'oss-assist:preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.path !== `/${options.page}` || !ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const links: string[] = [];
        for (const source of options.modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${source}`));
          // A renamed or inlined module fails the build rather than silently losing the preload.
          if (!chunk) throw new Error(`preload-chunks: no chunk for ${source} in ${options.page}`);
          for (const file of [chunk.fileName, ...chunk.imports]) {
            const href = `/${file}`;
            if (!html.includes(`"${href}"`) && !links.includes(href)) links.push(href);
          }
        }
        const tags = links
          .map((href) => `<link rel="modulepreload" crossorigin href="${href}" fetchpriority="low">`)
          .join('\n    ');
        return html.replace('</head>', `  ${tags}\n  </head>`);
      },
    },
  };
}
