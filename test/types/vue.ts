// Vue 3's GlobalComponents, with the package's types (see react.tsx): what Volar checks templates against.
import type { GlobalComponents } from 'vue';
import type {} from 'impact-stories-widgets/types/vue';

type ListProps = InstanceType<GlobalComponents['impact-story-list']>['$props'];

export const props: ListProps = { project: 'Skills 21', layout: 'grid', 'page-size': 6 };
// @ts-expect-error: "layot" is not an attribute
export const misspelt: ListProps = { layot: 'grid' };
// @ts-expect-error: "grids" is not a layout
export const wrongValue: ListProps = { layout: 'grids' };

// `@impact-stories-load` in a template is the prop `onImpactStoriesLoad`, with the event's detail typed.
export const handled: ListProps = { onImpactStoriesLoad: (event) => event.detail.total, id: 'stories' };
// @ts-expect-error: the load event's detail has no "totl"
export const wrongDetail: ListProps = { onImpactStoriesLoad: (event) => event.detail.totl };
