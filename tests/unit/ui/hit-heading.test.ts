// A search hit's heading shows a clause's number when the heading itself does not: a person who
// searched "article 12.3" sees 12.3 first, not only "Article 12".
import { describe, expect, it } from 'vitest';
import { hitHeading } from '../../../shared/ui/SearchResults';

describe('the heading of a search hit', () => {
  it('puts the clause number first when the heading does not carry it', () => {
    expect(hitHeading({ title: 'Article 12 — Minutes of meetings', number: '12.3' })).toBe(
      '12.3 — Article 12 — Minutes of meetings',
    );
  });

  it('leaves a heading that already says the number, and any entry without one', () => {
    expect(hitHeading({ title: 'Article 4 — Services › 4.2', number: '4.2' })).toBe('Article 4 — Services › 4.2');
    expect(hitHeading({ title: 'Article 12 — Minutes', number: '12' })).toBe('Article 12 — Minutes');
    expect(hitHeading({ title: 'Hostage Incident Management' })).toBe('Hostage Incident Management');
  });
});
