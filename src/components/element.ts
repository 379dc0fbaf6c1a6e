type Child = Node | string | false | undefined | null | 0;

/**
 * A new element with DOM calls only: attributes set in the order given (undefined ones left out), then the
 * children, strings becoming text nodes. Nothing is ever parsed as HTML, so feed text stays text.
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | undefined>,
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Sets the attributes whose values changed and removes those given as undefined. */
export function setAttributes(node: Element, attributes: Record<string, string | undefined>): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined) node.removeAttribute(name);
    else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  }
}

/** Replaces the children of `node` with `content` when the text they show differs. */
export function setContent(node: Element, ...content: Child[]): void {
  const shown = content.filter((child): child is Node | string => !!child);
  const text = shown.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  if (node.textContent !== text) node.replaceChildren(...shown);
}
