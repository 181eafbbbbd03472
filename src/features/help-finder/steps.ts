import { needs, roles, type Answers, type Need, type Role } from './ranking.ts';

/**
 * The help finder's questions and where she is in them: pure, so the rules for moving between
 * steps are tested without a page. Her answers live only in the form; history holds nothing but
 * the step number.
 */

/** The questions, in order; the step after the last one is the answer. */
export const steps = ['role', 'need', 'city', 'language'] as const;
export const answerStep = steps.length;

/** What the form holds, read by field name (a `FormData`). */
interface FormValues {
  get(name: string): unknown;
}

/** Her answers so far; a value that is not one of the choices counts as no answer. */
export function answersFrom(values: FormValues): Partial<Answers> {
  const role = values.get('role');
  const need = values.get('need');
  const city = values.get('city');
  const language = values.get('language');
  return {
    ...(roles.includes(role as Role) ? { role: role as Role } : {}),
    ...(needs.includes(need as Need) ? { need: need as Need } : {}),
    ...(typeof city === 'string' && city ? { city } : {}),
    ...(typeof language === 'string' && language ? { language } : {}),
  };
}

/** The first step whose question still needs an answer (city and language may stay open). */
function firstUnanswered(given: Partial<Answers>): number {
  if (!given.role) return 0;
  if (!given.need) return 1;
  return answerStep;
}

/** The step shown when `requested` is asked for: never past a question that still needs an answer. */
export function reachableStep(requested: number, given: Partial<Answers>): number {
  return Math.min(requested, firstUnanswered(given));
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
