import { launchBrowser } from './harness.js';
import { startApp } from './server.js';
const app = await startApp();
const browser = await launchBrowser();
const ctx = await browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.goto('/');
const info = await page.evaluate(`(() => {
  const pick = (sel, props) => {
    const el = document.querySelector(sel);
    if (!el) return sel + ": none";
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return sel + ': box=' + [r.x,r.y,r.width,r.height].map(Math.round).join(',') + ' ' + props.map((p) => p + '=' + cs.getPropertyValue(p)).join('; ');
  };
  return [
    pick('body', ['flex-direction','align-items','justify-content','margin', 'display', 'grid-template-columns', 'font-family', 'font-size', 'line-height']),
    pick('header.utrecht-page-header', ['display', 'justify-content', 'padding-inline', 'max-inline-size', 'margin-inline']),
    pick('header .nabij-container', ['display', 'justify-content', 'max-inline-size', 'margin-inline', 'inline-size']),
    pick('main', ['display', 'max-inline-size', 'margin-inline', 'padding-inline']),
    pick('main .nabij-container', ['max-inline-size', 'margin-inline', 'inline-size']),
    pick('footer', ['background-color', 'background-image', 'color', 'display', 'padding-inline', 'text-align']),
    pick('footer .nabij-container', ['max-inline-size', 'margin-inline', 'text-align']),
    pick('footer .utrecht-link', ['color', 'text-decoration-line']),
    pick('footer .utrecht-link-list', ['padding-inline-start', 'margin-inline-start', 'list-style']),
    pick('footer .utrecht-paragraph', ['color', 'text-align']),
    pick('.utrecht-paragraph', ['margin-block-start', 'margin-block-end']),
    pick('html', ['font-family','background-color']),
    pick('.nabij-brand', ['font-family']),
    pick('nav a', ['font-family','font-size']),
    pick('.nabij-door', ['font-family']),
    'scrollWidth=' + document.documentElement.scrollWidth + ' clientWidth=' + document.documentElement.clientWidth,
  ].join(' ## ');
})()`);
console.log(info);
for (const w of [320, 375]) {
  await page.setViewportSize({ width: w, height: 700 });
  console.log(w, await page.evaluate('document.documentElement.scrollWidth + " / " + document.documentElement.clientWidth'));
  await page.screenshot({ path: `/tmp/nojs/home-${w}.png`, fullPage: true });
}
await browser.close();
await app.close();
