// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphql from '@graphql-eslint/eslint-plugin';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'test/generated/'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Decorated classes declare fields that type-graphql and MikroORM fill in.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': 'off',
      // `void qb.where(...)` marks the builder's fluent return as deliberately unused.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Apollo plugins and MikroORM migrations implement async interfaces, with or without awaits.
      '@typescript-eslint/require-await': 'off',
      // Misfires on MikroORM's generic ORM class, whose instances come from its own factory.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    // Tests state what they expect of a response; `!` there is an assertion, not a guess.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Asymmetric matchers (`expect.any(Number)`) are typed `any` by vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
  },
  {
    // The committed SDL: Relay connection rules, and a description on everything frontends see.
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // Objects with an identity implement Node (id: ID!). These have none of their own: values
      // computed from other rows (tallies, totals, readiness, blockers, the matrix), a ring's pairs,
      // the one row of evaluation weights, a user's role grants (a role and its unit), a download
      // link, and a cell an import changes; clients cache them with schema/type-policies.json.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            suffixes: [
              'Connection',
              'Edge',
              'Payload',
              'Tally',
              'Counts',
              'Count',
              'Summary',
              'Workload',
              'Totals',
              'Blockers',
              'Readiness',
            ],
            types: [
              'PageInfo',
              'UserError',
              'FieldChange',
              'BlockingReason',
              'UnsettledObligation',
              'RiskMatrix',
              'RiskMatrixCell',
              'RotationAssignment',
              'EvaluationWeights',
              'RoleGrant',
              'DownloadLink',
              'ImportCellChange',
            ],
          },
        },
      ],
      // Connections also offer `nodes: [T!]!`, as GitHub's do; plain lists exist outside connections.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumTypeDefinition: true,
          ScalarTypeDefinition: true,
          // The root types themselves carry no description in type-graphql; their fields do.
          ignoredSelectors: ['[type=ObjectTypeDefinition][name.value=/^(Query|Mutation)$/]'],
        },
      ],
      '@graphql-eslint/known-type-names': 'error',
      '@graphql-eslint/unique-field-definition-names': 'error',
    },
  },
);
