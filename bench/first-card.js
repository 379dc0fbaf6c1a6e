// Time to the first card for a list rendered in the browser: from the start of the navigation to the frame that
// paints its first cards. The prerendered page (written by scripts/bench/prerendered.mjs) reports its own.
import '/dist/impact-stories.js';
import { afterPaint, params } from './measure.js';

const list = document.createElement('impact-story-list');
list.setAttribute('src', params.get('feed'));
document.getElementById('main').append(list);
window.benchResult = new Promise((resolve) => {
  const observer = new MutationObserver(async () => {
    if (!list.shadowRoot.querySelector('article.card')) return;
    observer.disconnect();
    await afterPaint();
    resolve({ firstCardMs: performance.now() });
  });
  observer.observe(list.shadowRoot, { childList: true, subtree: true });
});
