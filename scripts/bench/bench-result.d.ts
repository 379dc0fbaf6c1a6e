// What the benchmark's pages (bench/*.js) resolve `window.benchResult` with, read by the scripts here through
// page.evaluate and WebDriver. Each page sets only its own fields, the ones its caller reads.
interface BenchResult {
  /** widget.js and vanilla.js: from the end of the feed response to the first cards painted. */
  renderMs: number;
  cards: number;
  domNodes: number;
  /** widget.js */
  longestTaskMs: number;
  /** layout-shift.js */
  cls: number;
  /** shared-feed.js */
  lists: number;
  feedRequests: number;
  /** idle.js: timers, intervals and frames still pending once the stories are shown. */
  pending: string[];
  animations: number;
  /** first-card.js: ms from the navigation's start. */
  firstCardMs: number;
  /** bytes.js: the files a list downloaded, their bytes, and the ids of the stories shown. */
  files: string[];
  bytes: number;
  shown: string[];
}

interface Window {
  benchResult: Promise<BenchResult>;
}
