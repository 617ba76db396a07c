import {waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';

/** The stories an element shows, as a reader finds them in its shadow DOM. */
export function shownArticles(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="article"]')];
}

export function headlines(el: Element): string[] {
  return shownArticles(el).map((article) => article.querySelector('[part~="headline"]')!.textContent!.trim());
}

export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Waits until the element shows `count` stories (or any, when count is omitted). */
export async function showing(el: Element, count?: number) {
  await waitUntil(
    () => (count === undefined ? shownArticles(el).length > 0 : shownArticles(el).length === count),
    `expected ${count ?? 'some'} stories, saw ${shownArticles(el).length}`,
    {timeout: 5000}
  );
}

/** Clicks the middle of an element with the real mouse, as a reader would. */
export async function clickOn(target: Element) {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

/** Collects what the library tells the site's engineers on the console, until `restore()`. */
export function captureWarnings() {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = warn)};
}
