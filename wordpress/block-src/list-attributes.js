// generated from packages/core/src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit.

/** The block's attributes that hold a value, by the element's attribute names. */
const valueAttributes = {
  project: 'project',
  country: 'country',
  tag: 'tag',
  year: 'year',
  limit: 'limit',
  pageSize: 'page-size',
  groupBy: 'group-by',
  layout: 'layout',
  headingLevel: 'heading-level',
  locale: 'locale',
  theme: 'theme',
};

/** The block's on/off attributes, by the element's attribute names. */
const flagAttributes = {
  hideMediaContact: 'hide-media-contact',
};

const isSet = (value) => value !== undefined && value !== null && value !== '' && value !== 0;

/** The block's attributes as the list element's attributes: only those that are set; a flag is an empty string. */
export function listAttributes(attributes, src) {
  const values = Object.entries(valueAttributes)
    .filter(([key]) => isSet(attributes[key]))
    .map(([key, name]) => [name, String(attributes[key])]);
  const flags = Object.entries(flagAttributes)
    .filter(([key]) => attributes[key])
    .map(([, name]) => [name, '']);
  return Object.fromEntries([...(isSet(src) ? [['src', String(src)]] : []), ...values, ...flags]);
}
