import { expect } from '@open-wc/testing';
import { listAttributeSchema } from '../packages/core/src/attributes/list-attribute-schema.js';

// What npm users get in a browser: the exports map, the classes and define entries, and custom-elements.json.
// test/node/package.test.mjs checks the same package in plain Node: imports, dependencies and the packed tarball.
interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  slots?: { name: string }[];
}

const lib = (file: string) => `/packages/widgets/dist/lib/${file}`;
const names = (items: { name: string }[] = []) => items.map((item) => item.name);

describe('the npm package', () => {
  it('exports files that exist', async () => {
    const pkg = await (await fetch('/packages/widgets/package.json')).json();
    const targets: string[] = Object.entries(pkg.exports as Record<string, string | Record<string, string>>)
      .filter(([name]) => !name.includes('*'))
      .flatMap(([, target]) => (typeof target === 'string' ? [target] : Object.values(target)));
    targets.push(pkg.types, pkg.customElements);
    for (const target of targets) {
      const response = await fetch(new URL(target, new URL('/packages/widgets/', location.href)));
      expect(response.status, target).to.equal(200);
    }
  });

  it('imports the classes without registering anything, and registers one element per define entry', async () => {
    const library = await import(/* @vite-ignore */ lib('index.js'));
    expect(library.ImpactStoryListElement).to.be.a('function');
    expect(customElements.get('impact-story-list')).to.equal(undefined);
    expect(customElements.get('impact-story-card')).to.equal(undefined);
    await import(/* @vite-ignore */ lib('impact-story-card-define.js'));
    expect(customElements.get('impact-story-card')).to.equal(library.ImpactStoryCardElement);
    expect(customElements.get('impact-story-list')).to.equal(undefined);
    await import(/* @vite-ignore */ lib('impact-story-list-define.js'));
    expect(customElements.get('impact-story-list')).to.equal(library.ImpactStoryListElement);
  });

  it('documents both elements in custom-elements.json', async () => {
    const manifest = await (await fetch('/packages/widgets/custom-elements.json')).json();
    const declarations: ManifestDeclaration[] = manifest.modules.flatMap(
      (module: { declarations?: ManifestDeclaration[] }) => module.declarations ?? [],
    );
    const list = declarations.find((declaration) => declaration.tagName === 'impact-story-list')!;
    const card = declarations.find((declaration) => declaration.tagName === 'impact-story-card')!;

    expect(names(list.attributes)).to.include.members(listAttributeSchema.map((attribute) => attribute.name));
    expect(names(list.attributes)).to.not.include.members(['status', 'feed', 'pages']);
    expect(names(list.events)).to.have.members(['impact-stories-load', 'impact-stories-error']);
    expect(names(list.cssParts)).to.include.members(['status', 'group-heading', 'load-more']);
    expect(names(list.slots)).to.deep.equal(['']);
    expect(list.members!.filter((member) => member.kind === 'field').map((member) => member.name)).to.include.members([
      'stories',
      'fetcher',
    ]);

    expect(names(card.attributes)).to.include.members(['heading', 'href', 'date', 'image', 'image-alt', 'image-credit']);
    expect(names(card.events)).to.deep.equal(['impact-story-open']);
    expect(names(card.cssParts)).to.include.members(['card', 'title', 'date', 'summary', 'image', 'credit']);
    const accent = card.cssProperties!.find((property) => property.name === '--impact-color-accent')!;
    expect(accent.default).to.equal('light-dark(#0b5cad, #79b8ff)');
  });
});
