import { isHeightMessage, SIZED_MESSAGE } from './embed-messages.js';

const installed = Symbol.for('impact-stories.embed-host');

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

/**
 * Makes every impact-stories embed iframe on this page as tall as its content. Safe to call many
 * times and from several copies of the library: the page gets one listener.
 */
export function fitEmbedFrames(): void {
  if (typeof window === 'undefined') return;
  const page = window as unknown as Record<symbol, boolean>;
  if (page[installed]) return;
  page[installed] = true;
  window.addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    (event.source as Window).postMessage({ type: SIZED_MESSAGE }, event.origin === 'null' ? '*' : event.origin);
  });
}
