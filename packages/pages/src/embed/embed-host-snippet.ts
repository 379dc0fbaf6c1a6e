// dist/embed-host.js: add it to a page that holds impact-stories iframes so they fit their content.
import { fitEmbedFrames } from './embed-host.js';

fitEmbedFrames();
