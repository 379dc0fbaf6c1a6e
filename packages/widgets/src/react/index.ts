// impact-stories-widgets/react: React components for the two elements, made with @lit/react. Importing it
// registers the elements. Properties (`story`, `fetcher`, `year={2022}`) are set as properties, and the events
// are typed props: onImpactStoriesLoad, onImpactStoriesError, onImpactStoryOpen.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { ImpactStoryCardElement } from '../components/impact-story-card/impact-story-card.js';
import type { StoriesErrorDetail, StoriesLoadDetail } from '../components/impact-story-list/list-events.js';
import { ImpactStoryListElement } from '../components/impact-story-list/impact-story-list.js';
import type { StoryOpenDetail } from '../components/story-card/story-card.js';

const storyOpen = 'impact-story-open' as EventName<CustomEvent<StoryOpenDetail>>;

const listEvents = {
  onImpactStoriesLoad: 'impact-stories-load' as EventName<CustomEvent<StoriesLoadDetail>>,
  onImpactStoriesError: 'impact-stories-error' as EventName<CustomEvent<StoriesErrorDetail>>,
  onImpactStoryOpen: storyOpen,
};

const BrowserList = createComponent({
  tagName: 'impact-story-list',
  elementClass: ImpactStoryListElement,
  react: React,
  events: listEvents,
  displayName: 'ImpactStoryList',
});

type ListProps = React.ComponentProps<typeof BrowserList>;

/**
 * The props of a server render as the element's HTML attributes. @lit/react sets the list's properties in the
 * browser only, once React has hydrated, so its server HTML was a bare `<impact-story-list>`: the list upgraded
 * without its feed, reported `no-feed`, then moved when the props came. Its attribute-backed properties are
 * rendered by their attribute names (`pageSize` → `page-size`; `cache` as a flag); properties without an
 * attribute (`fetcher`) and event handlers are for the browser only.
 */
function serverAttributes(props: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    const property = ImpactStoryListElement.elementProperties.get(name as keyof ImpactStoryListElement);
    if (property) {
      if (property.attribute === false || value === undefined || value === null || value === false) continue;
      const attribute = typeof property.attribute === 'string' ? property.attribute : name.toLowerCase();
      attributes[attribute] = value === true ? '' : String(value);
    } else if (!(name in listEvents) && !(name in ImpactStoryListElement.prototype)) {
      attributes[name === 'className' ? 'class' : name] = value;
    }
  }
  return attributes;
}

const ServerList = React.forwardRef<ImpactStoryListElement, ListProps>((props, _ref) =>
  React.createElement('impact-story-list', serverAttributes(props)),
);
ServerList.displayName = 'ImpactStoryList';

/** `<impact-story-list>`; on the server, with its attributes (see serverAttributes). */
export const ImpactStoryList = (typeof document === 'undefined' ? ServerList : BrowserList) as typeof BrowserList;

export const ImpactStoryCard = createComponent({
  tagName: 'impact-story-card',
  elementClass: ImpactStoryCardElement,
  react: React,
  events: { onImpactStoryOpen: storyOpen },
  displayName: 'ImpactStoryCard',
});
