// Page A of a two-page site: a page whose lists render in the browser imports only the elements.
import '../../packages/widgets/dist/lib/define.js';
