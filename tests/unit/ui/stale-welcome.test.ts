import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultPack } from '../../../shared/core/index';
import { isStale, shortSource, sourceLookup } from '../../../shared/ui/stale';
import { shouldWelcome, welcomeFields } from '../../../shared/ui/welcome-state';

describe('the age of a source', () => {
  it('is stale only more than two years after its date, by the clock given', () => {
    expect(isStale('2022-10-19', new Date('2024-10-19T00:00:00Z'))).toBe(false);
    expect(isStale('2022-10-19', new Date('2024-10-20T00:00:00Z'))).toBe(true);
    expect(isStale('2022-10-19', new Date('2026-12-03T00:00:00Z'))).toBe(true);
    expect(isStale(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('finds the source of an excerpt by its id, and names the manual shortly', () => {
    const pack = defaultPack();
    const lookup = sourceLookup(pack);
    const excerpt = pack.excerpts.find((e) => e.source.sourceId === 'em-sms')!;
    expect(lookup(excerpt.id)?.updated).toBe('2022-10-19');
    expect(shortSource(lookup(excerpt.id)!.title)).toBe('IOM Emergency Manual');
  });
});

describe('the first-run set-up', () => {
  it('asks for the RSO, duty station, Operations Centre number and language, skipping locked fields', () => {
    expect(welcomeFields([])).toEqual(['rsoName', 'rsoEmail', 'dutyStation', 'opsCentrePhone', 'language']);
    expect(welcomeFields(['rsoEmail', 'language'])).toEqual(['rsoName', 'dutyStation', 'opsCentrePhone']);
  });

  it('shows on a fresh install only, and not when policy sets everything it would ask', () => {
    expect(shouldWelcome(DEFAULT_SETTINGS, [])).toBe(true);
    expect(shouldWelcome({ ...DEFAULT_SETTINGS, rsoEmail: 'rso@example.org' }, [])).toBe(false);
    expect(shouldWelcome(DEFAULT_SETTINGS, ['rsoName', 'rsoEmail', 'dutyStation', 'opsCentrePhone'])).toBe(false);
  });
});
