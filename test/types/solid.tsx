/** @jsxImportSource solid-js */
// Solid's JSX, with the package's types (see react.tsx).
import type {} from 'impact-stories-widgets/types/solid';

export const elements = (
  <div>
    <impact-story-list project="Skills 21" layout="grid" on:impact-stories-load={(event) => console.warn(event.detail.total)} />
    {/* @ts-expect-error: "layot" is not an attribute */}
    <impact-story-list layot="grid" />
    {/* @ts-expect-error: the load event's detail has no "totl" */}
    <impact-story-list on:impact-stories-load={(event) => console.warn(event.detail.totl)} />
  </div>
);
