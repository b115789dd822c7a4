// CI's structure rules (npm run lint): no import cycles, type-only imports included, and generated/ may lean on
// src/contract.ts alone.
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
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
