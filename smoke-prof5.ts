import { baseDictionary } from './src/actors/build-dictionary.js';
import { makeMention } from './src/actors/make-mention.js';
const dict = baseDictionary();
const rec = dict.records.get('state:MEX')!;
const per = dict.records.get('per:claudia-sheinbaum')!;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
for (let k = 0; k < 3; k++) {
  let t = cpu(); let n = 0;
  for (let i = 0; i < 200000; i++) n += makeMention(dict, rec, { start: i, end: i + 5, text: 'Mexico', via: 'name', rule: 'dictionary' }, '2024-06-01').start;
  const a = cpu() - t; t = cpu();
  for (let i = 0; i < 200000; i++) n += makeMention(dict, per, { start: i, end: i + 5, text: 'Sheinbaum', via: 'leader', rule: 'dictionary' }, '2024-06-01').start;
  const b = cpu() - t;
  console.log(`state ${(a / 0.2).toFixed(2)} us/call, person ${(b / 0.2).toFixed(2)} us/call`, n > 0);
}
