import { VERSION } from './version.js';
import { warnLater } from 'impact-stories-core/warn-later';

type VersionedConstructor = CustomElementConstructor & { impactStoriesVersion?: string };

/**
 * Registers `tagName` unless it is already registered. Loading the library twice is harmless;
 * two different versions on one page get one console warning naming both.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (!existing) {
    (elementClass as VersionedConstructor).impactStoriesVersion = VERSION;
    customElements.define(tagName, elementClass);
    return;
  }
  const registered = existing.impactStoriesVersion ?? 'an unknown version';
  if (existing !== elementClass && registered !== VERSION) {
    warnLater((warnings) => warnings.warnOtherVersion(registered, VERSION));
  }
}
