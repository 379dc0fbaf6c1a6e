import '/dist/impact-stories.js';
import { afterPaint, domNodes, params, sinceFeedResponse, watchLongTasks } from './measure.js';

const longestTask = watchLongTasks();

const feed = params.get('feed');
const list = document.createElement('impact-story-list');
list.setAttribute('src', feed);
if (params.get('page-size')) list.setAttribute('page-size', params.get('page-size'));

// The clock stops when the first cards are painted; the list may read the rest of a large feed after that.
// The list makes its shadow root when it is connected, and renders in a microtask after that.
document.getElementById('main').append(list);
window.benchResult = new Promise((resolve) => {
  const observer = new MutationObserver(async () => {
    const cards = list.shadowRoot.querySelectorAll('article.card').length;
    if (!cards) return;
    observer.disconnect();
    await afterPaint();
    const renderMs = sinceFeedResponse(feed, performance.now());
    resolve({ renderMs, cards, domNodes: domNodes(), longestTaskMs: await longestTask() });
  });
  observer.observe(list.shadowRoot, { childList: true, subtree: true });
});
