/**
 * Fills `{{name}}` placeholders in one pass; placeholders without a value are left as they are.
 * A module of its own because every page's first script needs it (through the UI strings) and
 * none of the other text helpers (src/lib/text.ts), which only search and the directory use.
 */
export function fillTemplate(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
