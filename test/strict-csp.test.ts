import { expect } from '@open-wc/testing';

interface CspReport {
  type: 'csp-report';
  violations: string[];
  cards?: number;
  standaloneTitle?: string | null;
  summaries?: string[];
  error?: string;
}

function nextCspReport(): Promise<CspReport> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.data?.type !== 'csp-report') return;
      window.removeEventListener('message', listener);
      resolve(event.data);
    };
    window.addEventListener('message', listener);
  });
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('is really served with the policy', async () => {
    const response = await fetch('/test/pages/csp-host.html');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain("trusted-types lit-html impact-stories-html 'allow-duplicates'");
    expect(policy).to.not.contain('unsafe-inline');
    expect(policy).to.not.contain('unsafe-eval');
  });

  it('renders the list, Load more and a card with zero violations', async () => {
    const report = nextCspReport();
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-host.html';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    const { violations, cards, standaloneTitle, error } = await report;
    expect(error).to.equal(undefined);
    expect(violations).to.deep.equal([]);
    expect(cards).to.equal(6);
    expect(standaloneTitle).to.equal('From prison to a better life');
    frame.remove();
  });

  it('reads markup in a feed as text through its own policy, with zero violations', async () => {
    const report = nextCspReport();
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-markup.html';
    document.body.append(frame);
    const { violations, cards, summaries, error } = await report;
    expect(error).to.equal(undefined);
    expect(violations).to.deep.equal([]);
    expect(cards).to.equal(2);
    expect(summaries).to.deep.equal(['The cohort graduated — see the list.', 'Hello & welcome.']);
    frame.remove();
  });

  it('does report violations when something breaks the policy (the probe works)', async () => {
    const report = nextCspReport();
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-broken.html';
    document.body.append(frame);
    const { violations } = await report;
    expect(violations.some((violation) => violation.startsWith('script-src'))).to.equal(true);
    frame.remove();
  });
});
