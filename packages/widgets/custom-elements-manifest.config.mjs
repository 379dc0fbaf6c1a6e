// Generates custom-elements.json (attributes, properties, events, parts, custom properties, slots) from the JSDoc in src/.
/** Keeps the manifest to the public API: private and protected members (and internal state) are implementation details. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => ['private', 'protected'].includes(member.privacy)).map((member) => member.name),
          );
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [publicMembersOnly()],
};
