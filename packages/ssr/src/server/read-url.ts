/// <reference types="node" />
// The one way server-side code reads a URL: renderStoryList({ src }) and the `impact-stories` command's URL inputs.
// A time limit over the whole read, a size limit on the body as it streams, redirects followed one at a time and
// checked, and no connection to a loopback, private or otherwise internal address unless the caller allows it:
// checked on the address the socket connects to, after DNS, so a name cannot point (or rebind) there.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction, type Socket } from 'node:net';
import { decodeFeedBytes } from 'impact-stories-core/feed/decode-feed-bytes';

export const DEFAULT_READ_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

/** Options of readUrl() and readFeedText(); every one has a default. */
export interface ReadUrlOptions {
  /** Milliseconds for the whole read: connecting, every redirect, the headers and the entire body. Default 10,000. */
  timeout?: number;
  /** The most bytes the body may have; reading stops, and fails, as soon as it passes them. Default 20 MB (20 × 1024²). */
  maxBytes?: number;
  /** The most redirects followed (each one checked as the first address is). Default 5. */
  maxRedirects?: number;
  /**
   * Addresses that are not public are refused by default: loopback (127/8, ::1), private (10/8, 172.16/12,
   * 192.168/16), link-local (169.254/16, fe80::/10), unique-local (fc00::/7), unspecified (0.0.0.0, ::), shared
   * CGNAT (100.64/10), multicast, broadcast, reserved and documentation ranges, and IPv6 forms that carry one of
   * these (IPv4-mapped, IPv4-compatible, NAT64, 6to4). `true` allows them all (a server reading its own intranet);
   * a list allows only its addresses and CIDR ranges (`['127.0.0.1', '10.1.0.0/16']`); a function is asked about
   * each address. Whatever is allowed, the check is made on the address connected to, at every redirect.
   */
  allowPrivateAddresses?: boolean | readonly string[] | ((address: string) => boolean);
  /** Request headers, e.g. `accept`. */
  headers?: Record<string, string>;
  /** Stops the read, failing with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Resolves a host name to its addresses (default: `dns.lookup` with `all: true`). For tests and custom resolvers:
   * what it answers is checked as any address is.
   */
  lookup?: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

/** What went wrong, for callers that branch on it. */
export type ReadUrlErrorCode = 'bad-url' | 'refused-address' | 'timeout' | 'too-large' | 'too-many-redirects' | 'http' | 'network';

/** A URL that could not be read; `message` says which URL, and which limit or address stopped it. */
export class ReadUrlError extends Error {
  override readonly name = 'ReadUrlError';

