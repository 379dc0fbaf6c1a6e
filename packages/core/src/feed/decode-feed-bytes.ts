// A feed's bytes as text, in the charset it is written in. Pure (TextDecoder only): the browser loads it lazily, for
// feeds that are not plain UTF-8 (fetch-feed.ts), and the server reader (src/server/read-url.ts) and so the
// `impact-stories` command use it for every feed they read.

/** The bytes a byte-order mark takes, and the encoding it names. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The charset parameter of a Content-Type header (`text/xml; charset="windows-1251"` gives windows-1251). */
const contentTypeCharset = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
/** The encoding of an XML declaration; run on at most 1024 characters, anchored at the start: linear. */
const xmlEncoding = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** A TextDecoder for `label`, or undefined for a label the Encoding standard does not know (or `replacement`). */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  try {
    return label ? new TextDecoder(label) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The encoding a feed's bytes are read in, as a TextDecoder encoding name (`utf-8`, `windows-1252`, `gbk`…), and
 * how many bytes of byte-order mark come first. In order:
 *
 * 1. a byte-order mark (UTF-8, UTF-16BE, UTF-16LE): it wins over everything, as in the Encoding standard's
 *    "decode", since it is in the bytes themselves;
 * 2. JSON (its first character, after white space, is `{` or `[`) is UTF-8, as RFC 8259 requires and as browsers
 *    read it, whatever the Content-Type's charset says (servers often add a default charset that is wrong for it);
 * 3. the `charset` of the Content-Type header;
 * 4. the `encoding` of an XML declaration (read in the first 1024 bytes; UTF-16 there without a byte-order mark
 *    means UTF-8, as in the HTML standard, since the declaration could be read as ASCII);
 * 5. UTF-8, the default of XML.
 *
 * A label TextDecoder does not know is passed over, to the next rule. ISO-8859-1 and US-ASCII labels read as
 * windows-1252, as browsers read them.
 */
export function feedEncoding(bytes: Uint8Array, contentType?: string | null): { encoding: string; bom: number } {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) return { encoding, bom: mark.length };
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  // JSON is UTF-8 (RFC 8259), whatever a server's default charset says: a label is for XML and other text.
  if (/^\s*[[{]/.test(head)) return { encoding: 'utf-8', bom: 0 };
  const declared = decoderFor(contentTypeCharset.exec((contentType ?? '').slice(0, 1024))?.[1]);
  if (declared) return { encoding: declared.encoding, bom: 0 };
  const xml = decoderFor(xmlEncoding.exec(head)?.[1]);
  if (xml) return { encoding: /^utf-16/.test(xml.encoding) ? 'utf-8' : xml.encoding, bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/** An XML declaration's encoding pseudo-attribute (anchored, on at most 1024 characters: linear). */
const declaredEncoding = /^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(?:"[^"]*"|'[^']*')/;

/**
 * The feed's text, decoded as feedEncoding() says, without its byte-order mark. Undecodable bytes become U+FFFD.
 * An XML declaration loses its `encoding`, which no longer applies to text already decoded (and which WebKit's
 * DOMParser refuses when it does not know the label).
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const { encoding, bom } = feedEncoding(bytes, contentType);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom));
  return text.startsWith('<?xml', text.search(/\S/)) ? text.slice(0, 1024).replace(declaredEncoding, '$1') + text.slice(1024) : text;
}

/** decodeFeedBytes() for a Blob (the browser's fetch-feed.ts reads a feed's body into one). */
export async function decodeFeedBlob(blob: Blob, contentType?: string | null): Promise<string> {
  return decodeFeedBytes(new Uint8Array(await blob.arrayBuffer()), contentType);
}
