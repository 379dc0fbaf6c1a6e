import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { impactStoriesVersion?: string };

const warnedPairs = Symbol.for('impact-stories.version-warnings');

/**
 * Registers `tagName` unless it is already registered. Loading the library twice is harmless;
 * two different versions on one page get one console warning naming both.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (!existing) {
    (elementClass as VersionedConstructor).impactStoriesVersion = VERSION;
    customElements.define(tagName, elementClass);
    return;
  }
  const registered = existing.impactStoriesVersion ?? 'an unknown version';
  if (existing === elementClass || registered === VERSION) return;
  // Shared through the global symbol registry, so every copy of the library on the page sees it.
  const page = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const warned = (page[warnedPairs] ??= new Set());
  const pair = `${registered} ${VERSION}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  console.warn(
    `impact-stories-widgets ${VERSION} not used: version ${registered} is already on this page. Load it once per page.`,
  );
}
