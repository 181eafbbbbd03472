import { describe, expect, it } from 'vitest';
import { answerStep, answersFrom, needsAnswer, nextStep, reachableStep, skipsStep, stepInHistory, steps, withStep } from './steps';

const form = (values: Record<string, string>) => new Map(Object.entries(values));
const detailStep = steps.indexOf('detail');
const cityStep = steps.indexOf('city');

describe('help finder steps', () => {
  it('reads only answers that are among the choices', () => {
    expect(answersFrom(form({ role: 'sex-worker', need: 'health', city: '', language: 'ro' }))).toEqual({ role: 'sex-worker', need: 'health', language: 'ro' });
    expect(answersFrom(form({ role: 'admin', need: 'everything' }))).toEqual({});
  });

  it('ignores a need her role is not asked, and a detail of another need', () => {
    expect(answersFrom(form({ role: 'client', need: 'money' }))).toEqual({ role: 'client' });
    expect(answersFrom(form({ role: 'sex-worker', need: 'money', detail: 'sti' }))).toEqual({ role: 'sex-worker', need: 'money' });
    expect(answersFrom(form({ role: 'sex-worker', need: 'money', detail: 'tax' }))).toEqual({ role: 'sex-worker', need: 'money', detail: 'tax' });
  });

  it('goes no further than the first question that needs an answer; detail, city and language may stay open', () => {
    expect(reachableStep(answerStep, {})).toBe(0);
    expect(reachableStep(answerStep, { role: 'client' })).toBe(1);
    expect(reachableStep(answerStep, { role: 'client', need: 'report' })).toBe(answerStep);
    expect(reachableStep(cityStep, { role: 'client', need: 'report' })).toBe(cityStep);
    expect(steps.map((_, step) => needsAnswer(step, { role: 'client' }))).toEqual([false, true, false, false, false]);
  });

  it('asks the narrower question only for a need that has one', () => {
    expect(nextStep(1, { role: 'sex-worker', need: 'rights' })).toBe(detailStep);
    expect(nextStep(1, { role: 'client', need: 'report' })).toBe(cityStep);
    expect(skipsStep(detailStep, { role: 'sex-worker', need: 'stopping' })).toBe(true);
    expect(reachableStep(detailStep, { role: 'sex-worker', need: 'stopping' })).toBe(cityStep);
    expect(nextStep(steps.length - 1, { role: 'client', need: 'report' })).toBe(answerStep);
  });

  it('keeps only a valid step number in history, next to what other scripts put there', () => {
    expect(withStep({ other: 1 }, 2)).toEqual({ other: 1, helpStep: 2 });
    expect(withStep(null, 0)).toEqual({ helpStep: 0 });
    expect([3, answerStep + 1, -1, 1.5, '2', undefined].map((helpStep) => stepInHistory({ helpStep }))).toEqual([3, undefined, undefined, undefined, undefined, undefined]);
    expect(stepInHistory(null)).toBeUndefined();
  });
});
