/** What a keyboard reader meets: the element focus is on, across shadow roots, and whether its focus ring can be seen. */
import {sendKeys} from '@web/test-runner-commands';

/** The focused element, looked for inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element that clips `element`'s overflow next, across shadow roots (up to the document). */
function clippers(element: Element): Element[] {
  const found: Element[] = [];
  for (let node: Element | null = element; node; ) {
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    if (parent && getComputedStyle(parent).overflowX !== 'visible') found.push(parent);
    node = parent;
  }
  return found;
}

/**
 * Why a focused element's ring cannot be seen ('' when it can): none drawn, thinner than 2 px, or
 * cut by a box that clips its overflow (the ring's reach beyond the element, against that box's
 * padding edge), or drawn in the colour behind it is not checked here: the tokens' contrast is.
 */
export function ringProblem(element: Element): string {
  const style = getComputedStyle(element);
  const width = Number.parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || !(width >= 2)) return `${describe(element)} has no focus ring (${style.outlineStyle} ${style.outlineWidth})`;
  const reach = width + Number.parseFloat(style.outlineOffset || '0');
  const box = element.getBoundingClientRect();
  const ring = {left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach};
  for (const clipper of clippers(element)) {
    const c = clipper.getBoundingClientRect();
    const s = getComputedStyle(clipper);
    const inner = {
      left: c.left + Number.parseFloat(s.borderLeftWidth),
      right: c.right - Number.parseFloat(s.borderRightWidth),
      top: c.top + Number.parseFloat(s.borderTopWidth),
      bottom: c.bottom - Number.parseFloat(s.borderBottomWidth),
    };
    if (ring.left < inner.left - 0.5 || ring.right > inner.right + 0.5 || ring.top < inner.top - 0.5 || ring.bottom > inner.bottom + 0.5) {
      return `${describe(element)}'s ring is cut by ${describe(clipper)}`;
    }
  }
  return '';
}

export function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const part = element.getAttribute('part');
  return `<${element.localName}${part ? ` part="${part}"` : ''}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>${(element.textContent ?? '').trim().slice(0, 12)}`;
}

/** A key press by name; `Shift+Tab` holds Shift down around Tab, as the runner's `press` takes one key. */
export async function press(key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({down: modifier});
  await sendKeys({press: main!});
  if (modifier) await sendKeys({up: modifier});
}

/** Two animation frames: a focus change has been styled and painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Presses `key` (Tab by default) as a reader would until `done(focused)` holds, at most `most`
 * times. Returns every element focus rested on, in order (the last the one `done` accepted), and
 * what was wrong with each one's ring while it had focus ('' for a ring that can be seen).
 */
export async function tabUntil(done: (focused: Element | null) => boolean, most = 12, key = 'Tab'): Promise<Element[] & {rings: string[]}> {
  const stops = Object.assign([] as Element[], {rings: [] as string[]});
  for (let i = 0; i < most; i++) {
    await press(key);
    await painted();
    const focused = deepActive();
    if (focused) {
      stops.push(focused);
      stops.rings.push(ringProblem(focused));
    }
    if (done(focused)) return stops;
  }
  throw new Error(`${most} presses of ${key} did not get there: ${stops.map(describe).join(' → ')}`);
}
