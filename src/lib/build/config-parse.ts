import type { z } from 'zod';

/**
 * A deploying organisation's config from the parsed JSON of `file`: `null` when the file says
 * `null` (feature off), else the checked value. Throws an Error with one line per problem,
 * `<file> → <field path>: <message>`, naming unknown fields too, so a wrong file fails the build
 * with the file and field named.
 */
export function parseNullableConfig<Schema extends z.ZodType>(schema: Schema, json: unknown, file: string, what: string): z.infer<Schema> | null {
  if (json === null) return null;
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file} → ${[...path, key].join('.')}: Unknown field`);
    }
    return [`${file} → ${path.length > 0 ? path.join('.') : '(whole file)'}: ${issue.message}`];
  });
  throw new Error(`Invalid ${what}:\n${lines.join('\n')}`);
}
