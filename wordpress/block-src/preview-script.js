/**
 * Loads the widget's module into the document that shows the block: the editor's own, or its iframe, whose
 * custom elements are its own.
 *
 * @param {Document} doc
 * @param {string}   scriptUrl
 */
export function loadWidgetInto(doc, scriptUrl) {
  const view = doc.defaultView;
  if (!view || view.customElements.get('impact-story-list') || doc.querySelector('script[data-impact-stories-preview]')) {
    return;
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = scriptUrl;
  script.dataset.impactStoriesPreview = '';
  doc.head.append(script);
}
