import { describe, expect, it } from 'vitest';
import { fill } from '../../../shared/core/i18n/fill';
import { message } from '../../../shared/core/i18n/messages';
import { importMessage } from '../../../shared/core/import/messages';

describe('fill', () => {
  it('replaces each {name} with its value, every time it occurs', () => {
    expect(fill('{a} and {b}, then {a}', { a: 'x', b: 2 })).toBe('x and 2, then x');
  });

  it('leaves a placeholder without a value as it is, so a missing parameter stays visible', () => {
    expect(fill('Write to {email} ({name}).', { email: 'rso@example.org' })).toBe('Write to rso@example.org ({name}).');
    expect(fill('{x}')).toBe('{x}');
  });

  it('does not read names from Object.prototype', () => {
    expect(fill('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('inserts values as text: never evaluates them, never fills a placeholder inside a value', () => {
    expect(fill('Hello {name}', { name: '${1+1} {other} <b>$&</b>', other: 'NO' })).toBe(
      'Hello ${1+1} {other} <b>$&</b>',
    );
    expect(fill('${name} {1+1} {a.b}', { name: 'n', a: 'A' })).toBe('$n {1+1} {a.b}');
  });

  it('is what the core and import dictionaries use', () => {
    expect(message('en', 'warn.callOpsCentre', { phone: '+00 1' })).toContain('+00 1');
    expect(message('en', 'warn.callOpsCentre')).toContain('{phone}');
    expect(importMessage('part', 'en', { n: 1, total: 3 })).toBe('part 1 of 3');
    expect(importMessage('part', 'en', { n: 1 })).toBe('part 1 of {total}');
  });
});
