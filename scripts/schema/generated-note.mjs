export const generatedNote = 'generated from src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit';
