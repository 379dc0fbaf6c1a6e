import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps focus where the reader left it when an update builds the focused link again (at another heading level,
 * say), and moves focus after an update when asked to (to the first new card after Load more, or to the stories
 * after Retry).
 */
export class FocusController implements ReactiveController {
  #focused = -1;
  #move?: { target: () => HTMLElement | null | undefined; when: () => boolean };

  /** `rebuilt` selects the links an update may build again; focus on one goes back to its new copy. */
  constructor(
    private readonly host: Host,
    private readonly rebuilt: string,
  ) {
    host.addController(this);
  }

  /** Moves focus to what `target` picks after the first update in which `when` holds. */
  moveAfterUpdate(target: () => HTMLElement | null | undefined, when = () => true): void {
    this.#move = { target, when };
  }

  hostUpdate(): void {
    const root = this.#root();
    const active = root.activeElement;
    this.#focused = active ? [...root.querySelectorAll(this.rebuilt)].indexOf(active) : -1;
  }

  hostUpdated(): void {
    const root = this.#root();
    if (this.#focused >= 0 && !root.activeElement) {
      root.querySelectorAll<HTMLElement>(this.rebuilt)[this.#focused]?.focus({ preventScroll: true });
    }
    const move = this.#move;
    if (move?.when()) {
      this.#move = undefined;
      move.target()?.focus();
    }
  }

  #root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }
}
