import type { z } from 'zod';

/**
 * Checks a deploying organisation's config against `schema`. Throws an Error with one line per
 * problem, `<source> → <field path>: <message>`, naming unknown fields too, so a wrong value fails
 * the build with its source and field named. `source` is the file, or, when fields come from
 * different places (a file, environment variables), the place each field's value came from.
 */
export function parseConfig<Schema extends z.ZodType>(
  schema: Schema,
  json: unknown,
  source: string | ((path: string[]) => string),
  what: string,
): z.infer<Schema> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const sourceOf = typeof source === 'string' ? () => source : source;
  const lines = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${sourceOf([...path, key])} → ${[...path, key].join('.')}: Unknown field`);
    }
    return [`${sourceOf(path)} → ${path.length > 0 ? path.join('.') : '(whole file)'}: ${issue.message}`];
  });
  throw new Error(`Invalid ${what}:\n${lines.join('\n')}`);
}

/**
 * A config section from the parsed JSON of `file`: `null` when the file says `null` (feature
 * off), else the value checked by `parseConfig`.
 */
export function parseNullableConfig<Schema extends z.ZodType>(schema: Schema, json: unknown, file: string, what: string): z.infer<Schema> | null {
  if (json === null) return null;
  return parseConfig(schema, json, file, what);
}
