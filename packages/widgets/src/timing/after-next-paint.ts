/**
 * Runs `task` once the browser has painted what the page shows now, or after `fallbackMs` in a page that
 * is not painting (a hidden tab). Leaves no timer or frame request behind.
 */
export function afterNextPaint(task: () => void, fallbackMs = 250): void {
  let frame = 0;
  const fallback = setTimeout(() => {
    cancelAnimationFrame(frame);
    task();
  }, fallbackMs);
  frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    setTimeout(task);
  });
}
