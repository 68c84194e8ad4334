import { describe, expect, it } from 'vitest';
import { clipAtWord, codePointLength, firstNameOf, squash } from './plain-text';

describe('plain text helpers', () => {
  it('squashes whitespace and takes a first name', () => {
    expect(squash('  Jane \n\t Doe  ')).toBe('Jane Doe');
    expect(squash(null)).toBe('');
    expect(firstNameOf('  Jane   Doe ')).toBe('Jane');
    expect(firstNameOf('')).toBe('');
  });

  it('counts code points, so an emoji counts once', () => {
    expect(codePointLength('Hi 👋')).toBe(4);
  });

  it('cuts at a word boundary with an ellipsis, only when the text is too long', () => {
    expect(clipAtWord('one two three four', 12)).toBe('one two…');
    expect(clipAtWord('short', 12)).toBe('short');
    expect(clipAtWord('  padded  ', 6)).toBe('padded');
    // One long word: cut inside it rather than return almost nothing.
    expect(clipAtWord('supercalifragilistic', 8)).toBe('superca…');
    // No dangling punctuation before the ellipsis.
    expect(clipAtWord('Books, margins, and more words here', 17)).toBe('Books, margins…');
  });

  it('fits whatever the measure, its ellipsis included', () => {
    const doubled = (text: string) => codePointLength(text) * 2;
    const clipped = clipAtWord('alpha beta gamma delta', 24, doubled);
    expect(doubled(clipped)).toBeLessThanOrEqual(24);
    expect(clipped).toBe('alpha beta…');
  });
});
