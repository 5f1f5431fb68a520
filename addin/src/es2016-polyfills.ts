// The few built-ins newer than ECMAScript 2016 that the core uses, for classic Outlook on
// Windows, whose event runtime supports ES2016 only. Each is added only where missing, and
// none changes how a present built-in behaves. Imported first by send-check.ts.

function add(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

add(Object, 'values', (o: Record<string, unknown>) => Object.keys(o).map((k) => o[k]));
add(Object, 'entries', (o: Record<string, unknown>) => Object.keys(o).map((k) => [k, o[k]]));
add(Object, 'fromEntries', (pairs: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of pairs) out[k] = v;
  return out;
});

add(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  return this.reduce<unknown[]>(
    (acc, v) => acc.concat(Array.isArray(v) && depth > 0 ? flat.call(v, depth - 1) : [v]),
    [],
  );
});
add(
  Array.prototype,
  'flatMap',
  function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
    return this.reduce<unknown[]>((acc, v, i, a) => acc.concat(fn.call(thisArg, v, i, a) as unknown[]), []);
  },
);
add(Array.prototype, 'at', function at(this: unknown[], index: number) {
  const i = Math.trunc(index) || 0;
  return this[i < 0 ? this.length + i : i];
});

add(String.prototype, 'trimStart', function trimStart(this: string) {
  return this.replace(/^\s+/, '');
});
add(String.prototype, 'trimEnd', function trimEnd(this: string) {
  return this.replace(/\s+$/, '');
});
add(String.prototype, 'at', function at(this: string, index: number) {
  const i = Math.trunc(index) || 0;
  return this.charAt(i < 0 ? this.length + i : i) || undefined;
});
add(String.prototype, 'replaceAll', function replaceAll(this: string, search: string | RegExp, replacement: string) {
  return search instanceof RegExp ? this.replace(search, replacement) : this.split(search).join(replacement);
});
add(String.prototype, 'matchAll', function matchAll(this: string, re: RegExp) {
  const rx = new RegExp(re.source, re.flags.indexOf('g') >= 0 ? re.flags : `${re.flags}g`);
  rx.lastIndex = re.lastIndex;
  const found: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = rx.exec(this)) !== null) {
    found.push(m);
    if (m[0] === '') rx.lastIndex += 1;
  }
  return found[Symbol.iterator]();
});
