// Type-checked by `npm run typecheck` (tsc -p test/types): the package's JSX types and React components, as a
// React 19 project uses them. Each `@ts-expect-error` must stay an error: a misspelt attribute, a wrong value
// or a wrong event detail that type-checked would make the types worthless.
import type {} from 'impact-stories-widgets/types/react';
import { ImpactStoryCard, ImpactStoryList } from 'impact-stories-widgets/react';
import type { Story } from 'impact-stories-widgets';

export const plainElements = (
  <>
    <impact-story-list project="Skills 21" layout="grid" group-by="month" page-size={6} hide-media-contact />
    <impact-story-card heading="From refugee to digital worker" href="https://www.ilo.org/stories/1" date="2021-10-08" />
    {/* @ts-expect-error: "layot" is not an attribute */}
    <impact-story-list layot="grid" />
    {/* @ts-expect-error: "grids" is not a layout */}
    <impact-story-list layout="grids" />
  </>
);

export function Stories({ story }: { story: Story }) {
  return (
    <>
      <ImpactStoryList
        project="Skills 21"
        year={2022}
        onImpactStoriesLoad={(event) => console.warn(event.detail.total, event.detail.stories)}
      />
      <ImpactStoryCard story={story} onImpactStoryOpen={(event) => console.warn(event.detail.url)} />
      {/* @ts-expect-error: the load event's detail has no "storeis" */}
      <ImpactStoryList onImpactStoriesLoad={(event) => console.warn(event.detail.storeis)} />
      {/* @ts-expect-error: "story" takes a Story, not a string */}
      <ImpactStoryCard story="{}" />
    </>
  );
}

// docs/frameworks.md's React 19 example: the element itself, its event as React 19 passes it.
export function SkillsStories({ onLoaded }: { onLoaded: (stories: Story[]) => void }) {
  return (
    <impact-story-list project="Skills 21" group-by="month" onimpact-stories-load={(event) => onLoaded(event.detail.stories)}>
      <a href="https://www.example.org/impact-stories">Read our impact stories</a>
    </impact-story-list>
  );
}
