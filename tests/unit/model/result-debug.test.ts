// The one result shape, errorText and the debug channel (off until a host sets a sink).
import { afterEach, describe, expect, it } from 'vitest';
import { debug, setDebugSink } from '../../../shared/core/model/debug';
import { errorText, fail, ok } from '../../../shared/core/model/result';

afterEach(() => setDebugSink(null));

describe('Result and errorText', () => {
  it('builds both outcomes', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('no')).toEqual({ ok: false, error: 'no' });
  });

  it('says what went wrong from anything a catch receives', () => {
    expect(errorText(new TypeError('bad type'))).toBe('bad type');
    expect(errorText('plain')).toBe('plain');
    expect(errorText(42)).toBe('42');
    expect(errorText(undefined)).toBe('undefined');
  });
});

describe('debug', () => {
  it('reports nothing until a sink is set, then the place and the error text', () => {
    const seen: [string, string][] = [];
    debug('nowhere', new Error('unseen'));
    setDebugSink((where, text) => seen.push([where, text]));
    debug('settings-store: managed storage', new Error('no policy'));
    setDebugSink(null);
    debug('after', new Error('unseen too'));
    expect(seen).toEqual([['settings-store: managed storage', 'no policy']]);
  });

  it('never throws, even when the sink does', () => {
    setDebugSink(() => {
      throw new Error('console gone');
    });
    expect(() => debug('x', new Error('y'))).not.toThrow();
  });
});
