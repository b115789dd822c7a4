// The Graph stand-in as a child process, so the client process's CPU time (process.cpuUsage) and memory
// are the client's alone. Prints its base URL on stdout and exits when stdin closes (so it never
// outlives the benchmark, even one that crashed).
import { startGraphStandIn } from '../test/support/graph-stand-in.js';

const standIn = await startGraphStandIn({ acceptToken: () => true });
// The stand-in records every request and operation for tests to inspect; a benchmark sends hundreds of
// thousands, so the records are dropped as they come or the server would slow down as its heap grows.
const forget = setInterval(() => {
  standIn.requests.length = 0;
  standIn.forget();
}, 250);
process.stdout.write(`${standIn.url}\n`);
process.stdin.resume();
process.stdin.on('close', () => {
  clearInterval(forget);
  void standIn.close().finally(() => process.exit(0));
});
