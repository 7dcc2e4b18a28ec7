 // Puzzle: two async functions awaiting each other's results interleave tick by tick.
async function inner(name) {
  console.log(name, 'inner start');
  await null;
  console.log(name, 'inner after await');
  return name + '!';
}
async function outer(name) {
  console.log(name, 'outer start');
  const v = await inner(name);
  console.log(name, 'outer got', v);
}
outer('A');
outer('B');
console.log('sync end');
