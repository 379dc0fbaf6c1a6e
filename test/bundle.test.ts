import { expect, oneEvent } from '@open-wc/testing';
import { SAMPLE_FEED } from './helpers-without-elements.js';

// The script-tag bundle, exactly as partner pages load it (this test file imports nothing else from src).
const bundle = '/dist/impact-stories.js';

describe('dist/impact-stories.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ bundle);
  });

  it('defines both elements', () => {
    expect(customElements.get('impact-story-list')).to.be.a('function');
    expect(customElements.get('impact-story-card')).to.be.a('function');
  });

  it('renders the Skills 21 stories from markup alone', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<impact-story-list src="${SAMPLE_FEED}" project="Skills 21"></impact-story-list>`;
    const list = container.firstElementChild!;
    const loaded = oneEvent(list, 'impact-stories-load');
    document.body.append(container);
    const { detail } = await loaded;
    expect(detail.stories).to.have.length(6);
    expect(list.shadowRoot!.querySelectorAll('impact-story-card')).to.have.length(6);
    container.remove();
  });

  it('is safe to load twice', async () => {
    await import(/* @vite-ignore */ `${bundle}?second-copy`);
    expect(customElements.get('impact-story-list')).to.be.a('function');
  });
});
