import { expect, oneEvent } from '@open-wc/testing';

interface DemoList extends HTMLElement {
  state: string;
  updateComplete: Promise<boolean>;
}

describe('the demo page', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/packages/pages/demo/index.html';
    frame.style.cssText = 'width: 1200px; height: 800px';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  const lists = () => [...frame.contentDocument!.querySelectorAll<DemoList>('impact-story-list')];

  async function settled(list: DemoList): Promise<void> {
    if (list.state === 'loading') {
      await Promise.race([oneEvent(list, 'impact-stories-load'), oneEvent(list, 'impact-stories-error')]);
    }
    await list.updateComplete;
  }

  it('shows the Skills 21 stories by month, a grid by year, a compact list of three and an error example', async () => {
    await Promise.all(lists().map(settled));
    const [skills, compact, failing, grid] = lists();
    expect(skills!.shadowRoot!.querySelectorAll('article')).to.have.length(6);
    expect(compact!.shadowRoot!.querySelectorAll('article')).to.have.length(3);
    expect(failing!.state).to.equal('error');
    expect(grid!.getAttribute('layout')).to.equal('grid');
    // Every list reads one feed: its media contact is shown once, under the grid.
    const contacts = lists().filter((list) => list.shadowRoot!.querySelector('[part="media-contact"]'));
    expect(contacts).to.deep.equal([grid]);
  });

  it('switches language and theme for every widget', async () => {
    const document = frame.contentDocument!;
    const language = document.querySelector<HTMLSelectElement>('select[name="language"]')!;
    const theme = document.querySelector<HTMLSelectElement>('select[name="theme"]')!;
    language.value = 'ar';
    theme.value = 'dark';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    const grid = lists()[3]!;
    await grid.updateComplete;
    expect(document.documentElement.dir).to.equal('rtl');
    expect(grid.getAttribute('theme')).to.equal('dark');
    expect(grid.shadowRoot!.querySelector('[part="load-more"]')!.textContent).to.equal('عرض المزيد من القصص');
  });
});

describe('the demo page of feeds as publishers write them', () => {
  it('shows cards for each readable kind of feed and a clear message for each broken one', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/packages/pages/demo/feeds.html';
    frame.style.cssText = 'width: 1200px; height: 800px';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const lists = [...frame.contentDocument!.querySelectorAll<DemoList>('impact-story-list')];
    for (const list of lists) {
      if (list.state === 'loading') await Promise.race([oneEvent(list, 'impact-stories-load'), oneEvent(list, 'impact-stories-error')]);
      await list.updateComplete;
    }
    const shown = lists.map((list) => [
      list.getAttribute('src')!.split('/').pop(),
      list.state,
      list.shadowRoot!.querySelectorAll('article').length,
    ]);
    expect(shown).to.deep.equal([
      ['untitled-feed.json', 'loaded', 2],
      ['link-blog-feed.json', 'loaded', 2],
      ['eleventy-feed.json', 'loaded', 2],
      ['podcast-feed.json', 'loaded', 2],
      ['wordpress-rss.xml', 'loaded', 3],
      ['atom-feed.xml', 'loaded', 2],
      ['broken-json.json', 'error', 0],
      ['not-json.html', 'error', 0],
      ['broken-rss.xml', 'error', 0],
    ]);
    for (const list of lists.filter((candidate) => candidate.state === 'error')) {
      expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^The stories could not be loaded\. The file at .+/);
    }
    frame.remove();
  });
});

describe('the built embed builder page', () => {
  async function builderIn(width: number) {
    const frame = document.createElement('iframe');
    frame.src = '/dist/builder.html';
    frame.style.cssText = `width: ${width}px; height: 800px`;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const builder = frame.contentDocument!.querySelector('impact-embed-builder')!;
    const preview = builder.shadowRoot!.querySelector<DemoList>('impact-story-list')!;
    if (preview.state === 'loading') await oneEvent(preview, 'impact-stories-load');
    await (builder as unknown as DemoList).updateComplete;
    return { frame, builder: builder.shadowRoot!, preview };
  }

  it('shows settings and a preview of six stories side by side, and keeps the preview in view while scrolling', async () => {
    const { frame, builder, preview } = await builderIn(1280);
    const settings = builder.querySelector('.settings')!.getBoundingClientRect();
    expect(preview.getBoundingClientRect().left).to.be.greaterThan(settings.right);
    expect(preview.getBoundingClientRect().top).to.be.below(300);
    expect(preview.shadowRoot!.querySelectorAll('article')).to.have.length(6);
    frame.contentWindow!.scrollTo(0, 1500);
    const box = builder.querySelector('.preview')!.getBoundingClientRect();
    expect(box.top).to.be.within(0, 100);
    frame.remove();
  });

  it('renders both snippets, and fits a 375 px screen', async () => {
    const { frame, builder } = await builderIn(375);
    const codes = [...builder.querySelectorAll('impact-snippet-box')].map((box) => box.shadowRoot!.querySelector('textarea')!.value);
    expect(codes).to.have.length(2);
    expect(codes[0]).to.contain('<impact-story-list src="http');
    expect(codes[1]).to.contain('<iframe src="http');
    expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(375);
    frame.remove();
  });
});
