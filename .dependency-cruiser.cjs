// The layers, checked by `npm run check` (dependency-cruiser, type-only imports included):
//   domain ← platform ← usecases ← features ← server.ts, worker.ts, cli/
// Each layer imports only those to its left; nothing imports in a circle, neither modules nor folders.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module imports itself through others: a cycle makes load order and layering accidental.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'No folder (a feature, a part of the platform) imports itself through others.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing of ours outside the domain (ESLint keeps it free of I/O as well).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'platform-below-use-cases',
      comment: 'The platform stands on the domain only: no use case, feature or entry point.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: ['^src/(usecases|features|cli)/', '^src/(server|worker)\\.ts$'] },
    },
    {
      name: 'use-cases-below-features',
      comment: 'Shared use cases are called by features and call none.',
      severity: 'error',
      from: { path: '^src/usecases/' },
      to: { path: ['^src/(features|cli)/', '^src/(server|worker)\\.ts$'] },
    },
    {
      name: 'features-below-entry-points',
      comment: 'Only server.ts, worker.ts and the CLI know every feature.',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: ['^src/cli/', '^src/(server|worker)\\.ts$'] },
    },
    {
      name: 'no-foreign-routes',
      comment:
        "A feature's routes are HTTP only: another feature takes what it needs from a service or schema.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/[^/]+\\.routes\\.ts$', pathNot: '^src/features/$1/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
