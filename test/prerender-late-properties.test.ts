import { expect, oneEvent } from '@open-wc/testing';
import '../packages/widgets/src/define.js';
import { SAMPLE_FEED } from './helpers.js';

type List = HTMLElement & { src?: string; updateComplete: Promise<unknown> };

/**
 * A list connected without a feed, then given `src` as a property later in the same task, as a framework does
 * (React sets properties after it has inserted the element, and a hydrating page's script upgrades the element
 * before that); it must load that feed without first reporting that it had none.
 */
async function givenSrcLater(microtasks: number): Promise<{ errors: string[]; list: List }> {
  const list = document.createElement('impact-story-list') as List;
  const errors: string[] = [];
  list.addEventListener('impact-stories-error', (event) => errors.push((event as CustomEvent<{ kind: string }>).detail.kind));
  const loaded = oneEvent(list, 'impact-stories-load');
  document.body.append(list);
  for (let i = 0; i < microtasks; i++) await null;
  list.src = SAMPLE_FEED;
  await loaded;
  list.remove();
  return { errors, list };
}

describe('a list given its feed as a property after it was connected, in the same task', () => {
  it('set in the same script: loads it, no error', async () => {
    expect((await givenSrcLater(0)).errors).to.deep.equal([]);
  });

  it('set after its first update (a few microtasks later): loads it, and reports no missing feed first', async () => {
    expect((await givenSrcLater(10)).errors).to.deep.equal([]);
  });

  it('a list that still has no feed once the task is over reports it', async () => {
    const list = document.createElement('impact-story-list') as List;
    const failed = oneEvent(list, 'impact-stories-error');
    document.body.append(list);
    const { detail } = await failed;
    list.remove();
    expect(detail.kind).to.equal('no-feed');
  });
});
