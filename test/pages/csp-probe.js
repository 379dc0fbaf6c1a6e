// Records Content-Security-Policy violations on this page and reports them, with what rendered, to the parent.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample || 'inline'}`);
});

function report(extra) {
  // One more task, so violations queued by the last render are counted too.
  setTimeout(() => parent.postMessage({ type: 'csp-report', violations, ...extra }, '*'));
}

document.addEventListener('impact-stories-load', async (event) => {
  const list = event.target;
  await list.updateComplete;
  const cards = list.shadowRoot.querySelectorAll('article.card').length;
  const summaries = [...list.shadowRoot.querySelectorAll('[part="summary"]')].map((summary) => summary.textContent);
  // A list without Load more or a card beside it (csp-markup.html): report what it shows.
  if (!document.querySelector('impact-story-card')) {
    report({ cards, summaries });
    return;
  }
  const more = list.shadowRoot.querySelector('[part="load-more"]');
  if (cards === 3 && more) {
    more.click();
    return;
  }
  const card = document.querySelector('impact-story-card');
  await card.updateComplete;
  report({ cards, standaloneTitle: card.shadowRoot.querySelector('a')?.textContent ?? null });
});
document.addEventListener('impact-stories-error', (event) => report({ error: event.detail.message }));
