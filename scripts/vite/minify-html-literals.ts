import type { Plugin } from 'vite';

const TAG = 'html`';

/**
 * The end of the `${…}` expression that starts at `start` (just after `${`), skipping strings, comments
 * and nested template literals, whose `html` templates are minified too.
 */
function expressionEnd(code: string, start: number, out: string[]): number {
  let depth = 0;
  let index = start;
  while (index < code.length) {
    const char = code[index];
    if (char === '}' && depth === 0) return index;
    if (char === '{') depth++;
    else if (char === '}') depth--;
    if (char === '`') {
      index = templateEnd(code, index, out, code.endsWith('html', index));
      continue;
    }
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < code.length && code[end] !== char) end += code[end] === '\\' ? 2 : 1;
      out.push(code.slice(index, end + 1));
      index = end + 1;
      continue;
    }
    if (char === '/' && (code[index + 1] === '/' || code[index + 1] === '*')) {
      const end = code[index + 1] === '/' ? code.indexOf('\n', index) : code.indexOf('*/', index) + 2;
      out.push(code.slice(index, end));
      index = end;
      continue;
    }
    out.push(char);
    index++;
  }
  throw new Error('minify-html-literals: unterminated ${…} expression');
}

/**
 * Copies the template literal whose backtick is at `start` into `out` and returns the index after it.
 * In an `html` template, spacing that holds a line break becomes just the line breaks: HTML shows any
 * run of spaces the same, outside `<pre>` and `<textarea>`, which these templates never hold as static text.
 */
function templateEnd(code: string, start: number, out: string[], minify: boolean): number {
  out.push('`');
  let index = start + 1;
  while (index < code.length) {
    const char = code[index];
    if (char === '\\') {
      out.push(code.slice(index, index + 2));
      index += 2;
    } else if (char === '`') {
      out.push('`');
      return index + 1;
    } else if (char === '$' && code[index + 1] === '{') {
      out.push('${');
      index = expressionEnd(code, index + 2, out);
      out.push('}');
      index++;
    } else if (minify && /\s/.test(char)) {
      let end = index;
      while (end < code.length && /\s/.test(code[end])) end++;
      const spacing = code.slice(index, end);
      const lineBreaks = spacing.split('\n').length - 1;
      // Line breaks stay, so source maps keep their lines; the indentation after them goes.
      out.push(lineBreaks ? '\n'.repeat(lineBreaks) : spacing);
      index = end;
    } else {
      out.push(char);
      index++;
    }
  }
  throw new Error('minify-html-literals: unterminated template literal');
}

/** `code` with the indentation inside each `html` tagged template removed. */
export function minifyHtmlTemplates(code: string): string {
  const out: string[] = [];
  let copied = 0;
  let found = code.indexOf(TAG);
  while (found !== -1) {
    const backtick = found + TAG.length - 1;
    out.push(code.slice(copied, backtick));
    copied = templateEnd(code, backtick, out, true);
    found = code.indexOf(TAG, copied);
  }
  out.push(code.slice(copied));
  return out.join('');
}

/** Minifies the markup of Lit `html` tagged templates in src/; Vite leaves template text as written. */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes(TAG)) return undefined;
      return { code: minifyHtmlTemplates(code), map: null };
    },
  };
}
