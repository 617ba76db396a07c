import {expect} from '@open-wc/testing';
/**
 * A news page nk-news is embedded in, built as a site would build it: a CSS reset, a 10px root,
 * red links, the site's light tokens on :root, a 300 px sidebar, and the reservation docs/embedding.md
 * tells a page to link: the built dist/reserve.css itself (`npm run build` writes it from
 * src/view/geometry.ts), so the tests check the file a site gets, not a copy.
 */
const reserveResponse = await fetch('/dist/reserve.css');
if (!reserveResponse.ok) throw new Error('dist/reserve.css is missing: run `npm run build` first');
/** dist/reserve.css, as a page gets it from `<link rel="stylesheet" href=".../reserve.css">`. */
export const reservation = await reserveResponse.text();

export const siteStyles = `
*, *::before, *::after { box-sizing: border-box; margin: 0; padding: 0; }
ul, ol { list-style: none; }
html { font-size: 62.5%; }
body { font: 1.6rem/1.5 serif; color: #222; background: #fff; }
a { color: #d00; }
:root {
  --nk-color-text: #222; --nk-color-muted: #666; --nk-color-accent: #c00; --nk-color-surface: #fff;
  --nk-color-border: #ddd; --nk-color-background: #fafafa; --nk-card-background: #fff;
  --nk-headline-color: #111; --nk-chip-background: #f2f2f2; --nk-skeleton-color: #eee;
}
.host-page { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 20px; padding: 20px; }
@media (max-width: 700px) { .host-page { grid-template-columns: minmax(0, 1fr); } }
.host-page p { font-size: 1.8rem; margin: 1rem 0; }
`;

/** Puts the site's page (styles and markup) into the document; returns a function that removes it. */
export function buildHostPage(markup: string, css = siteStyles + reservation): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  const page = document.createElement('div');
  page.className = 'host-page';
  page.innerHTML = markup;
  document.head.append(style);
  document.body.append(page);
  return () => {
    style.remove();
    page.remove();
  };
}

/** sRGB channels (0–1) and alpha of a computed colour: rgb()/rgba() or color(srgb …). */
export function parseColour(value: string): [number, number, number, number] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`Cannot read the colour ${value}`);
}

function over(top: number[], bottom: number[]): [number, number, number, number] {
  const a = top[3]!;
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as [number, number, number, number];
}

/** The colour behind an element: its own and its ancestors' backgrounds, across shadow roots, composited. */
export function backgroundOf(element: Element): [number, number, number, number] {
  const layers: number[][] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reverse().reduce<[number, number, number, number]>((below, layer) => over(layer, below), [1, 1, 1, 1]);
}

function luminance([r, g, b]: number[]) {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG contrast ratio of an element's text against what lies behind it. */
export function contrastOf(element: Element): number {
  const background = backgroundOf(element);
  const text = over(parseColour(getComputedStyle(element).color), background);
  const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Two animation frames: whatever a change caused has been laid out and painted. */
export function frames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Runs `load` (the elements arrive and show their articles) and asserts what a reader would see:
 * the text below each element (`sentinels`, element ids) moves by less than 1 px, and where the
 * browser has the Layout Instability API, CLS stays below 0.01.
 */
export async function expectNoShift(label: string, sentinels: string[], load: () => Promise<void>): Promise<void> {
  await frames();
  const elements = sentinels.map((id) => document.getElementById(id)!);
  const before = elements.map((s) => s.getBoundingClientRect().top);
  const shifts: number[] = [];
  const layoutShift = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const observer = layoutShift
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      })
    : undefined;
  observer?.observe({type: 'layout-shift'});
  await load();
  await frames();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer?.takeRecords().forEach((entry) => shifts.push((entry as PerformanceEntry & {value: number}).value));
  observer?.disconnect();
  const after = elements.map((s) => s.getBoundingClientRect().top);
  const cls = shifts.reduce((sum, value) => sum + value, 0);
  console.log(`${label}: CLS ${layoutShift ? cls.toFixed(4) : '(no Layout Instability API)'}; text below moved by ${after.map((a, i) => (a - before[i]!).toFixed(1)).join(', ')} px`);
  after.forEach((top, i) => expect(Math.abs(top - before[i]!), `${sentinels[i]} moved`).to.be.below(1));
  if (layoutShift) expect(cls).to.be.below(0.01);
}
