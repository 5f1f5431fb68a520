// Which words of this email weighed most for its route, quoted as written: each feature's
// push towards the route is shared among the words it came from, neighbouring words that both
// pushed are quoted together ("holding him", "armed men"), the strongest few are kept.
import { FILLER, type Token } from '../text/tokenize';
import type { Router, Routing } from './router';

const MAX_QUOTES = 3;
const MAX_SPAN = 4;

export function topWords(router: Router, routing: Routing, text: string, index: number): string[] {
  const weight = router.weighWords(routing, index);
  const max = Math.max(0, ...weight);
  if (max <= 0) return phraseWords(routing, text, index);
  const floor = max * 0.25;
  const spans: { from: number; to: number; sum: number }[] = [];
  let open: { from: number; to: number; sum: number } | null = null;
  routing.tokens.forEach((t: Token, i) => {
    const w = weight[i] ?? 0;
    const prev = routing.tokens[i - 1];
    const joins = open !== null && open.to === i - 1 && prev?.sentence === t.sentence && i - open.from < MAX_SPAN;
    if (w >= floor) {
      if (joins && open) {
        open.to = i;
        open.sum += w;
      } else {
        open = { from: i, to: i, sum: w };
        spans.push(open);
      }
    } else open = null;
  });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of spans.sort((a, b) => b.sum - a.sum || a.from - b.from)) {
    const words = routing.tokens.slice(s.from, s.to + 1);
    if (words.every((t) => FILLER.has(t.word))) continue;
    const quote = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const key = quote.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(quote);
    if (out.length === MAX_QUOTES) break;
  }
  return out;
}

/** Without a model, the pack phrases found for the route are the evidence. */
function phraseWords(routing: Routing, text: string, index: number): string[] {
  const out: string[] = [];
  for (const c of routing.counted[index] ?? []) {
    const quote = text.slice(c.hit.start, c.hit.end);
    if (!out.includes(quote)) out.push(quote);
    if (out.length === MAX_QUOTES) break;
  }
  return out;
}