  constructor(
    readonly code: ReadUrlErrorCode,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A body read in full: its bytes, its Content-Type, the URL it came from (after redirects) and its status. */
export interface UrlBody {
  bytes: Uint8Array;
  contentType: string | undefined;
  url: string;
  status: number;
}

// -- Addresses ------------------------------------------------------------------------------------------------------

const V4_RANGES: [string, number, string][] = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['255.255.255.255', 32, 'the broadcast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

const V6_RANGES: [string, number, string][] = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['64:ff9b:1::', 48, 'a local NAT64 address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 32, 'a Teredo address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique-local address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

/** Each range as a BlockList of its own, with the words for an address in it. */
const blockLists = (ranges: [string, number, string][], type: 'ipv4' | 'ipv6') =>
  ranges.map(([network, prefix, kind]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return [list, kind] as const;
  });
const v4Ranges = blockLists(V4_RANGES, 'ipv4');
const v6Ranges = blockLists(V6_RANGES, 'ipv6');

/** An IPv6 address as its eight 16-bit groups (a zone index dropped), or undefined when it is none. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left, right, extra] = text.split('::');
  if (extra !== undefined) return undefined;
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const head = groups(left);
  const tail = groups(right);
  const fill = right === undefined ? [] : Array<number>(8 - head.length - tail.length).fill(0);
  const all = [...head, ...fill, ...tail];
  return all.length === 8 && all.every((group) => group >= 0 && group <= 0xffff) ? all : undefined;
}

const v4From = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * Why `address` (an IP address) is not a public one, in words ("a loopback address"), or undefined for a public
 * address. IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64
 * 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address they carry.
 */
export function nonPublicAddress(address: string): string | undefined {
  const family = isIP(address);
  if (family === 4) return v4Ranges.find(([list]) => list.check(address, 'ipv4'))?.[1];
  if (family !== 6) return 'not an IP address';
  const g = ipv6Groups(address);
  if (!g) return 'not an IP address';
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const carried = (v4: string, form: string) => {
    const kind = nonPublicAddress(v4);
    return kind && `${kind} (${v4}, in its ${form} form)`;
  };
  if (!g0 && !g1 && !g2 && !g3 && !g4 && g5 === 0xffff) return carried(v4From(g6, g7), 'IPv4-mapped IPv6');
  if (!g0 && !g1 && !g2 && !g3 && !g4 && !g5 && (g6 || g7 > 1)) return carried(v4From(g6, g7), 'IPv4-compatible IPv6');
  if (g0 === 0x64 && g1 === 0xff9b && !g2 && !g3 && !g4 && !g5) return carried(v4From(g6, g7), 'NAT64');
  if (g0 === 0x2002) return carried(v4From(g1, g2), '6to4');
  const canonical = g.map((group) => group.toString(16)).join(':');
  return v6Ranges.find(([list]) => list.check(canonical, 'ipv6'))?.[1];
}

/** The caller's allowPrivateAddresses as a test of one address. */
function allowedBy(rule: ReadUrlOptions['allowPrivateAddresses']): (address: string) => boolean {
  if (typeof rule === 'function') return rule;
  if (!Array.isArray(rule)) return () => rule === true;
  const list = new BlockList();
  for (const entry of rule as readonly string[]) {
    const [network = '', prefix] = String(entry).split('/');
    const type = isIP(network) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(network)) throw new TypeError(`allowPrivateAddresses: ${JSON.stringify(entry)} is not an IP address or CIDR range.`);
    if (prefix === undefined) list.addAddress(network, type);
    else list.addSubnet(network, Number(prefix), type);
  }
  return (address) => list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

// -- Reading ----------------------------------------------------------------------------------------------------------

const parsed = (url: string) => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} second${ms === 1000 ? '' : 's'}`;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 100) / 100} MB (${bytes.toLocaleString('en')} bytes)`;

/**
 * Reads `url` (http or https) in full, within the limits of `options` (see ReadUrlOptions), following redirects
 * itself. Fails with a ReadUrlError whose message says which URL, and which limit or address stopped it.
 */
export async function readUrl(url: string, options: ReadUrlOptions = {}): Promise<UrlBody> {
  const timeout = options.timeout ?? DEFAULT_READ_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowed = allowedBy(options.allowPrivateAddresses);
  const resolve = options.lookup ?? ((hostname: string) => dnsLookup(hostname, { all: true, verbatim: true }));
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new ReadUrlError(
          'timeout',
          `${url} was not read within ${seconds(timeout)}, the time limit (the timeout option): it answered too slowly, or not at all.`,
          url,
        ),
      ),
    timeout,
  );
  const fromCaller = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) fromCaller();
  options.signal?.addEventListener('abort', fromCaller, { once: true });
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const via = current === url ? '' : `${url} redirected to ${current}, which `;
      const target = parsed(current);
      if (!target || !/^https?:$/.test(target.protocol)) {
        throw new ReadUrlError('bad-url', `${via || `${url} `}is not an http(s) URL, and was not read.`, url);
      }
      const refusal = (address: string) => {
        const kind = nonPublicAddress(address);
        return kind && !allowed(address)
          ? new ReadUrlError(
              'refused-address',
              `${via || `${url} `}was not read: ${target.hostname} is ${address}, ${kind}. Only public addresses are read, unless allowPrivateAddresses allows it.`,
              url,
            )
          : undefined;
      };
      const response = await get(target, options.headers ?? {}, resolve, refusal, controller.signal, (error) =>
        error instanceof ReadUrlError || controller.signal.aborted
          ? error
          : new ReadUrlError('network', `${via || `${url} `}could not be reached: ${error.message}.`, url),
      );
      const location = response.headers.location;
      if (response.statusCode! >= 300 && response.statusCode! < 400 && location) {
        response.destroy();
        if (redirects >= maxRedirects) {
          throw new ReadUrlError(
            'too-many-redirects',
            `${url} redirected more than ${maxRedirects} times (the maxRedirects limit), and was not read; the last address was ${current}.`,
            url,
          );
        }
        current = new URL(location, current).href;
        continue;
      }
      if (response.statusCode! < 200 || response.statusCode! >= 300) {
        response.destroy();
        const status = `${response.statusCode}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
        throw new ReadUrlError('http', `${via || `${url} `}answered with HTTP ${status}.`, url, response.statusCode);
      }
      const bytes = await readBody(
        response,
        maxBytes,
        controller.signal,
        (detail) =>
          new ReadUrlError(
            'too-large',
            `${via || `${url} `}is larger than the ${megabytes(maxBytes)} limit (the maxBytes option): ${detail}.`,
            url,
          ),
      );
      return { bytes, contentType: response.headers['content-type'], url: current, status: response.statusCode! };
    }
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', fromCaller);
  }
}

/** readUrl(), decoded as a feed is (decodeFeedBytes: byte-order mark, Content-Type charset, XML declaration, UTF-8). */
export async function readFeedText(
  url: string,
  options: ReadUrlOptions = {},
): Promise<{ text: string; contentType: string | undefined; url: string }> {
  const body = await readUrl(url, options);
  return { text: decodeFeedBytes(body.bytes, body.contentType), contentType: body.contentType, url: body.url };
}

/** One GET, resolved with the response's head; the socket connects only to an address `refusal` lets through. */
function get(
  target: URL,
  headers: Record<string, string>,
  resolve: NonNullable<ReadUrlOptions['lookup']>,
  refusal: (address: string) => ReadUrlError | undefined,
  signal: AbortSignal,
  explain: (error: Error) => Error,
): Promise<IncomingMessage> {
  return new Promise((done, fail) => {
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const refused = refusal(host);
      if (refused) return fail(refused);
    }
    // Node calls this for host names (not IP literals): only allowed addresses are offered to connect to.
    const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
      resolve(hostname).then(
        (answers) => {
          const family = lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 'IPv6' ? 6 : lookupOptions.family;
          const found = answers.filter((answer) => !family || answer.family === family);
          const usable = found.filter((answer) => !refusal(answer.address));
          if (!found.length) return callback(new Error(`${hostname} has no address`), '', 0);
          if (!usable.length) return callback(refusal(found[0]!.address)!, '', 0);
          if (lookupOptions.all) return (callback as (error: null, addresses: typeof usable) => void)(null, usable);
          callback(null, usable[0]!.address, usable[0]!.family);
        },
        (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
      );
    };
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
      method: 'GET',
      headers: { 'accept-encoding': 'identity', ...headers },
      agent: false,
      lookup,
    });
    const onAbort = () => request.destroy(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    // The address actually connected to, checked again: what the lookup let through, or an IP literal.
    request.on('socket', (socket: Socket) =>
      socket.once('connect', () => {
        const refused = socket.remoteAddress ? refusal(socket.remoteAddress) : undefined;
        if (refused) request.destroy(refused);
      }),
    );
    request.on('response', (response) => {
      signal.removeEventListener('abort', onAbort);
      done(response);
    });
    request.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      fail(explain(error));
    });
    request.end();
  });
}

/** The response's body, read as it streams, failing as soon as it passes `maxBytes` (or says it will). */
async function readBody(
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  tooLarge: (detail: string) => ReadUrlError,
): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge(`it announced ${declared.toLocaleString('en')} bytes, so none were read`);
  }
  const onAbort = () => response.destroy(signal.reason);
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of response as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > maxBytes) {
        response.destroy();
        throw tooLarge(`reading stopped after ${length.toLocaleString('en')} bytes`);
      }
      chunks.push(chunk);
    }
    return new Uint8Array(Buffer.concat(chunks, length));
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
