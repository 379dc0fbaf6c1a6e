// What scripts/test-examples.mjs adds to an example's page before its scripts run (page.evaluateOnNewDocument):
// every element that attached a shadow root in the browser.
interface Window {
  attachedShadows: Element[];
}
