import { runCli } from './src/cli/main.js';
const code = await runCli(['node', 'chancery', ...process.argv.slice(2)]);
console.log('exit', code);
