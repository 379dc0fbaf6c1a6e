/**
 * Turns a custom state (`:state(loading)`) on or off. Browsers before Chrome 125, Firefox 126 and Safari 17.4 have
 * no such states, or take only `--dashed` names, and throw: there the element works on without them.
 */
export function toggleState(internals: ElementInternals, name: string, on: boolean): void {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // An older browser: pages there style the element by its attributes alone.
  }
}
