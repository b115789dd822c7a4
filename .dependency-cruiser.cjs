// CI's structure rules (npm run lint): no import cycles, type-only imports included, generated/ may lean on
// src/contract.ts alone, and node-redis stays inside src/redis.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'generated-depends-on-contract-only',
      severity: 'error',
      from: { path: '^generated/' },
      to: { path: '^src/', pathNot: '^src/contract\\.ts$' },
    },
    { name: 'contract-imports-nothing', severity: 'error', from: { path: '^src/contract\\.ts$' }, to: {} },
    // The package root never loads node-redis: only the fleet objects (graph-comms-sdk/redis) touch it, and only
    // that subpath's own entry reaches them.
    {
      name: 'redis-client-only-in-src-redis',
      severity: 'error',
      from: { pathNot: '^src/redis/' },
      to: { path: '(^|/)node_modules/(redis|@redis/[^/]+)/' },
    },
    { name: 'nothing-imports-src-redis', severity: 'error', from: { pathNot: '^src/redis/' }, to: { path: '^src/redis/' } },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // npm modules stay in the graph (not followed), so that the rule on node-redis can see who imports it.
    exclude: { path: 'node_modules/(?!(redis|@redis)/)' },
  },
};
