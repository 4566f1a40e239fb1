/**
 * The computed styles a picture of the board copies onto each element. html-to-image copies
 * every property Chromium knows (over 500) by default, one call each, and writes them all into
 * the picture's SVG: for a 1,000-card map that was two million calls and a 44 MB SVG. These
 * are the properties the board's own stylesheets set or depend on; anything else keeps its
 * initial value, as it does on screen.
 */
const BOX = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'box-sizing',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'overflow-x', 'overflow-y', 'visibility', 'opacity', 'transform', 'transform-origin', 'clip', 'clip-path', 'aspect-ratio',
];
const LAYOUT = [
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order',
  'align-items', 'align-self', 'align-content', 'justify-content', 'justify-items', 'justify-self',
  'row-gap', 'column-gap', 'grid-template-columns', 'grid-template-rows', 'grid-auto-flow',
  'grid-auto-rows', 'grid-auto-columns', 'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end',
];
const PAINT = [
  'background-color', 'background-image', 'background-size', 'background-position', 'background-repeat',
  'background-clip', 'background-origin',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'outline-width', 'outline-style', 'outline-color', 'outline-offset', 'box-shadow', 'filter',
];
const TEXT = [
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'line-height',
  'letter-spacing', 'text-align', 'text-transform', 'text-indent', 'text-overflow', 'vertical-align',
  'text-decoration-line', 'text-decoration-color', 'text-decoration-style',
  'white-space', 'word-break', 'overflow-wrap', '-webkit-line-clamp', '-webkit-box-orient', 'list-style-type',
  'writing-mode', 'text-orientation',
  // Pseudo-elements (a status dot, say) are copied with the same list, and need their content.
  'content',
];
const SVG = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin'];

export const PICTURE_STYLE_PROPERTIES: readonly string[] = [...BOX, ...LAYOUT, ...PAINT, ...TEXT, ...SVG];
