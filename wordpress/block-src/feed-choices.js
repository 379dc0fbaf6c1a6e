/**
 * The values an editor can filter on (projects, countries, years), read from a JSON Feed's items and, for a
 * split archive, from the counts in its `_impact.split`, which name the whole archive's values.
 */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Distinct trimmed names, ignoring case, the first spelling kept. */
function distinct(names) {
  const byKey = new Map();
  for (const name of names) {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed && !byKey.has(trimmed.toLowerCase())) {
      byKey.set(trimmed.toLowerCase(), trimmed);
    }
  }
  return [...byKey.values()];
}

const splitNames = (split, field) => (split && typeof split[field] === 'object' && split[field] !== null ? Object.keys(split[field]) : []);

/**
 * @param {unknown} feed A parsed JSON Feed.
 * @return {{projects: string[], countries: string[], years: string[]}} Sorted; years newest first.
 */
export function feedChoices(feed) {
  const items = Array.isArray(feed?.items) ? feed.items : [];
  const impactOf = (item) => (item && typeof item._impact === 'object' && item._impact) || {};
  const split = feed?._impact?.split;
  const years = items.map((item) => /^\d{4}/.exec(String(item?.date_published ?? ''))?.[0]);
  return {
    projects: distinct([...items.map((item) => impactOf(item).project), ...splitNames(split, 'project')]).sort(collator.compare),
    countries: distinct([
      ...items.flatMap((item) => (Array.isArray(impactOf(item).countries) ? impactOf(item).countries : [])),
      ...splitNames(split, 'country'),
    ]).sort(collator.compare),
    years: distinct([...years, ...splitNames(split, 'year')]).sort((a, b) => Number(b) - Number(a)),
  };
}

/**
 * Reads the choices of the feed at `url`; null when it cannot be read as a JSON Feed (RSS, Atom, offline).
 *
 * @param {string}      url
 * @param {AbortSignal} signal
 */
export async function loadFeedChoices(url, signal) {
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal, credentials: 'omit' });
    return response.ok ? feedChoices(await response.json()) : null;
  } catch {
    return null;
  }
}
