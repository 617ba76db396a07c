/**
 * The arrow keys of a chip row (list-controls.ts): a chunk of its own, fetched when focus first
 * enters a row, so the CDN entry carries none of it (issue #23: the entry's byte budget).
 */

/**
 * Moves focus within `row` for `key` (left and right arrows, wrapping; Home and End), tells
 * `remember` the chip's index and asks the row's element for a render (the tab stop follows).
 * Says whether the key was one of these, for the caller to prevent its default.
 */
export function moveChip(row: Element, target: EventTarget | null, key: string, remember: (index: number) => void): boolean {
  const buttons = [...row.children] as HTMLElement[];
  const at = buttons.indexOf(target as HTMLElement);
  const to = key === 'Home' ? 0 : key === 'End' ? -1 : key === 'ArrowRight' ? at + 1 : key === 'ArrowLeft' ? at - 1 : Number.NaN;
  if (at < 0 || Number.isNaN(to)) return false;
  const index = (to + buttons.length) % buttons.length;
  remember(index);
  buttons[index]!.focus();
  ((row.getRootNode() as ShadowRoot).host as HTMLElement & {requestUpdate(): void}).requestUpdate();
  return true;
}
