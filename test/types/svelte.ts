// Svelte 5's element types, with the package's types (see react.tsx): what svelte-check reads for templates.
import type {} from 'impact-stories-widgets/types/svelte';

type ListAttributes = svelteHTML.IntrinsicElements['impact-story-list'];

export const attributes: ListAttributes = { project: 'Skills 21', 'on:impact-stories-load': (event) => event.detail.total };
// @ts-expect-error: "layot" is not an attribute
export const misspelt: ListAttributes = { layot: 'grid' };
// @ts-expect-error: the load event's detail has no "totl"
export const wrongDetail: ListAttributes = { 'on:impact-stories-load': (event) => event.detail.totl };

// Svelte 5's event attributes.
export const eventAttribute: ListAttributes = { 'onimpact-stories-load': (event) => event.detail.total };
// @ts-expect-error: the load event's detail has no "totl"
export const wrongAttributeDetail: ListAttributes = { 'onimpact-stories-load': (event) => event.detail.totl };
