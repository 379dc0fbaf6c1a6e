// In the browser only: Lit's hydration support, then the elements, so that the prerendered list keeps its DOM.
export default defineNuxtPlugin(async () => {
  await import('impact-stories-ssr/hydrate');
  await import('impact-stories-widgets/define');
});
