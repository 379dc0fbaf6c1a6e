export const generatedNote = 'generated from packages/core/src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit';
