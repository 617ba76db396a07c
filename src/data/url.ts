/**
 * The absolute URL when `value` is an http: or https: link, else undefined: nothing else renders
 * or is fetched. A relative `value` resolves against `base`; an empty `base` counts as none.
 */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
