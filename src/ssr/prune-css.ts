/**
 * The rules of an element's minified stylesheet that can match what the server drew. A page
 * without JavaScript never changes the shadow DOM, so a rule for a part, class or element the
 * markup does not hold (the search box, the filter chips, skeletons, the error panel, pictures
 * when no story has one) is dead there; with JavaScript, `nk-news/hydrate.js` adopts the element's
 * whole stylesheet as it hydrates (hydrate-hooks.ts), before anything can change.
 *
 * The element's own attributes are its API, which needs its JavaScript: a rule for another `theme`
 * or `layout` than the server drew is dead too without it. Rules on other host attributes are kept:
 * a page's own script may set `hidden` without nk-news.
 *
 * Conservative by construction: a selector is dropped only when, outside any parentheses, it
 * names a part (`[part~='x']`), a class or an element type the markup has none of, or is
 * `:host([a='v'])` for an own attribute `a` the host does not have with that value. Anything else,
 * at-rules other than @media included, is kept. One pass over the stylesheet, one over the markup.
 */

/** What the markup holds: part names, classes and element types; the host's own attributes. */
export interface Drawn {
  parts: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  /** The element's own attributes (those it observes), as the host has them (absent: not set). */
  own: ReadonlyMap<string, string | undefined>;
}

/**
 * The parts, classes and tags of a rendered element's shadow markup (nk-news's own: attribute
 * values are quoted and escaped), and the own attributes of its opening tag `open`.
 */
export function drawnIn(markup: string, open: string, observed: readonly string[]): Drawn {
  const words = (pattern: RegExp) => new Set([...markup.matchAll(pattern)].flatMap((match) => match[1]!.split(/\s+/).filter(Boolean)));
  const given = new Map([...open.matchAll(/\s([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)].map((match) => [match[1]!, match[2] ?? '']));
  return {
    parts: words(/\spart="([^"]*)"/g), classes: words(/\sclass="([^"]*)"/g), tags: words(/<([a-z][a-z0-9-]*)/g),
    own: new Map(observed.map((name) => [name, given.get(name)])),
  };
}

/** False when `:host(…)`'s argument is an own attribute the host does not have with that value. */
function hostMayMatch(argument: string, drawn: Drawn): boolean {
  const attribute = /^\[([a-z-]+)(?:=['"]?([^'"\]]*)['"]?)?\]$/.exec(argument);
  if (!attribute || !drawn.own.has(attribute[1]!)) return true;
  const value = drawn.own.get(attribute[1]!);
  return attribute[2] === undefined ? value !== undefined : value === attribute[2];
}

/** Whether a selector (one of a list) may match: false only when it surely cannot. */
function mayMatch(selector: string, drawn: Drawn): boolean {
  let depth = 0;
  let compoundStart = true;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '(' && depth === 0 && selector.endsWith(':host', i)) {
      const close = selector.indexOf(')', i);
      if (!hostMayMatch(selector.slice(i + 1, close < 0 ? selector.length : close), drawn)) return false;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth > 0 || c === ')') {
      compoundStart = false;
      continue;
    }
    if (c === '[') {
      const end = selector.indexOf(']', i);
      const part = /^\[part[~|]?=['"]?([\w-]+)['"]?\]$/.exec(selector.slice(i, end + 1));
      if (part && !drawn.parts.has(part[1]!)) return false;
      i = end < 0 ? selector.length : end;
      compoundStart = false;
    } else if (c === '.') {
      const name = /^[\w-]+/.exec(selector.slice(i + 1))?.[0] ?? '';
      if (name && !drawn.classes.has(name)) return false;
      i += name.length;
      compoundStart = false;
    } else if (compoundStart && /[a-z]/.test(c)) {
      const name = /^[a-z][a-z0-9-]*/.exec(selector.slice(i))![0];
      if (!drawn.tags.has(name)) return false;
      i += name.length - 1;
      compoundStart = false;
    } else {
      compoundStart = c === ' ' || c === '>' || c === '+' || c === '~';
    }
  }
  return true;
}

/** A selector list split at its top-level commas. */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** The end of the block that opens at `open` (the index of its `{`): the index of its `}`. Strings are skipped. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const close = css.indexOf(c, i + 1);
      i = close < 0 ? css.length : close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** `css` (minified: minify-css.ts) without the rules that cannot match what was drawn. */
export function pruneCss(css: string, drawn: Drawn): string {
  const out: string[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) {
      out.push(css.slice(i));
      break;
    }
    const prelude = css.slice(i, open);
    const end = blockEnd(css, open);
    const body = css.slice(open + 1, end);
    if (prelude.startsWith('@media')) {
      const inner = pruneCss(body, drawn);
      if (inner) out.push(`${prelude}{${inner}}`);
    } else if (prelude.startsWith('@')) {
      out.push(css.slice(i, end + 1));
    } else {
      const kept = selectors(prelude).filter((selector) => mayMatch(selector, drawn));
      if (kept.length) out.push(`${kept.join(',')}{${body}}`);
    }
    i = end + 1;
  }
  return out.join('');
}
