#!/usr/bin/env node
// Validates data/ and compiles it for the runtime. Each data family registers a check here.
console.log('build-data: nothing to compile yet');
