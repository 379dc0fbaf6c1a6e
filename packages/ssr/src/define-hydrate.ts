// dist/impact-stories-ssr.js: the script-tag file for pages with prerendered lists (renderStoryList() or
// `impact-stories render`). Lit's hydration support comes first, so that each list takes over the DOM it was
// prerendered with instead of building it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'impact-stories-widgets/define';
