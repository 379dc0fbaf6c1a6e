/** Registers `<impact-story-list>` and `<impact-story-card>`. The script-tag bundle is built from this file. */
import './impact-story-list-define.js';

export * from './index.js';
