/**
 * Makes `nodes` the children of `parent`, in this order. Children no longer wanted are removed first, so a
 * kept node moves only when the order itself changes: focus, selection and image loads stay where they are.
 */
export function placeChildren(parent: Node, nodes: readonly Node[]): void {
  const wanted = new Set(nodes);
  for (const child of [...parent.childNodes]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, index) => {
    const current = parent.childNodes[index];
    if (current !== node) parent.insertBefore(node, current ?? null);
  });
}
