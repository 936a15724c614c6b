#!/usr/bin/env node
// Adds lockfile entries for the platform-specific optional packages (darwin, win32, … builds
// of @swc/core, unrs-resolver, @parcel/watcher) that the registry reachable here does not
// serve. npm 11 leaves such packages out of package-lock.json when it cannot fetch their
// manifests, and `npm ci` then refuses the lockfile ("Missing: … from lock file"). Each entry
// records only what npm needs to skip the package on other platforms: version, os, cpu, libc,
// optional. Run after every `npm install`: `node scripts/complete-lockfile.js`.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const OS = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd', 'wasi'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'riscv64', 'loong64', 's390x', 'ppc64', 'wasm32', 'universal'];

/** os/cpu/libc from a platform package name such as `@swc/core-linux-x64-musl`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (!os && !cpu) return null;
  const platform = {};
  if (os) platform.os = [os];
  if (cpu && cpu !== 'universal') platform.cpu = [cpu === 'wasm32' ? 'wasm32' : cpu];
  if (os === 'linux' && parts.includes('musl')) platform.libc = ['musl'];
  else if (os === 'linux' && (parts.includes('gnu') || parts.includes('glibc') || parts.includes('gnueabihf'))) platform.libc = ['glibc'];
  return platform;
}

const file = join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) continue;
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    lock.packages[hoisted] = { version: spec, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`package-lock.json: ${added} platform entr${added === 1 ? 'y' : 'ies'} added\n`);
