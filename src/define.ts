/**
 * Registers `<impact-story-list>` and `<impact-story-card>`, and fits any impact-stories embed
 * iframes on the page to their content. The script-tag bundle is built from this file.
 */
import { fitEmbedFrames } from './embed/embed-host.js';
import './impact-story-list-define.js';

export * from './index.js';

fitEmbedFrames();
