// Counts the timers, intervals, animation frames and animations a list leaves running once its stories are
// shown and painted: an idle widget should leave none, so it costs a page nothing while the reader reads.
import { afterPaint, params } from './measure.js';

const pending = new Map();
const wrap = (name, start, stop) => {
  const [original, cancel] = [window[start], window[stop]];
  window[start] = (callback, ...rest) => {
    const id = original.call(window, (...args) => (pending.delete(id), callback(...args)), ...rest);
    pending.set(id, name);
    return id;
  };
  window[stop] = (id) => (pending.delete(id), cancel.call(window, id));
};
wrap('timeout', 'setTimeout', 'clearTimeout');
wrap('interval', 'setInterval', 'clearInterval');
wrap('animation frame', 'requestAnimationFrame', 'cancelAnimationFrame');

window.benchResult = (async () => {
  await import('/dist/impact-stories.js');
  const list = document.createElement('impact-story-list');
  list.setAttribute('src', params.get('feed') ?? '/sample/impact-stories.json');
  list.setAttribute('page-size', '4');
  const loaded = new Promise((resolve) => list.addEventListener('impact-stories-load', resolve, { once: true }));
  document.getElementById('main').append(list);
  await loaded;
  await list.updateComplete;
  // The measuring itself asks for a frame and a task: let those finish, then count.
  await afterPaint();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { pending: [...pending.values()], animations: document.getAnimations().length };
})();
