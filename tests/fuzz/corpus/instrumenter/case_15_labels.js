 // Labels, break and continue across blocks and loops.
function search(grid, target) {
  let found = null;
  outer: for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) { found = [r, c]; break outer; }
      if (grid[r][c] < 0) continue outer;
    }
  }
  return found;
}
console.log(JSON.stringify(search([[1, -1, 3], [4, 5, 6]], 5)));
function labelledBlock() {
  block: {
    if (true) break block;
    return 'not reached';
  }
  return 'after block';
}
console.log(labelledBlock());
const arrowLabel = () => { lbl: for (;;) { break lbl } return 'ok' };
console.log(arrowLabel());
