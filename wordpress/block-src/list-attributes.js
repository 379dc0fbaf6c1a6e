/** The block's attributes as the list element's attributes: only those that are set; a flag is an empty string. */
export function listAttributes(attributes, src) {
  const element = {
    src,
    project: attributes.project,
    country: attributes.country,
    tag: attributes.tag,
    year: attributes.year,
    layout: attributes.layout,
    'group-by': attributes.groupBy,
    limit: attributes.limit,
    'page-size': attributes.pageSize,
    theme: attributes.theme,
    locale: attributes.locale,
    'heading-level': attributes.headingLevel,
  };
  const set = Object.entries(element).filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== 0);
  const flags = attributes.hideMediaContact ? [['hide-media-contact', '']] : [];
  return Object.fromEntries([...set.map(([name, value]) => [name, String(value)]), ...flags]);
}
