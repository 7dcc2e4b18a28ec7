// Async arrows created in loops; sequential vs parallel awaiting.
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function sequential() {
  const out = [];
  for (const ms of [90, 10, 50]) out.push(await delay(ms, ms));
  return out.join();
}
async function parallel() {
  const ps = [90, 10, 50].map(async ms => { const v = await delay(ms, ms); console.log('parallel got', v); return v });
  return (await Promise.all(ps)).join();
}
sequential().then(v => console.log('sequential', v));
parallel().then(v => console.log('parallel', v));
