// generated from packages/core/src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit.

/**
 * The list attributes the command passes on, by their HTML names, as node:util parseArgs options.
 * @satisfies {import('node:util').ParseArgsOptionsConfig}
 */
export const listAttributeFlags = {
  project: { type: 'string' },
  country: { type: 'string' },
  tag: { type: 'string' },
  year: { type: 'string' },
  limit: { type: 'string' },
  'page-size': { type: 'string' },
  'group-by': { type: 'string' },
  layout: { type: 'string' },
  'heading-level': { type: 'string' },
  locale: { type: 'string' },
  theme: { type: 'string' },
  'link-target': { type: 'string' },
  'hide-media-contact': { type: 'boolean' },
  cache: { type: 'boolean' },
};

/** The flags, for the command's help. */
export const listAttributeFlagsHelp =
  '  --project, --country, --tag, --year, --limit, --page-size, --group-by, --layout, --heading-level,\n  --locale, --theme, --link-target, --hide-media-contact, --cache';
