// The benchmark's output: a table for people, or one JSON object for scripts (--json).
import type { Figure } from './measure';

export interface Machine {
  node: string;
  cpu: string;
  cores: number;
  platform: string;
}

const verdict = (f: Figure): string => (f.max === undefined ? '' : f.value <= f.max ? 'PASS' : 'FAIL');
const target = (f: Figure): string => (f.max === undefined ? '' : `≤ ${f.max} ${f.unit}`);

export function printTable(figures: Figure[], machine: Machine): void {
  const rows = figures.map((f) => [f.label, `${f.value} ${f.unit}`, target(f), verdict(f), f.detail ?? '']);
  const header = ['Figure', 'Value', 'Target', 'Result', 'Detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `oss-assist benchmark — Node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, ${machine.platform}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
  ];
  const failed = figures.filter((f) => verdict(f) === 'FAIL');
  out.push(
    failed.length ? `${failed.length} target(s) missed: ${failed.map((f) => f.id).join(', ')}` : 'All targets met.',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

export function printJson(figures: Figure[], machine: Machine): void {
  const byId: Record<string, Omit<Figure, 'id'> & { pass?: boolean }> = {};
  for (const { id, label, ...rest } of figures) {
    const figure = { label: label.trim(), ...rest };
    byId[id] = rest.max === undefined ? figure : { ...figure, pass: rest.value <= rest.max };
  }
  const pass = figures.every((f) => f.max === undefined || f.value <= f.max);
  process.stdout.write(
    `${JSON.stringify({ date: new Date().toISOString(), machine, pass, figures: byId }, null, 2)}\n`,
  );
}
