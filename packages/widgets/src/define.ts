/**
 * Registers `<impact-story-list>` and `<impact-story-card>`, and exports what a page's own script may need. The
 * script-tag bundle is built from this file; the other helpers are in the npm package's main entry.
 */
import './impact-story-list-define.js';

export { ImpactStoryCardElement, ImpactStoryListElement, setDefaultFeed, setMessages, VERSION } from './index.js';
export type * from './index.js';
