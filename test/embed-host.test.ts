import { expect, oneEvent } from '@open-wc/testing';
import { fitEmbedFrames } from '../packages/pages/src/embed/embed-host.js';
import { HEIGHT_MESSAGE } from '../packages/pages/src/embed/embed-messages.js';
import { embedFrame } from './embed-helpers.js';

/** Resolves with the first height an embed reports that satisfies `accept`. */
function reportedHeight(accept: (height: number) => boolean): Promise<number> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.data?.type === HEIGHT_MESSAGE && accept(event.data.height)) {
        window.removeEventListener('message', listener);
        resolve(event.data.height);
      }
    };
    window.addEventListener('message', listener);
  });
}

/**
 * Resolves once the frame is as tall as its content. Sizing can take two rounds: a tall frame gives the host page a
 * scrollbar (Firefox and WebKit draw classic ones), which narrows the frame and makes its content taller again.
 */
function fittedHeight(frame: HTMLIFrameElement, document: Document): Promise<number> {
  const content = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  return new Promise((resolve) => {
    const check = () => {
      if (frame.style.height !== `${content()}px`) return;
      window.removeEventListener('message', check);
      resolve(content());
    };
    window.addEventListener('message', check);
    check();
  });
}

function classAdded(element: Element, className: string): Promise<void> {
  if (element.classList.contains(className)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!element.classList.contains(className)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, attributeFilter: ['class'] });
  });
}

describe('fitting embed iframes to their content', () => {
  before(() => {
    fitEmbedFrames();
    fitEmbedFrames();
  });

  it('resizes the iframe to the height of its content, without scrollbars', async () => {
    const tall = reportedHeight((height) => height > 640);
    const { frame, document } = await embedFrame('?layout=list&page-size=8');
    await tall;
    await classAdded(document.documentElement, 'sized-by-host');
    const height = await fittedHeight(frame, document);
    expect(height).to.be.above(640);
    expect(document.documentElement.scrollHeight).to.be.at.most(frame.clientHeight);
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');

    const grown = reportedHeight((next) => next > height);
    const list = document.querySelector('impact-story-list')!;
    const more = oneEvent(list, 'impact-stories-load');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    await more;
    const newHeight = await grown;
    expect(frame.style.height).to.equal(`${newHeight}px`);
    frame.remove();
  });

  it('ignores messages that are not a height from one of its iframes', async () => {
    const { frame } = await embedFrame('?limit=1');
    const fromFrame: string[] = [];
    window.addEventListener('message', (event) => {
      if (event.source === frame.contentWindow) fromFrame.push(`${Math.ceil(event.data.height)}px`);
    });
    const lastDelivered = new Promise<void>((resolve) =>
      window.addEventListener('message', (event) => event.data?.height === 'tall' && resolve()),
    );
    window.postMessage({ type: HEIGHT_MESSAGE, height: 5 }, '*');
    window.postMessage({ type: HEIGHT_MESSAGE, height: 'tall' }, '*');
    await lastDelivered;
    expect(frame.style.height).to.not.equal('5px');
    if (frame.style.height)
      expect(frame.style.height).to.be.oneOf([
        ...fromFrame,
        `${Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height)}px`,
      ]);
    frame.remove();
  });

  it('resizes only its embed frames, whatever other frames post', async () => {
    const post = `<script>parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: 5 }, '*')</script>`;
    const others = [
      Object.assign(document.createElement('iframe'), { srcdoc: post }),
      Object.assign(document.createElement('iframe'), { src: `data:text/html,${encodeURIComponent(post)}` }),
    ];
    const posted = others.map(
      (frame) =>
        new Promise<void>((resolve) => window.addEventListener('message', (event) => event.source === frame.contentWindow && resolve())),
    );
    document.body.append(...others);
    await Promise.all(posted);
    expect(others.map((frame) => frame.style.height)).to.deep.equal(['', '']);
    for (const frame of others) frame.remove();
  });
});
