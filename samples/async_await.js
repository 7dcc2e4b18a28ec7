// Title: async/await ordering
// Watch: an async function runs synchronously until its first await; the rest of it comes back later as a microtask.
async function loadUser() {
  console.log('loadUser: before await');
  await null;
  console.log('loadUser: after await');
  return 'ada';
}

async function main() {
  console.log('main: calling loadUser');
  const user = await loadUser();
  console.log('main: got', user);
}

main();
Promise.resolve().then(function otherMicrotask() {
  console.log('another microtask');
});
console.log('script end');
