/**
 * Puts a QR code on the page. The QR library is loaded only when a code is drawn, so pages that
 * nobody shares stay small.
 */
const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * Draws a QR code for `url` into `target`, with DOM calls only (no markup is parsed). When codes
 * are asked for quickly one after another, only the last one asked for is shown.
 */
const latest = new WeakMap<HTMLElement, string>();

export async function drawQr(target: HTMLElement, url: string, label: string): Promise<void> {
  latest.set(target, url);
  const { qrDrawing } = await import('./qr');
  const drawing = qrDrawing(url);
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', `0 0 ${drawing.size} ${drawing.size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('qr-code');
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute('d', drawing.path);
  path.setAttribute('fill', '#000000');
  svg.append(background, path);
  svg.dataset.url = url;
  if (latest.get(target) === url) target.replaceChildren(svg);
}

