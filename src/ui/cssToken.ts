/** A colour or size token from the stylesheet, as the element sees it, so canvas drawings keep the board's palette. */
export function cssToken(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}
