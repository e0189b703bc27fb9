import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';
const browser: Browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
/** The e2e build pre-grants the local test server, standing in for the reader's "Allow" click. */
const testBuild = process.env.CLEARPAGE_TEST_BUILD === '1';

/** Firefox runs MV3 backgrounds as event pages and wants a gecko id; the rest of the manifest is shared. */
function manifestFor(target: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (testBuild) manifest.host_permissions = ['http://127.0.0.1/*'];
  if (target === 'firefox') {
    const { service_worker, type } = baseManifest.background;
    manifest.background = { scripts: [service_worker], type } as never;
    // Chrome's favicon cache has no Firefox counterpart; the popup falls back to a monogram.
    manifest.permissions = baseManifest.permissions.filter((permission) => permission !== 'favicon');
    manifest.browser_specific_settings = {
      gecko: { id: 'clearpage@clearpage.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    };
    // Firefox has no dynamic web-accessible URLs; it already randomises the extension's host per install.
    manifest.web_accessible_resources = baseManifest.web_accessible_resources.map(({ use_dynamic_url: _, ...rest }) => rest) as never;
  }
  return manifest as ManifestV3Export;
}

/** Rule lists are plain text (`src/rules/*.txt`); import them as strings, as esbuild's text loader does for the CLI. */
function textFiles(): Plugin {
  return {
    name: 'clearpage:text-files',
    // Before vite's asset handling, which would otherwise turn the file into its URL.
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.txt')) return null;
      return { code: `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`, map: null };
    },
  };
}

/** `_locales` must sit at the extension root; copy it from `src/_locales`. */
function locales(): Plugin {
  const root = 'src/_locales';
  return {
    name: 'clearpage:locales',
    generateBundle() {
      for (const lang of readdirSync(root)) {
        const fileName = `_locales/${lang}/messages.json`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(join(root, lang, 'messages.json'), 'utf8') });
      }
    },
  };
}

/**
 * crxjs lists IIFE content scripts as web-accessible and also emits an unused ES chunk of them.
 * We inject with `scripting` only, so neither is needed: pages should not be able to probe for us.
 */
function pruneContentScriptLeftovers(): Plugin {
  const isContentScript = (file: string) => file.startsWith('src/content/');
  return {
    name: 'clearpage:prune-content-script-leftovers',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.isEntry && output.facadeModuleId?.includes('/src/content/')) {
          const imported = Object.values(bundle).some((other) => other.type === 'chunk' && (other.imports.includes(fileName) || other.dynamicImports.includes(fileName)));
          if (!imported) delete bundle[fileName];
        }
      }
    },
    // crxjs writes the manifest itself after the bundle is generated, so edit it on disk.
    writeBundle({ dir }) {
      if (!dir) return;
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.web_accessible_resources = manifest.web_accessible_resources?.filter(
        (entry: { resources: string[] }) => !entry.resources.every(isContentScript),
      );
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Test hooks (e.g. calling a command handler that a headless browser cannot press) exist only in the e2e build.
  define: { __TEST_BUILD__: JSON.stringify(testBuild) },
  plugins: mode === 'test' || mode === 'e2e' ? [textFiles()] : [textFiles(), locales(), crx({ manifest: manifestFor(browser), browser }), pruneContentScriptLeftovers()],
  // crxjs builds `?script&iife` content scripts with no plugins (textFiles never runs there): vite's own `?raw` does.
  resolve: { alias: [{ find: /^(.*\.txt)$/, replacement: '$1?raw' }] },
  build: {
    // CLEARPAGE_OUT_DIR lets parallel work build without overwriting each other's output.
    outDir: process.env.CLEARPAGE_OUT_DIR ?? `dist/${browser}${testBuild ? '-test' : ''}`,
    emptyOutDir: true,
    target: 'es2022',
    // Extension pages load from the package; vite's preload polyfill would add a fetch() we do not need.
    modulePreload: { polyfill: false },
    minify: false,
    chunkSizeWarningLimit: 1024,
    // The reader page is only web-accessible, not named as a page in the manifest: crxjs needs it as an input.
    rollupOptions: { input: { reader: 'src/reader/index.html' } },
  },
  test:
    mode === 'e2e'
      ? // One Chromium at a time: the machines have two cores.
        { include: ['test/e2e/**/*.test.ts'], environment: 'node', fileParallelism: false, testTimeout: 90_000, hookTimeout: 90_000 }
      : { include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
}));
