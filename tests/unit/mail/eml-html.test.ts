import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../shared/core/mail/eml';

// The straightforward regex version: the reference for what the text must be.
const reference = (html: string) =>
  html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');

describe('htmlToText', () => {
  it('says what the regex version says, on any mix of tags', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '<script>',
      '</script>',
      '</SCRIPT >',
      '<style x>',
      '</style>',
      '<head>',
      '</head>',
      '<br>',
      '<br/>',
      '</p>',
      '<p>',
      'a',
      ' ',
      '<scripts>',
      '</scripty>',
      '<b',
      '&lt;',
      '&amp;',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
        (html) => htmlToText(html) === reference(html),
      ),
      { numRuns: 5000 },
    );
  });

  it('drops scripts and styles and keeps the text', () => {
    expect(htmlToText('<style>p{}</style><p>UN ID <b>refused</b></p><script>alert(1)</script>')).toBe(
      ' UN ID refused \n ',
    );
  });

  it('stays linear on crafted input that made the regex version quadratic', () => {
    // Unclosed openers made the regex version search to the end once per opener (quadratic).
    // Counted, not timed: the searches over this long input (a closing tag after an opener, a ">"
    // after a "<") must not grow with the number of openers.
    const input = '<script'.repeat(20_000) + '<'.repeat(20_000);
    const exec = RegExp.prototype.exec;
    const indexOf = String.prototype.indexOf;
    let closeSearches = 0;
    let gtSearches = 0;
    RegExp.prototype.exec = function (this: RegExp, subject: string) {
      if (subject === input && this.source.startsWith('<\\/')) closeSearches++;
      return exec.call(this, subject);
    };
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
      if (this.length === input.length && search === '>') gtSearches++;
      return indexOf.call(this, search, from);
    };
    let text: string;
    try {
      text = htmlToText(input);
    } finally {
      RegExp.prototype.exec = exec;
      String.prototype.indexOf = indexOf;
    }
    // Nothing closes, so nothing is a tag or a block: the text is kept as written.
    expect(text).toBe(input);
    expect(closeSearches).toBe(1);
    expect(gtSearches).toBe(1);
  });
});
