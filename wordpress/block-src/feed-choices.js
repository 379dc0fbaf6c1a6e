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

/** The pages of an archive the editor reads for its choices: the first and those its `next_url` link to. */
const MAX_PAGES = 5;

/**
 * Reads the choices of the feed at `url`, and of its next pages (up to five in all); null when it cannot be read
 * as a JSON Feed (RSS, Atom, offline).
 *
 * @param {string}      url    An absolute address.
 * @param {AbortSignal} signal
 */
export async function loadFeedChoices(url, signal) {
  const read = async (address) => {
    const response = await fetch(address, { signal, credentials: 'omit' });
    return response.ok ? response.json() : null;
  };
  try {
    const first = await read(url);
    if (!first || typeof first !== 'object') return null;
    const items = Array.isArray(first.items) ? [...first.items] : [];
    let [page, address, pages] = [first, url, 1];
    while (typeof page?.next_url === 'string' && pages < MAX_PAGES && !signal.aborted) {
      address = new URL(page.next_url, address).href;
      page = await read(address).catch(() => null);
      if (Array.isArray(page?.items)) items.push(...page.items);
      pages += 1;
    }
    return feedChoices({ ...first, items });
  } catch {
    return null;
  }
}
