// Bounded work (issue 13, item 5): the send check's fail-open time-out cannot interrupt a
// synchronous check, so the check itself must finish on any input. No timing assertion here
// (npm run bench shows the time): these assert a clear outcome on the inputs that used to hang.
import { describe, expect, it } from 'vitest';
import { defaultPack, DEFAULT_SETTINGS } from '../../../shared/core/index';
import { createAssistant } from '../../../shared/core/assist/assistant';
import { DEFAULT_MODEL } from '../../../shared/core/assist/default-model';
import { contentTokens, MAX_TOKENS } from '../../../shared/core/assist/features';
import { tokenize } from '../../../shared/core/text/tokenize';
import { longRandomWords } from '../../fixtures/hostile';

const assistant = createAssistant(defaultPack(), DEFAULT_MODEL);

describe('bounded routing work', () => {
  const body = longRandomWords();

  it('reads at most MAX_TOKENS words of a long body', () => {
    // Break: drop the MAX_TOKENS check in contentTokens and this counts every word.
    expect(contentTokens(body).length).toBeLessThanOrEqual(MAX_TOKENS);
    expect(contentTokens('word '.repeat(50_000)).length).toBe(MAX_TOKENS);
  });

  it('stops tokenizing once it has the words it will read', () => {
    // Break: ignore tokenize's limit and the 50,000 words are all cut out, then dropped.
    expect(tokenize('word '.repeat(50_000), 700)).toHaveLength(700);
    expect(tokenize('one two three', 700).map((t) => t.word)).toEqual(['one', 'two', 'three']);
    // Addressee words are skipped, so a few more are read than kept: the count still comes out.
    const addressed = `${'Dear RSO, cc OSS. '.repeat(100)}${'word '.repeat(5_000)}`;
    expect(contentTokens(addressed)).toHaveLength(MAX_TOKENS);
  });

  it('answers checkDraft and suggest on a 197 KB body of long random words', () => {
    const check = assistant.checkDraft({ to: ['someone@example.org'], cc: [], subject: 'x', body }, DEFAULT_SETTINGS);
    expect(check.scenarioId).toBe('none');
    const s = assistant.suggest(body, DEFAULT_SETTINGS);
    expect(s.urgent).toBe(false);
  });
});
