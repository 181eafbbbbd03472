import { describe, expect, it } from 'vitest';
import { answerStep, answersFrom, needsAnswer, reachableStep, stepInHistory, withStep } from './steps';

const form = (values: Record<string, string>) => new Map(Object.entries(values));

describe('help finder steps', () => {
  it('reads only answers that are among the choices', () => {
    expect(answersFrom(form({ role: 'client', need: 'health', city: '', language: 'ro' }))).toEqual({ role: 'client', need: 'health', language: 'ro' });
    expect(answersFrom(form({ role: 'admin', need: 'everything' }))).toEqual({});
  });

  it('goes no further than the first question that needs an answer; city and language may stay open', () => {
    expect(reachableStep(answerStep, {})).toBe(0);
    expect(reachableStep(answerStep, { role: 'client' })).toBe(1);
    expect(reachableStep(answerStep, { role: 'client', need: 'money' })).toBe(answerStep);
    expect(reachableStep(2, { role: 'client', need: 'money' })).toBe(2);
    expect([0, 1, 2, 3].map((step) => needsAnswer(step, { role: 'client' }))).toEqual([false, true, false, false]);
  });

  it('keeps only a valid step number in history, next to what other scripts put there', () => {
    expect(withStep({ other: 1 }, 2)).toEqual({ other: 1, helpStep: 2 });
    expect(withStep(null, 0)).toEqual({ helpStep: 0 });
    expect([3, answerStep + 1, -1, 1.5, '2', undefined].map((helpStep) => stepInHistory({ helpStep }))).toEqual([3, undefined, undefined, undefined, undefined, undefined]);
    expect(stepInHistory(null)).toBeUndefined();
  });
});
