'use client';
// Loads Lit's hydration support, then the elements: the prerendered list takes over its DOM.
import { useEffect } from 'react';

export default function HydrateStories() {
  useEffect(() => {
    import('impact-stories-ssr/hydrate').then(() => import('impact-stories-widgets/define'));
  }, []);
  return null;
}
