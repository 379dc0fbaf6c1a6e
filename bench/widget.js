import '/dist/impact-stories.js';
import { afterPaint, domNodes, params, sinceFeedResponse } from './measure.js';

const feed = params.get('feed');
const list = document.createElement('impact-story-list');
list.setAttribute('src', feed);
if (params.get('page-size')) list.setAttribute('page-size', params.get('page-size'));

window.benchResult = new Promise((resolve) => {
  list.addEventListener('impact-stories-load', async (event) => {
    await list.updateComplete;
    await afterPaint();
    resolve({ renderMs: sinceFeedResponse(feed, performance.now()), cards: event.detail.stories.length, domNodes: domNodes() });
  }, { once: true });
});
document.getElementById('main').append(list);
