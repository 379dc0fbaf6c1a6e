import { ImpactStoryCardElement, type StoryOpenDetail } from './components/impact-story-card/impact-story-card.js';
import { defineElement } from './define-element.js';

defineElement('impact-story-card', ImpactStoryCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'impact-story-card': ImpactStoryCardElement;
  }
  // Bubbling, composed events: typed for listeners on the element, the document and the window alike.
  interface GlobalEventHandlersEventMap {
    'impact-story-open': CustomEvent<StoryOpenDetail>;
  }
}

export { ImpactStoryCardElement };
