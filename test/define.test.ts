import { expect } from '@open-wc/testing';
import { ImpactStoryListElement } from '../packages/widgets/src/impact-story-list-define.js';
import { ImpactStoryCardElement } from '../packages/widgets/src/impact-story-card-define.js';
import { defineElement } from '../packages/widgets/src/define-element.js';
import { VERSION } from '../packages/widgets/src/version.js';
import { consoleWarnings } from './helpers-without-elements.js';

describe('defining the elements', () => {
  it('registers both elements', () => {
    expect(customElements.get('impact-story-list')).to.equal(ImpactStoryListElement);
    expect(customElements.get('impact-story-card')).to.equal(ImpactStoryCardElement);
  });

  it('ignores a second registration of the same version without a warning', async () => {
    const warnings = await consoleWarnings(async () => {
      defineElement('impact-story-list', class extends ImpactStoryListElement {});
      await import('../packages/core/src/console-warnings.js');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version is already registered', async () => {
    class Older extends HTMLElement {
      static impactStoriesVersion = '0.0.1';
    }
    customElements.define('impact-story-version-test', Older);
    const warnings = await consoleWarnings(async (written) => {
      defineElement('impact-story-version-test', class extends HTMLElement {});
      // The warning is written by a file of its own, imported when there is something to say.
      await import('../packages/core/src/console-warnings.js');
      expect(written).to.have.length(1);
      defineElement('impact-story-version-test', class extends HTMLElement {});
      await import('../packages/core/src/console-warnings.js');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.contain(VERSION);
  });

  it('has the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
