// Page A of a two-page site: a page whose lists render in the browser imports only the elements.
import '../../dist/lib/define.js';
