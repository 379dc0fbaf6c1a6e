// Puppeteer drives Debian's Chromium and Firefox here: it never downloads a browser of its own.
module.exports = { skipDownload: true };
