// A peer column for search: the same queries over the same 10,000 generated clauses, answered by
// plain fuse.js (one index over every clause, as a project without its own word index would do)
// and by minisearch (a development dependency, used by this benchmark only).
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Pack } from '../shared/core/index';
import { QUERIES } from './corpus';
import { round, sample, summarise, type Figure } from './measure';

export function benchPeers(big: Pack, ours: (q: string) => unknown, log: (line: string) => void): Figure[] {
  const docs = big.excerpts.map((e, i) => ({
    i,
    id: e.id,
    title: typeof e.title === 'string' ? e.title : e.title.en,
    text: typeof e.text === 'string' ? e.text : e.text.en,
  }));
  log(`peers: fuse.js and minisearch over ${docs.length} excerpts…`);
  const fuse = new Fuse(docs, { keys: ['title', 'text'], ignoreLocation: true, threshold: 0.35 });
  const mini = new MiniSearch({ fields: ['title', 'text'], storeFields: ['id'], idField: 'i' });
  mini.addAll(docs);
  const timeAll = (fn: (q: string) => unknown, runs: number, warmup: number) =>
    summarise(QUERIES.flatMap((q) => sample(() => fn(q), runs, warmup)));
  const our = timeAll(ours, 10, 1);
  // Plain fuse.js scores every excerpt: hundreds of ms a query, so one run each is enough.
  const f = timeAll((q) => fuse.search(q, { limit: 30 }), 1, 0);
  const m = timeAll((q) => mini.search(q, { fuzzy: 0.2, prefix: true }).slice(0, 30), 10, 1);
  const detail = (t: { median: number; p95: number; runs: number }) =>
    `median ${round(t.median)} ms, p95 ${round(t.p95)} ms; ${round(t.median / our.median, 2)}× oss-assist`;
  return [
    {
      id: 'peer.ours',
      label: `search peers, ${docs.length} excerpts: oss-assist`,
      value: round(our.median),
      unit: 'ms',
      detail: `p95 ${round(our.p95)} ms`,
    },
    {
      id: 'peer.fuse',
      label: '  plain fuse.js over every excerpt',
      value: round(f.median),
      unit: 'ms',
      detail: detail(f),
    },
    {
      id: 'peer.minisearch',
      label: '  minisearch (fuzzy 0.2, prefix)',
      value: round(m.median),
      unit: 'ms',
      detail: detail(m),
    },
  ];
}
