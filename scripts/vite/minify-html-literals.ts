import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The [start, end) ranges of the static text of every `html` tagged template in `ast`. */
function htmlTemplateText(ast: unknown): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    const tag = node.tag as Node & { name?: string };
    if (node.type === 'TaggedTemplateExpression' && tag.type === 'Identifier' && tag.name === 'html') {
      for (const text of (node.quasi as { quasis: Node[] }).quasis) ranges.push([text.start, text.end]);
    }
    for (const key in node) if (key !== 'type') visit(node[key]);
  };
  visit(ast);
  return ranges;
}

/**
 * Spacing that holds a line break becomes just the line breaks: HTML shows any run of spaces the same,
 * outside `<pre>` and `<textarea>`, which these templates never hold as static text. Line breaks stay,
 * so source maps keep their lines.
 */
const withoutIndentation = (text: string) => text.replace(/\s*\n\s*/g, (spacing) => '\n'.repeat(spacing.split('\n').length - 1));

/** Removes the indentation inside Lit `html` tagged templates in src/; Vite leaves template text as written. */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('html`')) return undefined;
      const ranges = htmlTemplateText(this.parse(code)).sort((a, b) => a[0] - b[0]);
      let result = '';
      let copied = 0;
      for (const [start, end] of ranges) {
        result += code.slice(copied, start) + withoutIndentation(code.slice(start, end));
        copied = end;
      }
      return { code: result + code.slice(copied), map: null };
    },
  };
}
