// Renders Mermaid diagrams with the real Mermaid library in headless Chromium.
//   node render.mjs [--png OUT.png] FILE.mmd...
// Prints one line per file, "ok FILE" or "error FILE: message", and exits 1 when any fails.
// With --png, the first diagram is also drawn into OUT.png.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let png = null;
if (args[0] === '--png') {
  png = args[1];
  args.splice(0, 2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="out"></div></body></html>');
  await page.addScriptTag({ path: join(here, 'node_modules/mermaid/dist/mermaid.min.js') });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  for (let i = 0; i < args.length; i++) {
    const code = readFileSync(args[i], 'utf8');
    const result = await page.evaluate(async ([id, text]) => {
      try {
        await window.mermaid.parse(text);
        const { svg } = await window.mermaid.render(id, text);
        if (!svg.includes('<svg')) {
          return { ok: false, error: 'no SVG came out' };
        }
        return { ok: true, svg };
      } catch (e) {
        return { ok: false, error: String((e && e.message) || e) };
      }
    }, ['diagram' + i, code]);
    if (result.ok) {
      console.log('ok ' + args[i]);
      if (png && i === 0) {
        await page.evaluate((svg) => { document.getElementById('out').innerHTML = svg; }, result.svg);
        const element = await page.$('#out svg');
        await element.screenshot({ path: png });
      }
    } else {
      failed = true;
      console.log('error ' + args[i] + ': ' + result.error.replace(/\s+/g, ' '));
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
