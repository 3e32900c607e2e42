#!/usr/bin/env node
// WCAG contrast of the colour tokens in renderer/styles/tokens.css, in both themes.
// Prints each (foreground, background) pair the stylesheets use, with its ratio, and exits 1
// when one falls short: text needs 4.5:1 (AA), non-text UI (focus ring, input borders, status
// dots, accent lines) 3:1. Each colour token is light-dark(light, dark); a plain value is the same
// in both themes. Usage: node tests/support/contrastCheck.mjs [path/to/tokens.css]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../../renderer/styles/tokens.css', import.meta.url));
const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties declared directly inside the first block that follows `selector {`. */
function block(selector) {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`tokens.css: no block for ${selector}`);
  const open = css.indexOf('{', at);
  let depth = 0;
  let end = open;
  for (; end < css.length; end++) {
    if (css[end] === '{') depth++;
    else if (css[end] === '}' && --depth === 0) break;
  }
  const vars = {};
  for (const m of css.slice(open + 1, end).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[m[1]] = m[2].trim();
  return vars;
}

const root = block(':root');
/** The token set as one theme sees it: the first or second value of each light-dark(). */
const themeOf = (index) =>
  Object.fromEntries(
    Object.entries(root).map(([name, value]) => {
      const pair = value.match(/^light-dark\(\s*((?:[^,()]|\([^()]*\))+?)\s*,\s*((?:[^,()]|\([^()]*\))+?)\s*\)$/);
      return [name, pair ? pair[index + 1] : value];
    }),
  );
const themes = { light: themeOf(0), dark: themeOf(1) };

/** A token's colour as [r, g, b, a], following var() references. */
function colour(vars, name, seen = new Set()) {
  if (seen.has(name)) throw new Error(`cycle at ${name}`);
  seen.add(name);
  const value = vars[name];
  if (value === undefined) throw new Error(`no token ${name}`);
  const ref = value.match(/^var\((--[\w-]+)\)$/);
  if (ref) return colour(vars, ref[1], seen);
  const hex = value.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1);
  }
  const rgb = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[/,]\s*([\d.]+)(%?))?\s*\)$/);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  throw new Error(`${name}: cannot read colour ${value}`);
}

const luminance = ([r, g, b]) => {
  const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** Contrast of fg over bg; a translucent fg is first composited over bg. */
function ratio(fg, bg) {
  const a = fg[3];
  const over = [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a));
  const [hi, lo] = [luminance(over), luminance(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const UI = 3;
const paneBgs = ['--bg', '--surface', '--sidebar', '--selected'];
const chipBgs = ['--chip-person', '--chip-place', '--chip-org'];
// [foreground, backgrounds it sits on, minimum, where]
const pairs = [
  ['--text', [...paneBgs, ...chipBgs, '--badge-bg', '--warning-bg', '--danger-bg'], TEXT, 'body text, notices, errors'],
  ['--muted', [...paneBgs, ...chipBgs, '--badge-bg', '--warning-bg'], TEXT, 'meta, counts, hints, chip counts, search notes, badges'],
  ['--accent', paneBgs, TEXT, 'kicker, section, links, danger button, form errors'],
  ['--accent-contrast', ['--accent'], TEXT, 'primary button, unusable marks, error notice'],
  ['--chip-text', [...chipBgs, '--selected'], TEXT, 'chips'],
  ['--bg', ['--text'], TEXT, 'inverted: tag notice, toggles that are on'],
  ['--warning-text', ['--bg', '--surface', '--sidebar', '--warning-bg'], TEXT, 'offline, warnings'],
  ['--danger', ['--bg', '--surface', '--danger-bg'], TEXT, 'field errors'],
  ['--star', ['--surface', '--selected'], TEXT, 'star mark in rows'],
  ['--mark-text', ['--mark-bg'], TEXT, 'search hits'],
  ['--focus', [...paneBgs, ...chipBgs], UI, 'focus ring'],
  ['--input-border', ['--bg', '--surface'], UI, 'input borders'],
  ['--accent', ['--bg', '--surface', '--sidebar', '--selected'], UI, 'pane focus line, selected row edge'],
  ['--success', ['--surface', '--sidebar'], UI, 'status dots, import toast edge'],
  ['--warning', ['--surface', '--sidebar'], UI, 'status dots'],
  ['--danger', ['--surface', '--sidebar', '--danger-bg'], UI, 'status dots, error notice edge'],
  ['--accent', ['--danger-bg', '--warning-bg'], UI, 'import problems border, unusable strike'],
];

let failures = 0;
const report = [];
for (const [theme, vars] of Object.entries(themes)) {
  let min = Infinity;
  let minPair = '';
  console.log(`\n${theme}`);
  for (const [fg, bgs, need, where] of pairs) {
    for (const bg of bgs) {
      const r = ratio(colour(vars, fg), colour(vars, bg));
      const ok = r >= need;
      if (!ok) failures++;
      if (need === TEXT && r < min) [min, minPair] = [r, `${fg} on ${bg}`];
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${r.toFixed(2).padStart(5)}:1 (>= ${need})  ${fg.padEnd(17)} on ${bg.padEnd(14)} ${where}`);
    }
  }
  report.push(`${theme}: lowest text ratio ${min.toFixed(2)}:1 (${minPair})`);
}

console.log(`\n${report.join('\n')}`);
console.log(failures ? `\n${failures} failing` : '\nall pairs pass');
process.exitCode = failures ? 1 : 0;
