/**
 * The elements' own stylesheets (the css`` of *.styles.ts), minified for the server's output:
 * comments out, whitespace only where CSS needs it. Minified once per process, at render, so that
 * every way of running nk-news/ssr (dist/, or src/ through tsx or esbuild) writes the same bytes.
 *
 * It reads only nk-news's own CSS, never a feed's, and is conservative: it drops a space only
 * beside a character where no CSS reads it (`{};,>` and after `:` or `(`), never before `:` (a
 * descendant pseudo-class, `.a :hover`) nor around `+`/`-` (calc()). Strings are copied as they
 * are. One pass, linear in its input.
 */

/** A space before these, or after them, is never read. */
const TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);
const TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', ':', '(']);

export function minifyCss(css: string): string {
  // Pieces, not one growing string: dropping a semicolon is then a pop, not a copy.
  const out: string[] = [];
  let space = false;
  let i = 0;
  while (i < css.length) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      space = true;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f') {
      space = true;
      i++;
      continue;
    }
    const last = out[out.length - 1]?.slice(-1);
    if (space && last !== undefined && !TIGHT_AFTER.has(last) && !TIGHT_BEFORE.has(c)) out.push(' ');
    space = false;
    if (c === '"' || c === "'") {
      // A string runs to its closing quote; a backslash escapes the next character.
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      out.push(css.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    // The last declaration of a block needs no semicolon.
    if (c === '}' && last === ';') out.pop();
    out.push(c);
    i++;
  }
  return out.join('');
}
