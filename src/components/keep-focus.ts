/**
 * Which of the elements matching `selector` in `root` has focus (-1 for none), so that focus can be put back
 * when they are built again.
 */
export function focusedIndex(root: ShadowRoot, selector: string): number {
  const active = root.activeElement;
  return active ? [...root.querySelectorAll(selector)].indexOf(active) : -1;
}

/** Focuses the `index`th match again when focus was lost with the element that had it. */
export function restoreFocus(root: ShadowRoot, selector: string, index: number): void {
  if (index < 0 || root.activeElement) return;
  root.querySelectorAll<HTMLElement>(selector)[index]?.focus({ preventScroll: true });
}
