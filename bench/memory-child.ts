// Run by bench/documents.ts in a fresh process with --expose-gc: the heap a popup holds for N
// imported clauses (the documents as read from storage, the join, the search with its stored
// word index). Prints one JSON object: total heap and the index's share, in MB.
import { indexDocument } from '../shared/core/assist/document-index';
import { createSearch } from '../shared/core/assist/search';
import { defaultPack } from '../shared/core/pack/check';
import { attachClauses, mergeDocumentPack } from '../shared/core/pack/merge';
import { bigExtension } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc: without a collection the figure counts garbage.');
const heap = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const clauses = Number(process.argv[2]);
const empty = heap();
const extension = bigExtension(clauses);
const index = indexDocument(extension);
const search = createSearch(mergeDocumentPack(defaultPack(), extension, attachClauses(extension)), {
  clauseIndexes: [index],
});
search.warm();
const indexBytes = index.codes.byteLength + index.offsets.byteLength + index.vocabulary.join('').length * 2;
process.stdout.write(JSON.stringify({ heapMb: (heap() - empty) / 1e6, indexMb: indexBytes / 1e6 }));
