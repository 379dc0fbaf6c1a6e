// The bytes one list downloads to show its first page: every feed file the page read, by resource timing.
import '/dist/impact-stories.js';
import { params } from './measure.js';

const list = document.createElement('impact-story-list');
for (const name of ['src', 'project', 'limit', 'page-size']) if (params.get(name)) list.setAttribute(name, params.get(name));
document.getElementById('main').append(list);

/** Resolves once the list has shown its stories and read no more feed files for a while. */
const settled = () =>
  new Promise((resolve) => {
    let timer;
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(resolve, 300);
    };
    list.addEventListener('impact-stories-load', quiet);
  });

window.benchResult = settled().then(() => {
  const files = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.json'));
  return {
    files: files.map((entry) => new URL(entry.name).pathname),
    bytes: files.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    shown: list.stories.map((story) => story.id),
  };
});
