import { afterPaint } from './measure.js';

let shift = 0;
const shifts = [];
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    shift += entry.value;
    shifts.push({ value: entry.value, at: Math.round(entry.startTime) });
  }
}).observe({ type: 'layout-shift', buffered: true });

const imagesLoaded = (list) =>
  Promise.all(
    [...list.shadowRoot.querySelectorAll('img')].map((image) => ((image.loading = 'eager'), image.decode().catch(() => undefined))),
  );

window.benchResult = (async () => {
  await import('/dist/impact-stories.js');
  const list = document.querySelector('impact-story-list');
  if (list.state !== 'loaded') await new Promise((resolve) => list.addEventListener('impact-stories-load', resolve, { once: true }));
  await list.updateComplete;
  await imagesLoaded(list);
  await afterPaint();
  await afterPaint();
  return { cls: shift, shifts, height: list.getBoundingClientRect().height };
})();
