for (const name of ['first', 'second', 'third']) {
  setTimeout(() => {
    console.log(name);
    process.nextTick(() => console.log('  tick after ' + name));
    Promise.resolve().then(() => console.log('  promise after ' + name));
  }, 10);
}
