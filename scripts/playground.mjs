// The browser playground (docs/playground/): build it, serve it, open it in Debian's Chromium.
//
//   node scripts/playground.mjs build        copy the built package into docs/playground/build/
//   node scripts/playground.mjs serve        serve docs/playground/ on http://127.0.0.1:8080/
//   node scripts/playground.mjs screenshot   write docs/playground/screenshot.png
//
// npm scripts: `build:playground`, `playground`, `playground:screenshot` (each builds the package
// first). test/package/browser.mjs uses the same functions.
//
// The page runs the package's own ESM files, copied unchanged from dist/ (dist/x12.js imports
// `./index.js` beside it, so the two files work in a browser as they are): the browser test then
// tests the exact files npm publishes. The copies are generated, not committed (.gitignore).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLAYGROUND_DIR = join(root, 'docs/playground');
const BUILD_DIR = join(PLAYGROUND_DIR, 'build');

/** The 837 files the page offers as examples (docs/playground/examples.js names them by file name). */
const EXAMPLE_FILES = ['examples/x12/home-infusion-claims.837', 'examples/x12/guide-example-10.3.837', 'test/fixtures/x12/demo.example6.837'];

/** Copies dist/index.js, dist/x12.js and the example 837 files into docs/playground/build/. */
export function buildPlayground() {
  for (const file of ['dist/index.js', 'dist/x12.js']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(join(BUILD_DIR, 'examples'), { recursive: true });
  copyFileSync(join(root, 'dist/index.js'), join(BUILD_DIR, 'index.js'));
  copyFileSync(join(root, 'dist/x12.js'), join(BUILD_DIR, 'x12.js'));
  for (const file of EXAMPLE_FILES) copyFileSync(join(root, file), join(BUILD_DIR, 'examples', file.split('/').pop()));
  return BUILD_DIR;
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.837': 'text/plain; charset=utf-8',
};

/**
 * Serves docs/playground/ as static files on 127.0.0.1 (port 0: an ephemeral port).
 * Resolves to `{ url, close }`.
 */
export function servePlayground(port = 0) {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const file = normalize(join(PLAYGROUND_DIR, path.endsWith('/') ? `${path}index.html` : path));
    // Only files inside docs/playground/ (a `..` in the path ends outside it).
    if (!file.startsWith(PLAYGROUND_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches Chromium headless through playwright-core (never a downloaded browser) with the flags
 * this machine needs: no sandbox as root, no GPU, and no background connections (the network is
 * closed; Chromium would otherwise keep trying). Playwright gives it a fresh temporary profile.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Builds the playground, loads the priced JSON example in Chromium and saves a screenshot. */
async function screenshot() {
  buildPlayground();
  const server = await servePlayground();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.click('button[data-example="json-pricing-worked-claim"]');
    await page.waitForSelector('body[data-example="json-pricing-worked-claim"]');
    await page.click('#run');
    await page.waitForSelector('#results .claim');
    await page.click('table.prices tbody tr:first-child details summary'); // show one line's arithmetic
    const out = join(PLAYGROUND_DIR, 'screenshot.png');
    await page.screenshot({ path: out, fullPage: true });
    console.log(`screenshot: ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'build') {
    console.log(`playground built: ${buildPlayground()}`);
  } else if (command === 'serve') {
    const { url } = await servePlayground(Number(process.env.PORT ?? 8080));
    console.log(`playground: ${url} (Ctrl-C to stop)`);
  } else if (command === 'screenshot') {
    await screenshot();
  } else {
    console.error('usage: node scripts/playground.mjs build | serve | screenshot');
    process.exit(2);
  }
}
