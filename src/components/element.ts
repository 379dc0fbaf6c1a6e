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
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}
