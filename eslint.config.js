// Type-aware lint: promises must be awaited or handled, switches over unions must be exhaustive.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'web/dist/',
      'coverage/',
      '.test-data/',
      'eslint.config.js',
      '.dependency-cruiser.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON answers loosely typed; the assertions are what check them.
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Route files are HTTP only: validate, authorize, call a service, present. SQL lives in <feature>.queries.ts.
    // A request reads the clock once (app.ts): a handler takes request.now and request.program, so that a change
    // and its audit entry carry the same time and program version.
    files: ['src/features/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: 'SQL belongs in <feature>.queries.ts, called through a service.',
        },
        {
          selector:
            "CallExpression[callee.property.name='now']:matches([callee.object.name='clock'], [callee.object.property.name='clock'], [callee.object.name='Date'])",
          message: 'Use request.now: the one reading of the clock its audit entry is dated with.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use request.now: the one reading of the clock its audit entry is dated with.',
        },
        {
          selector:
            "CallExpression[callee.property.name='at']:matches([callee.object.name='programs'], [callee.object.property.name='programs'])",
          message: 'Use request.program: the version in force at request.now.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'pg', 'fastify*', '../features/*', '../platform/*', '../../*'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain takes `now` as an argument.',
        },
      ],
    },
  },
  {
    // The portal's hooks: called unconditionally, effects listing what they read, and the React Compiler's rules.
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
);
