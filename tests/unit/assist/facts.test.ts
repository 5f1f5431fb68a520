import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../shared/core/assist/facts';

describe('facts read from the text', () => {
  it.each([
    [
      'UNDSS refused to give security clearance for our mission to Kandahar tomorrow.',
      { place: 'Kandahar', date: 'tomorrow' },
    ],
    ['La misión a Tumaco es mañana.', { place: 'Tumaco', date: 'mañana' }],
    ['Nos collègues partent demain en mission vers Kalemie.', { place: 'Kalemie', date: 'demain' }],
    ['Esta mañana secuestraron al conductor.', { date: 'Esta mañana' }],
    ['On 12 March the Designated Official in Malakal refused.', { place: 'Malakal', date: '12 March' }],
  ])('%s', (text, expected) => {
    expect(extractFacts(text, ['place', 'date'])).toEqual(expected);
  });

  it('does not take a person or a verb for a place', () => {
    expect(extractFacts('We refused to talk to Dana about IOM in English.', ['place'])).toEqual({});
  });
});
