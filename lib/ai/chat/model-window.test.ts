import { describe, expect, it } from 'vitest';
import { MAX_MODEL_MESSAGES, modelWindow } from './model-window';

const conversation = (length: number) => Array.from({ length }, (_, index) => ({ id: `m${index}`, role: index % 2 === 0 ? 'user' : 'assistant' }));

describe('modelWindow', () => {
  it('passes a short conversation through whole', () => {
    const messages = conversation(MAX_MODEL_MESSAGES);
    expect(modelWindow(messages)).toBe(messages);
  });

  it('keeps the last 40 messages, starting at a question', () => {
    const window = modelWindow(conversation(101));
    // The last 40 of m0..m100 start at m61, an answer: the window starts at the next question.
    expect(window).toHaveLength(39);
    expect(window[0]).toEqual({ id: 'm62', role: 'user' });
    expect(window.at(-1)).toEqual({ id: 'm100', role: 'user' });
    expect(modelWindow(conversation(100))).toHaveLength(40);
  });

  it('keeps the window as it is when it holds no question at all', () => {
    const answers = Array.from({ length: 45 }, (_, index) => ({ id: `a${index}`, role: 'assistant' }));
    expect(modelWindow(answers)).toEqual(answers.slice(-40));
  });
});
