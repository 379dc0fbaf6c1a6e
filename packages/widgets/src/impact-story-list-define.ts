import {
  ImpactStoryListElement,
  type StoriesErrorDetail,
  type StoriesLoadDetail,
} from './components/impact-story-list/impact-story-list.js';
import { defineElement } from './define-element.js';
import './impact-story-card-define.js';

defineElement('impact-story-list', ImpactStoryListElement);

declare global {
  interface HTMLElementTagNameMap {
    'impact-story-list': ImpactStoryListElement;
  }
  // Bubbling, composed events: typed for listeners on the element, the document and the window alike.
  interface GlobalEventHandlersEventMap {
    'impact-stories-load': CustomEvent<StoriesLoadDetail>;
    'impact-stories-error': CustomEvent<StoriesErrorDetail>;
  }
}

export { ImpactStoryListElement };
