// dist/embed.js: turns the embed page's query string into one <impact-story-list>, and reports its height.
import { HEIGHT_MESSAGE, SIZED_MESSAGE } from './embed-messages.js';
import { defaultEmbedFeeds, EMBED_FEEDS_META_NAME, embedMayShow } from './embed-feeds.js';
import { defaultFeed } from 'impact-stories-widgets/internal/feed/default-feed';

const DEFAULT_LINK_TARGET = '_top';

/** Every list attribute given in the query string; anything else is ignored. Values stay plain attribute text. */
export function listAttributesFromQuery(query: string, allowed: readonly string[]): [string, string][] {
  const params = new URLSearchParams(query);
  return allowed.filter((name) => params.has(name)).map((name) => [name, params.get(name)!]);
}

function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  // ResizeObserver waits for rendering, which browsers pause in background tabs; these events do not.
  const postWhenRendered = (event: Event) => (event.target as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(post);
  document.addEventListener('impact-stories-load', postWhenRendered);
  document.addEventListener('impact-stories-error', postWhenRendered);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown })?.type === SIZED_MESSAGE) {
      document.documentElement.classList.add('sized-by-host');
    }
  });
}

async function mountList(): Promise<void> {
  await customElements.whenDefined('impact-story-list');
  const listClass = customElements.get('impact-story-list') as unknown as { observedAttributes: string[] };
  const list = document.createElement('impact-story-list');
  const attributes = listAttributesFromQuery(location.search, listClass.observedAttributes);
  for (const [name, value] of attributes) list.setAttribute(name, value);
  const src = list.getAttribute('src');
  if (src !== null && !embedMayShow(src, location.href, allowedFeeds())) {
    refuse(src);
    return;
  }
  if (!list.hasAttribute('link-target')) list.setAttribute('link-target', DEFAULT_LINK_TARGET);
  const locale = list.getAttribute('locale')?.trim();
  if (locale) {
    try {
      document.documentElement.lang = new Intl.Locale(locale).toString();
    } catch {
      // An invalid locale is reported by the list itself; the page keeps its language.
    }
  }
  (document.getElementById('embed') ?? document.body).replaceChildren(list);
}

function allowedFeeds(): string[] {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${EMBED_FEEDS_META_NAME}"]`);
  return meta ? meta.content.split(/\s+/).filter(Boolean) : defaultEmbedFeeds(location.href, defaultFeed());
}

/** A feed this page may not show: a plain sentence for readers, the address and the remedy for the page's author. */
function refuse(src: string): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'refused';
  message.textContent = 'These stories cannot be shown here.';
  (document.getElementById('embed') ?? document.body).replaceChildren(message);
  console.error(
    `impact-stories embed: this page does not show the feed ${src}. Its publisher can allow it in <meta name="${EMBED_FEEDS_META_NAME}">.`,
  );
}

reportHeight();
mountList();
