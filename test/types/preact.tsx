/** @jsxImportSource preact */
// Preact's JSX, with the package's types (see react.tsx).
import type {} from 'impact-stories-widgets/types/preact';

export const elements = (
  <div>
    <impact-story-list project="Skills 21" layout="compact" limit={3} />
    {/* @ts-expect-error: "projet" is not an attribute */}
    <impact-story-list projet="Skills 21" />
  </div>
);
