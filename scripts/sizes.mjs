// The last step of `npm run build`: prints the gzip size of what people download beside its
// budget, and fails the build when one is over (or missing). Measuring lives in budgets.mjs,
// shared with tests/e2e/budgets.test.ts.
import { kb, measureBudgets } from './budgets.mjs';

const rows = await measureBudgets();
const width = Math.max(...rows.map((r) => r.label.length));
console.log('\nSizes (gzip -9; 1 KB = 1,000 bytes)');
for (const r of rows) {
  const verdict = r.ok ? 'ok' : r.missing.length ? 'MISSING' : r.files.length === 0 ? 'NO FILES' : 'OVER BUDGET';
  console.log(
    `  ${r.label.padEnd(width)}  ${kb(r.bytes).padStart(9)}  of ${kb(r.max).padStart(8)}  ${verdict}  (${r.files.length} file${r.files.length === 1 ? '' : 's'}${r.lazy.length ? `, ${r.lazy.length} loaded on demand` : ''}${r.preloaded.length ? `, ${r.preloaded.length} preloaded` : ''})`,
  );
  for (const m of r.missing) console.log(`      missing: ${m}`);
}
const failed = rows.filter((r) => !r.ok);
if (failed.length) {
  console.error(`\nSize budget check failed: ${failed.map((r) => r.label).join(', ')}.`);
  process.exit(1);
}
