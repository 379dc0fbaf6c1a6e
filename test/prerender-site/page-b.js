// Page B of the same site: a page with prerendered lists imports Lit's hydration support first, as documented.
import '../../dist/lib/hydrate.js';
import '../../dist/lib/define.js';
