import { readDataFile } from './src/actors/load-actor-data.js';
for (const f of ['phoenix.json','states.yaml','leaders.yaml','institutions.yaml','generic.yaml','ambiguous.yaml']) { const t = Date.now(); readDataFile(f); console.log(f, Date.now() - t); }
