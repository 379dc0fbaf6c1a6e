import { isHeightMessage, SIZED_MESSAGE } from './embed-messages.js';

const installed = Symbol.for('impact-stories.embed-host');

/**
 * The embed iframe that sent a message: an iframe of this page whose window is the message's source, whose `src`
 * is an embed page (`…/embed.html`) and whose origin is the sender's. Other frames (ads, videos, a frame that
 * navigated away) are not resized, whatever they post.
 */
function embedFrameOf({ source, origin }: MessageEvent): HTMLIFrameElement | undefined {
  for (const frame of source ? document.querySelectorAll('iframe') : []) {
    if (frame.contentWindow !== source) continue;
    const src = new URL(frame.src || 'about:blank');
    // A sandboxed frame without allow-same-origin writes from an opaque origin.
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    return origin === (opaque ? 'null' : src.origin) && src.pathname.endsWith('/embed.html') ? frame : undefined;
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
    const frame = embedFrameOf(event);
    if (!frame) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    (event.source as Window).postMessage({ type: SIZED_MESSAGE }, event.origin === 'null' ? '*' : event.origin);
  });
}
