// Shared by test/data/linear-time.test.ts and test/text/linear-time.test.ts: times a text function
// on adversarial shapes of growing size and fails when the time grows faster than the size.
import {expect} from '@open-wc/testing';

/**
 * The sizes, in characters. 10⁴, 10⁵ and 10⁶ are what the feed caps allow and more; 10³ is a
 * first rung, so that a quadratic pass fails at 10⁴ (seconds) instead of hanging at 10⁵ (minutes).
 */
const SIZES = [1e3, 1e4, 1e5, 1e6];

/**
 * Time at 10× the size may be at most 30× the time before. Linear work grows 10×; on a loaded
 * 2-core machine caches, the collector and the other browser stretch the larger runs, by up to 2×
 * in our runs, so 30× leaves room for 3×. Quadratic work grows 100×, more than three times over the
 * bound, and exponential work does not finish the first rung.
 */
const RATIO = 30;
/**
 * Milliseconds added to the bound at `n` characters: 5, plus 500 ns a character. A browser's
 * larger strings cost it collector pauses and memory no smaller size does: Firefox, with Chromium
 * timing beside it on two cores, took 847 ms for two plain `replace` calls over 10⁶ characters it
 * replaced in 10 ms at 10⁵, in our runs. A step that small says nothing about growth. A quadratic
 * pass still fails: on these shapes it costs microseconds a character from the 10⁴ rung on.
 */
const slack = (n: number) => 5 + n * 5e-4;
/**
 * A 10⁶-character input finishes well under a second on a quiet machine (SECURITY.md, "Linear time" has
 * the figures); with both browsers timing at once on a loaded 2-core machine Firefox took up to
 * 1.6 s, so the test's bound is 2 s: a hang or a quadratic pass exceeds it by far.
 */
const BUDGET = 2000;
/** Each measurement repeats the call until this many milliseconds have passed, for a coarse clock. */
const WINDOW = 10;

/** `unit` repeated to exactly `n` code units. */
export function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

export type Shape = readonly [name: string, make: (n: number) => string];

/** The adversarial shapes of the security review, and their kind. */
export const SHAPES = {
  bangs: ['北 + !…', (n) => `北${fill('!', n - 1)}`],
  newlines: ['北 + \\n…', (n) => `北${fill('\n', n - 1)}`],
  crlf: ['北\\r\\n…', (n) => fill('北\r\n', n)],
  comments: ['<!--a-->… + !', (n) => `${fill('<!--a-->', n - 1)}!`],
  parens: ['(((北)))', (n) => `${'('.repeat(n / 2 - 1)}北${')'.repeat(n / 2)}`],
  openParens: ['(((…', (n) => fill('(', n)],
  spaces: ['spaces + x', (n) => `${fill(' ', n - 1)}x`],
  ideographicSpaces: ['U+3000…', (n) => fill('\u3000', n)],
  surrogates: ['𠀀 + lone surrogates', (n) => fill('𠀀\uD800\uDC00x', n)],
  cjkPunctuation: ['北!北!…', (n) => fill('北!', n)],
  cjkBlanks: ['北 , 北 (…', (n) => fill('北 , 北 ( ', n)],
  quotes: ['‘北‘北…', (n) => fill('‘北', n)],
  description: ['⿰⿰⿰…', (n) => fill('⿰', n)],
  entities: ['&amp;&#…', (n) => fill('&amp;&#x5317;&', n)],
  tags: ['<b><b>…', (n) => fill('<b>', n)],
  names: ['北韓川普…', (n) => fill('北韓川普金正恩', n)],
  digits: ['1,000 年代…', (n) => fill('1,000 1990年代 今(4)日', n)],
} satisfies Record<string, Shape>;

/** Resolves after `ms` of real time: lets the collector finish with the inputs just built. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The last input's prepared form (an encoded body, a feed around the text), made outside the
 * timing: `run(prepared(make))` times only what is under test.
 */
export function prepared<T>(make: (text: string) => T): (text: string) => T {
  let last: {text: string; value: T} | undefined;
  return (text) => {
    if (last?.text !== text) last = {text, value: make(text)};
    return last.value;
  };
}

/** The fastest of `tries` measurements of one call, in milliseconds, after an untimed call. */
async function fastest(run: (text: string) => unknown, text: string, tries: number): Promise<number> {
  await run(text);
  await pause(text.length >= 1e5 ? 20 : 0);
  let best = Infinity;
  for (let t = 0; t < tries; t++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      await run(text);
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < WINDOW && calls < 1000);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Fails when `run` takes more than RATIO times as long at ten times the size, or more than BUDGET
 * at 10⁶. Times are the fastest of a few measurements, and a step that looks too slow is measured
 * again before it fails: a loaded machine can stall any one run, never every one.
 */
export async function expectLinear(name: string, run: (text: string) => unknown, [shape, make]: Shape): Promise<void> {
  const times: number[] = [];
  for (const n of SIZES) {
    const text = make(n);
    let time = await fastest(run, text, 3);
    const before = times.at(-1);
    const bound = before === undefined ? Infinity : RATIO * before + slack(n);
    if (time > bound) {
      await pause(200);
      time = Math.min(time, await fastest(run, text, 3));
    }
    times.push(time);
    const figures = times.map((t, i) => `${SIZES[i]}: ${t.toFixed(2)} ms`).join(', ');
    if (before !== undefined) expect(time, `${name} on ${shape} grows faster than its input (${figures})`).to.be.at.most(bound);
    if (n >= 1e6) expect(time, `${name} on ${shape} at 10⁶ characters (${figures})`).to.be.below(BUDGET);
  }
}
