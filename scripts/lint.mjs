#!/usr/bin/env node
// House rules the compiler does not check: no `any` in source, files that stay small.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') walk(path);
    } else if (/\.tsx?$/.test(name)) check(path);
  }
}
function check(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (/(:\s*any\b|<any>|as any\b)/.test(line)) problems.push(`${path}:${i + 1}: 'any' is not allowed`);
  });
  if (lines.length > 400 && !path.endsWith('.test.ts')) problems.push(`${path}: ${lines.length} lines (split above ~300)`);
}
walk('src');
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
console.log('lint: ok');
