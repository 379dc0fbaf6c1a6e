import '/dist/impact-stories.js';

const lists = [...document.querySelectorAll('impact-story-list')];
window.benchResult = Promise.all(
  lists.map((list) =>
    list.state === 'loaded' ? undefined : new Promise((resolve) => list.addEventListener('impact-stories-load', resolve, { once: true })),
  ),
).then(() => ({
  lists: lists.length,
  feedRequests: performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/sample/impact-stories.json')).length,
}));
