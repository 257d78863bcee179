/**
 * How a refusal quotes the value it refuses: the value when short, else a short prefix and the
 * length, so a 5 MB attribute does not come back in an error message or a report.
 */
export const PREVIEW_LENGTH = 40;

export function preview(value: string): string {
  const chars = [...value];
  if (chars.length <= PREVIEW_LENGTH) return `"${value}"`;
  return `"${chars.slice(0, PREVIEW_LENGTH).join('')}…" (${chars.length.toLocaleString('en')} characters)`;
}
