// Run in a fresh process by the mentions bench: CPU time to import the actors stage and to make
// its dictionary ready, printed as JSON. A separate process, because the bench's own process has
// long since loaded the dictionary.
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const t0 = cpu();
const actors = await import('../src/actors/index.js');
const t1 = cpu();
actors.baseDictionary();
const t2 = cpu();
console.log(JSON.stringify({ importMs: t1 - t0, dictionaryMs: t2 - t1 }));
