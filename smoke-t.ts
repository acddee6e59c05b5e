import { parseUserActors } from '/work/main/src/actors/parse-user-actors.js';
for (const [t, f] of [['entries: [', 'broken.yaml'], ['entries:\n  - {id: per:y, type: person, name: Y, roles: ["MEX president 2020-13-01"]}\n', 'date.yaml']]) {
  try { console.log(parseUserActors(t, f, () => false)); } catch (e) { console.log('threw', (e as Error).message); }
}
