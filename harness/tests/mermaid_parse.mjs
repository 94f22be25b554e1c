// Parse a mermaid diagram from stdin with mermaid's own parser (jsdom supplies the DOM that
// mermaid's sanitizer expects). Exit 0 when it parses, 1 with the error otherwise.
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
let text = '';
for await (const chunk of process.stdin) text += chunk;
try {
  const r = await mermaid.parse(text);
  console.log('parsed: ' + r.diagramType);
} catch (e) {
  console.error('parse error: ' + (e.message || e));
  process.exit(1);
}
