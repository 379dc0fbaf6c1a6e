/**
 * The feed a block's list reads, as the server decides it (includes/options.php): the block's own address
 * when it is an http(s) one on an allowed host, or a path on this site; else the site's default feed.
 *
 * @param {string}                                     src         The block's feed address, or ''.
 * @param {{defaultFeed?: string, feedHosts?: string[]}} site        From the editor data.
 * @param {string}                                     [base]      What a path is read against.
 * @return {{url: string, refused: boolean}} `url` is absolute, or '' when there is no feed at all.
 */
export function feedAddress(src, { defaultFeed = '', feedHosts = [] }, base = document.baseURI) {
  const absolute = (address) => (address ? new URL(address, base).href : '');
  const own = src.trim();
  if (!own) return { url: absolute(defaultFeed), refused: false };
  const isPath = /^\/(?![/\\])/.test(own);
  const isHttp = /^https?:\/\/[^/\\]/i.test(own);
  const allowed = isPath || (isHttp && URL.canParse(own) && feedHosts.includes(new URL(own).host.toLowerCase()));
  return allowed ? { url: absolute(own), refused: false } : { url: absolute(defaultFeed), refused: true };
}
