import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import '../packages/widgets/src/impact-story-list-define.js';

// Docs pages (attributes, properties, events, parts, custom properties, slots) come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { codePanel: true },
  },
};

export default preview;
