import { describe, expect, it } from 'vitest';
import { duration, runSteps, steps, table, type Step } from './run-tests.ts';

const step = (name: string): Step => ({ name, command: 'true', args: [] });

/** A clock that moves on by the next of `seconds` each time it is read after a step. */
function clockOf(seconds: number[]): () => number {
  let now = 0;
  let reads = 0;
  return () => {
    reads += 1;
    if (reads % 2 === 0) now += (seconds[reads / 2 - 1] ?? 0) * 1000;
    return now;
  };
}

describe('npm test runner', () => {
  it('runs the layers in order: typecheck, lint, dead code (knip), unit, build, content check, static pass, web servers, Firefox and WebKit, Chromium', () => {
    expect(steps.map((entry) => [entry.command, ...entry.args].join(' '))).toEqual([
      'npm run typecheck',
      'npm run lint',
      'npm run knip',
      'npm run test:unit',
      'npm run build',
      'node scripts/check-content.ts',
      'npm run test:static',
      'npm run test:servers',
      'npm run test:engines',
      'npm run test:e2e',
    ]);
  });

  it('runs every step when all pass, timing each', () => {
    const ran: string[] = [];
    const outcome = runSteps([step('a'), step('b')], (entry) => (ran.push(entry.name), 0), clockOf([2, 3.5]));
    expect(ran).toEqual(['a', 'b']);
    expect(outcome).toEqual({ exitCode: 0, results: [{ name: 'a', seconds: 2, exitCode: 0 }, { name: 'b', seconds: 3.5, exitCode: 0 }] });
  });

  it('stops at the first failure and exits with its code; later steps are not run', () => {
    const ran: string[] = [];
    const outcome = runSteps([step('a'), step('b'), step('c')], (entry) => (ran.push(entry.name), entry.name === 'b' ? 3 : 0), clockOf([1, 1]));
    expect(ran).toEqual(['a', 'b']);
    expect(outcome.exitCode).toBe(3);
    expect(outcome.results[2]).toEqual({ name: 'c' });
  });

  it('prints a table of times, outcomes and the total', () => {
    expect(table([{ name: 'typecheck', seconds: 41.25, exitCode: 0 }, { name: 'e2e', seconds: 725, exitCode: 1 }, { name: 'later' }])).toBe(
      ['typecheck       41.3 s  passed', 'e2e        12 min 05 s  FAILED (exit code 1)', 'later                   not run', 'total      12 min 46 s'].join('\n'),
    );
  });

  it('writes short times in seconds and long ones in minutes', () => {
    expect(duration(0.04)).toBe('0.0 s');
    expect(duration(59.94)).toBe('59.9 s');
    expect(duration(60)).toBe('1 min 00 s');
    expect(duration(3599.6)).toBe('60 min 00 s');
  });
});
