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

export const ImpactStoryList = createComponent({
  tagName: 'impact-story-list',
  elementClass: ImpactStoryListElement,
  react: React,
  events: {
    onImpactStoriesLoad: 'impact-stories-load' as EventName<CustomEvent<StoriesLoadDetail>>,
    onImpactStoriesError: 'impact-stories-error' as EventName<CustomEvent<StoriesErrorDetail>>,
    onImpactStoryOpen: storyOpen,
  },
  displayName: 'ImpactStoryList',
});

export const ImpactStoryCard = createComponent({
  tagName: 'impact-story-card',
  elementClass: ImpactStoryCardElement,
  react: React,
  events: { onImpactStoryOpen: storyOpen },
  displayName: 'ImpactStoryCard',
});
