/**
 * HTML that tries to run code, each setting `window.__pwned` (or its parent's) if it ever
 * ran: scripts, event handlers, javascript: and data: addresses, SVG and MathML tricks,
 * frames, forms, CSS url(javascript:), and parser confusion (mutation XSS). Shared by the core
 * sanitiser and printing tests and the renderer test, and counted in the reliability figures.
 */
export interface HostileHtml {
  name: string;
  html: string;
  /** Harmless where it lands (an SVG shown by <img> runs no script): kept to see that nothing changes that. */
  inert?: true;
}

const svgPayload = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=\'svgdata\'"></svg>').toString('base64');
const htmlPayload = Buffer.from('<script>parent.__pwned="datahtml"</script>').toString('base64');

export const hostileHtml: readonly HostileHtml[] = [
  { name: 'script element', html: '<p>Hei</p><script>window.__pwned = "script"</script>' },
  { name: 'script with odd casing and attributes', html: '<ScRiPt type="text/javascript" >window.__pwned="case"</sCrIpT>' },
  { name: 'img onerror', html: '<img src="x" onerror="window.__pwned=\'img\'">' },
  { name: 'img onerror without quotes', html: '<img src=x onerror=window.__pwned=1>' },
  { name: 'svg onload', html: '<svg onload="window.__pwned=\'svg\'"><circle r="5"></circle></svg>' },
  { name: 'script inside svg', html: '<svg><script>window.__pwned="svgscript"</script></svg>' },
  { name: 'svg animate that turns a link into javascript:', html: '<svg><a><animate attributeName="href" values="javascript:window.__pwned=1"></animate><text y="20">klikk</text></a></svg>' },
  { name: 'svg foreignObject', html: '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe></foreignObject></svg>' },
  { name: 'data: svg image with a handler', html: `<img src="data:image/svg+xml;base64,${svgPayload}" alt="bilde">`, inert: true },
  { name: 'javascript: link', html: '<a href="javascript:window.__pwned=\'link\'">klikk her</a>' },
  { name: 'javascript: link hidden with a tab and entities', html: '<a href="jav&#x09;ascript&colon;window.__pwned=1">klikk</a>' },
  { name: 'vbscript: and data:text/html links', html: `<a href="vbscript:msgbox(1)">a</a><a href="data:text/html;base64,${htmlPayload}">b</a>` },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>parent.__pwned=\'srcdoc\'</script>"></iframe>' },
  { name: 'iframe javascript: src', html: '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>' },
  { name: 'object and embed', html: '<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=1">' },
  { name: 'form with javascript: action', html: '<form action="javascript:window.__pwned=1"><input name="q" autofocus onfocus="window.__pwned=\'focus\'"><button>Send</button></form>' },
  { name: 'button formaction', html: '<button formaction="javascript:window.__pwned=1">Send</button>' },
  { name: 'CSS url(javascript:) in a style attribute', html: '<p style="background-image:url(javascript:window.__pwned=1)">tekst</p>' },
  { name: 'style element with @import', html: '<style>@import "javascript:window.__pwned=1"; p { background: url(javascript:window.__pwned=1) }</style><p>x</p>' },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">' },
  { name: 'base href', html: '<base href="javascript:window.__pwned=1//"><a href="x">x</a>' },
  { name: 'details ontoggle', html: '<details open ontoggle="window.__pwned=\'toggle\'"><summary>s</summary></details>' },
  { name: 'body onload', html: '<body onload="window.__pwned=\'body\'"><p>x</p></body>' },
  { name: 'link import', html: '<link rel="stylesheet" href="javascript:window.__pwned=1">' },
  { name: 'MathML mutation', html: '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'mglyph\'">' },
  { name: 'noscript mutation', html: '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'noscript\'>"></p></noscript>' },
  { name: 'comment breakout', html: '<!--><img src=x onerror="window.__pwned=\'comment\'">-->' },
  { name: 'template and slot', html: '<template><script>window.__pwned=1</script></template><p>x</p>' },
];

/** Element names that never belong in lesson text or a printout built from it. */
export const activeElements = ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'button', 'input', 'svg', 'math', 'style', 'link', 'meta', 'base', 'template', 'noscript', 'animate', 'foreignobject'];

/** The first sign of active content in a parsed tree, or undefined. Works on any DOM-like element list. */
export function activeContent(elements: Iterable<{ tagName: string; attributes: Iterable<{ name: string; value: string }> }>): string | undefined {
  for (const element of elements) {
    const tag = element.tagName.toLowerCase();
    if (activeElements.includes(tag)) return `<${tag}>`;
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
      if (name.startsWith('on')) return `${tag} ${name}=`;
      if (name === 'style' && /url\(|expression\(|javascript:/u.test(value)) return `${tag} style=${value}`;
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'].includes(name)) {
        // An image address may be any data:image: a picture shown by <img> never runs script (SVG included).
        const inertImage = tag === 'img' && name === 'src' && value.startsWith('data:image/');
        if (/^(javascript|vbscript):/u.test(value) || (!inertImage && /^data:(?!image\/(png|jpeg|gif|webp);base64,)/u.test(value))) return `${tag} ${name}=${value}`;
        if (name === 'srcdoc') return `${tag} srcdoc`;
      }
    }
  }
  return undefined;
}
