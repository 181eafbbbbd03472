/**
 * Builds an element with a class and text. Scripts put content on pages only this way (as text,
 * never as HTML), which is also what Trusted Types requires.
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
