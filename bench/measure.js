// Shared by the benchmark pages: timing from the feed's response to painted cards, and DOM size.

/**
 * Resolves after the browser has painted the current DOM: the first task after the next frame. It runs at
 * user-blocking priority, so work a renderer leaves for after its paint does not count against it. WebKit has no
 * `scheduler`, and there a timer a renderer set in an earlier frame callback runs before any task this could
 * queue: in WebKit the clock stops in the frame callback instead, after forcing that frame's style and layout, so
 * everything but the paint itself (the same for both renderers) is counted.
 */
export const afterPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (globalThis.scheduler) scheduler.postTask(resolve, { priority: 'user-blocking' });
      else {
        document.documentElement.getBoundingClientRect();
        resolve();
      }
    }),
  );

/**
 * The longest main-thread task since the page started, in ms, once read: Chromium's Long Tasks API reports the
 * tasks over 50 ms (0 when there were none; undefined where the API is missing).
 */
export function watchLongTasks() {
  let longest = 0;
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return async () => undefined;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Entries arrive a task after the task they time.
  return () => new Promise((resolve) => setTimeout(() => resolve(longest), 100));
}

/** Elements in the document, counting those inside shadow roots. */
export function domNodes(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += domNodes(element.shadowRoot);
  }
  return count;
}

/** Milliseconds from the end of the feed's response to `paintedAt`. */
export function sinceFeedResponse(feedUrl, paintedAt) {
  const entry = performance.getEntriesByName(new URL(feedUrl, location.href).href)[0];
  return paintedAt - entry.responseEnd;
}

export const params = new URLSearchParams(location.search);
