import { details, needs, roleNeeds, roles, detailsOf, type Detail, type Need, type Role } from './routes.ts';
import type { Answers } from './ranking.ts';

/**
 * The help finder's questions and where she is in them: pure, so the rules for moving between
 * steps are tested without a page. Her answers live only in the form; history holds nothing but
 * the step number.
 */

/** The questions, in order; the step after the last one is the answer. */
export const steps = ['role', 'need', 'detail', 'city', 'language'] as const;
export const answerStep = steps.length;
const detailStep = steps.indexOf('detail');

/** What the form holds, read by field name (a `FormData`). */
interface FormValues {
  get(name: string): unknown;
}

/**
 * Her answers so far. A value that is not one of the choices counts as no answer, and so does a
 * need her role is not asked, or a detail of another need (left checked after she went back).
 */
export function answersFrom(values: FormValues): Partial<Answers> {
  const role = values.get('role');
  const need = values.get('need');
  const detail = values.get('detail');
  const city = values.get('city');
  const language = values.get('language');
  const knownRole = roles.includes(role as Role) ? (role as Role) : undefined;
  const knownNeed = knownRole && needs.includes(need as Need) && roleNeeds[knownRole].includes(need as Need) ? (need as Need) : undefined;
  const knownDetail = knownNeed && details.includes(detail as Detail) && detailsOf(knownNeed).includes(detail as Detail) ? (detail as Detail) : undefined;
  return {
    ...(knownRole ? { role: knownRole } : {}),
    ...(knownNeed ? { need: knownNeed } : {}),
    ...(knownDetail ? { detail: knownDetail } : {}),
    ...(typeof city === 'string' && city ? { city } : {}),
    ...(typeof language === 'string' && language ? { language } : {}),
  };
}

/** The first step whose question still needs an answer (detail, city and language may stay open). */
function firstUnanswered(given: Partial<Answers>): number {
  if (!given.role) return 0;
  if (!given.need) return 1;
  return answerStep;
}

/** True when the step has nothing to ask for her answers: the detail step of a need without details. */
export function skipsStep(step: number, given: Partial<Answers>): boolean {
  return step === detailStep && (!given.need || detailsOf(given.need).length === 0);
}

/** The step shown when `requested` is asked for: never past a question that still needs an answer, never one with nothing to ask. */
export function reachableStep(requested: number, given: Partial<Answers>): number {
  const step = Math.min(requested, firstUnanswered(given));
  return skipsStep(step, given) ? step + 1 : step;
}

/** The step after `step` for her answers, past any step with nothing to ask. */
export function nextStep(step: number, given: Partial<Answers>): number {
  let next = step + 1;
  while (next < answerStep && skipsStep(next, given)) next += 1;
  return next;
}

/** True when Next has to wait: the step asks a question that must be answered, and it is not. */
export function needsAnswer(step: number, given: Partial<Answers>): boolean {
  const name = steps[step];
  return (name === 'role' || name === 'need') && !given[name];
}

/** The step number a history entry holds, if it holds a valid one. */
export function stepInHistory(state: unknown): number | undefined {
  const step = (state as { helpStep?: unknown } | null)?.helpStep;
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= answerStep ? step : undefined;
}

/** A history state that holds `step`, keeping whatever else other scripts put there. */
export function withStep(state: unknown, step: number): Record<string, unknown> {
  return { ...(state && typeof state === 'object' ? state : {}), helpStep: step };
}
