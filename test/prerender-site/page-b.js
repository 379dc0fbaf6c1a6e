// Page B of the same site: a page with prerendered lists imports Lit's hydration support first, as documented.
import '../../packages/ssr/dist/hydrate.js';
import '../../packages/widgets/dist/lib/define.js';
