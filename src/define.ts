/** Registers `<impact-story-list>` and `<impact-story-card>`. The script-tag bundle is built from this file. */
export * from './index.js';
import './impact-story-list-define.js';
