#!/usr/bin/env node
// Renders icons/icon.svg, the one source, to the PNG sizes the manifest names.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('../icons/icon.svg', import.meta.url));
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png);
}
