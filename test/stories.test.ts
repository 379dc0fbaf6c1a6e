import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../packages/widgets/src/impact-story-list-define.js';
import type { ImpactStoryListElement } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';
import * as cardStories from '../stories/impact-story-card.stories.js';
import * as listStories from '../stories/impact-story-list.stories.js';

// Every Storybook story, rendered as Storybook renders it, must show its state and pass axe.
type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args, context: never) => TemplateResult;
  parameters?: { stillLoading?: boolean };
}
interface MetaLike {
  title: string;
  args?: Args;
  render: (args: Args, context: never) => TemplateResult;
  parameters: { docs: { description: { component: string }; source: { transform: (code: string, context: { args: Args }) => string } } };
}

function expectedState(exportName: string): string {
  if (exportName.startsWith('Error')) return 'error';
  if (exportName === 'Empty') return 'empty';
  if (exportName === 'Loading') return 'loading';
  return 'loaded';
}

const settled = (list: ImpactStoryListElement) =>
  new Promise<void>((resolve) => {
    list.addEventListener('impact-stories-load', () => resolve(), { once: true });
    list.addEventListener('impact-stories-error', () => resolve(), { once: true });
  });

for (const module of [listStories, cardStories]) {
  const { default: meta, ...stories } = module as unknown as { default: MetaLike } & Record<string, StoryLike>;

  describe(`stories of ${meta.title}`, () => {
    it('are named "Topic: detail", and each is linked from the docs page', () => {
      const names = Object.entries(stories).map(([exportName, story]) => story.name ?? exportName);
      expect(names.filter((name) => name !== 'Default' && !/^[A-Z][a-z ]+: \S/.test(name))).to.deep.equal([]);
      const links = meta.parameters.docs.description.component.match(/\]\(\?path=\/story\/[a-z0-9-]+\)/g) ?? [];
      expect(links).to.have.length(names.length);
    });

    it('"Show code" gives markup a partner can paste: the script tag, and addresses that work outside Storybook', () => {
      for (const story of Object.values(stories)) {
        const code = meta.parameters.docs.source.transform('', { args: { ...meta.args, ...story.args } });
        const page = new DOMParser().parseFromString(code, 'text/html');
        expect(page.querySelector('script[type="module"]')!.getAttribute('src')).to.match(/^https:\/\//);
        const element = page.querySelector('impact-story-list, impact-story-card')!;
        for (const name of ['src', 'href', 'image']) {
          if (element.hasAttribute(name)) expect(element.getAttribute(name), `${story.name} ${name}`).to.match(/^https:\/\//);
        }
      }
    });

    for (const [exportName, story] of Object.entries(stories)) {
      it(`${story.name ?? exportName}: renders its state and passes axe`, async () => {
        const container = document.createElement('div');
        render((story.render ?? meta.render)({ ...meta.args, ...story.args }, {} as never), container);
        const lists = [...container.querySelectorAll('impact-story-list')];
        const waits = story.parameters?.stillLoading ? [] : lists.map(settled);
        document.body.append(container);
        try {
          await Promise.all(waits);
          await Promise.all(
            [...container.querySelectorAll('impact-story-list, impact-story-card')].map(
              (element) => (element as ImpactStoryListElement).updateComplete,
            ),
          );

          for (const list of lists) expect(list.state, exportName).to.equal(expectedState(exportName));
          if (!lists.length) {
            const card = container.querySelector('impact-story-card')!;
            expect(card.shadowRoot!.querySelector('article [part~="title"]')!.textContent!.trim()).to.not.equal('');
          }
          expect(container.getBoundingClientRect().height).to.be.greaterThan(40);
          expect(container.scrollWidth).to.be.at.most(container.clientWidth);
          await expect(container).to.be.accessible();
        } finally {
          container.remove();
        }
      });
    }
  });
}
