#!/usr/bin/env node
/**
 * `npm test`: every layer of tests, cheapest first, stopping at the first that fails (with its
 * exit code), then a table of how long each layer took, so a slow layer shows.
 * Usage: node scripts/run-tests.ts
 */
import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Step {
  name: string;
  command: string;
  args: string[];
}

/** The layers, in order: the browser tests come last, as they need the build and take longest. */
export const steps: Step[] = [
  { name: 'typecheck', command: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', 'lint'] },
  { name: 'knip', command: 'npm', args: ['run', 'knip'] },
  { name: 'unit', command: 'npm', args: ['run', 'test:unit'] },
  { name: 'build', command: 'npm', args: ['run', 'build'] },
  { name: 'check-content', command: 'node', args: ['scripts/check-content.ts'] },
  { name: 'static', command: 'npm', args: ['run', 'test:static'] },
  { name: 'servers', command: 'npm', args: ['run', 'test:servers'] },
  { name: 'engines', command: 'npm', args: ['run', 'test:engines'] },
  { name: 'e2e', command: 'npm', args: ['run', 'test:e2e'] },
];

export interface StepResult {
  name: string;
  /** Undefined for a step not run because an earlier one failed. */
  seconds?: number;
  exitCode?: number;
}

/** Runs `steps` in order until one exits non-zero; `run` gives a step's exit code. */
export function runSteps(list: Step[], run: (step: Step) => number, clock: () => number = () => performance.now()): { results: StepResult[]; exitCode: number } {
  const results: StepResult[] = list.map((step) => ({ name: step.name }));
  for (const [index, step] of list.entries()) {
    const started = clock();
    const exitCode = run(step);
    results[index] = { name: step.name, seconds: (clock() - started) / 1000, exitCode };
    if (exitCode !== 0) return { results, exitCode };
  }
  return { results, exitCode: 0 };
}

/** "8.4 s" below a minute, "12 min 05 s" above. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** The table printed at the end: each step's time and outcome, and the total. */
export function table(results: StepResult[]): string {
  const total = results.reduce((sum, result) => sum + (result.seconds ?? 0), 0);
  const rows = [
    ...results.map((result) => [
      result.name,
      result.seconds === undefined ? '' : duration(result.seconds),
      result.exitCode === undefined ? 'not run' : result.exitCode === 0 ? 'passed' : `FAILED (exit code ${result.exitCode})`,
    ]),
    ['total', duration(total), ''],
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(([name, time, outcome]) => `${name!.padEnd(widths[0]!)}  ${time!.padStart(widths[1]!)}  ${outcome}`.trimEnd()).join('\n');
}

/** Runs a step with its output shown as it comes; killed by a signal, it exits as a shell says (128 + the signal). */
function runInTerminal(step: Step): number {
  console.log(`\n▶ ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const child = spawnSync(step.command, step.args, { stdio: 'inherit' });
  if (child.error) {
    console.error(child.error.message);
    return 1;
  }
  return child.status ?? 128 + (child.signal ? constants.signals[child.signal] : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { results, exitCode } = runSteps(steps, runInTerminal);
  console.log(`\nnpm test: time per layer\n${table(results)}`);
  process.exit(exitCode);
}
