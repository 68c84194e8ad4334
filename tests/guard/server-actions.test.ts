import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Guard: a 'use server' module exposes every export as a public HTTP endpoint, so each one must be built
 * from the guarded clients in lib/server/safe-action.ts (which authenticate, authorize and validate).
 * A bare `export async function` in such a file would skip all of that.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCAN_DIRS = ['app', 'lib'];
const SAFE_ACTION_MODULE = '@/lib/server/safe-action';
const ACTION_CLIENTS = new Set(['actionClient', 'userAction', 'orgAction', 'staffAction']);
// next-safe-action's terminal builders; anything else (e.g. `orgAction.metadata(...)`) is not an action.
const TERMINAL_METHODS = new Set(['action', 'stateAction']);

function isDirective(statement: ts.Statement | undefined, text: string) {
  return (
    statement !== undefined &&
    ts.isExpressionStatement(statement) &&
    ts.isStringLiteral(statement.expression) &&
    statement.expression.text === text
  );
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
}

/** Local names bound to the guarded clients by `import { orgAction [as x] } from '@/lib/server/safe-action'`. */
function guardedClientBindings(source: ts.SourceFile) {
  const bindings = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== SAFE_ACTION_MODULE || statement.importClause?.isTypeOnly) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    for (const element of named.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && ACTION_CLIENTS.has(imported)) bindings.add(element.name.text);
    }
  }
  return bindings;
}

/** Why `expression` is not `<client>.….action(…)`, or null when it is. */
function chainProblem(expression: ts.Expression, clients: Set<string>): string | null {
  if (!ts.isCallExpression(expression)) return 'is not a call chain';
  const callee = expression.expression;
  if (!ts.isPropertyAccessExpression(callee) || !TERMINAL_METHODS.has(callee.name.text)) {
    return 'does not end in .action(…)';
  }
  let node: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node) || ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node)) {
      node = node.expression;
    } else break;
  }
  if (!ts.isIdentifier(node)) return 'does not start from an action client';
  if (!clients.has(node.text)) {
    return `starts from \`${node.text}\`, not from ${[...ACTION_CLIENTS].join('/')} imported from '${SAFE_ACTION_MODULE}'`;
  }
  return null;
}

export function isUseServerModule(fileName: string, text: string) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  return isDirective(source.statements[0], 'use server');
}

/** Every export of a 'use server' module that is not a guarded action, as "file: name – reason". */
export function checkServerActionModule(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  if (!isDirective(source.statements[0], 'use server')) return [];
  const clients = guardedClientBindings(source);
  const problems: string[] = [];
  const fail = (name: string, reason: string) => problems.push(`${fileName}: ${name} ${reason}`);

  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) {
      fail('default export', 'is not allowed; export const X = orgAction…action(…)');
    } else if (ts.isExportDeclaration(statement)) {
      // `export type { … }` is erased at build time and exposes nothing.
      if (!statement.isTypeOnly) fail('export { … } / export * ', 'is not allowed in a server action module');
    } else if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      continue;
    } else if (ts.isVariableStatement(statement)) {
      const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        const name = ts.isIdentifier(declaration.name) ? declaration.name.text : declaration.name.getText(source);
        if (!isConst) fail(name, 'must be declared with const');
        else if (!ts.isIdentifier(declaration.name)) fail(name, 'must be a single named export');
        else if (!declaration.initializer) fail(name, 'has no value');
        else {
          const problem = chainProblem(declaration.initializer, clients);
          if (problem) fail(name, problem);
        }
      }
    } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      continue;
    } else {
      const named = statement as ts.Statement & { name?: ts.Identifier };
      const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
      fail(named.name?.text ?? (isDefault ? 'default export' : 'export'), `is a ${ts.SyntaxKind[statement.kind]}, not a guarded action`);
    }
  }
  return problems;
}

/** Function bodies with their own 'use server' directive: inline server actions that bypass the clients. */
export function findInlineServerActions(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body as ts.Node)) {
      if (isDirective((node.body as ts.Block).statements[0], 'use server')) {
        found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe('server action modules', () => {
  const files = SCAN_DIRS.flatMap(sourceFiles);

  it('export only actions built from the guarded clients', () => {
    const problems = files.flatMap((file) => checkServerActionModule(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('are the only server actions (no inline "use server" functions)', () => {
    const inline = [...files, ...sourceFiles('components')].flatMap((file) =>
      findInlineServerActions(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(inline).toEqual([]);
  });
});

describe('the checker itself', () => {
  const header = `'use server';\nimport { z } from 'zod';\nimport { orgAction, userAction as signedIn } from '@/lib/server/safe-action';\n`;

  it('passes a module of guarded actions', () => {
    const good = `${header}
export const renameOrgAction = orgAction
  .metadata({ name: 'rename-org', permission: 'settings.manage' })
  .inputSchema(z.object({ orgSlug: z.string() }))
  .action(async () => ({ ok: true }));
export const signOutAction = signedIn.metadata({ name: 'sign-out' }).action(async () => {});
export type RenameResult = { ok: boolean };`;
    expect(isUseServerModule('good.ts', good)).toBe(true);
    expect(checkServerActionModule('good.ts', good)).toEqual([]);
  });

  it('fails a bare exported async function', () => {
    const bad = `${header}export async function deleteEverything() {}`;
    expect(checkServerActionModule('bad.ts', bad)).toEqual([
      'bad.ts: deleteEverything is a FunctionDeclaration, not a guarded action',
    ]);
  });

  it('fails default exports, re-exports, unguarded roots and unfinished chains', () => {
    const bad = `"use server";
import { orgAction } from '@/lib/server/safe-action';
import { createSafeActionClient } from 'next-safe-action';
const local = createSafeActionClient();
export const sneaky = local.action(async () => {});
export const notAnAction = orgAction.metadata({ name: 'x' });
export const wrapped = (async () => {})();
export default async function handler() {}
export { sneaky as alias };
export * from './elsewhere';`;
    const problems = checkServerActionModule('bad.ts', bad);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/sneaky starts from `local`/);
    expect(problems[1]).toMatch(/notAnAction does not end in \.action/);
    expect(problems[2]).toMatch(/wrapped does not end in \.action/);
    expect(problems[3]).toMatch(/handler is a FunctionDeclaration/);
    expect(problems[4]).toMatch(/export \{ … \}/);
  });

  it('requires the client to come from the safe-action module', () => {
    const bad = `'use server';\nimport { orgAction } from './my-own-client';\nexport const x = orgAction.action(async () => {});`;
    expect(checkServerActionModule('bad.ts', bad)).toEqual([
      "bad.ts: x starts from `orgAction`, not from actionClient/userAction/orgAction/staffAction imported from '@/lib/server/safe-action'",
    ]);
  });

  it('ignores modules without the directive first and finds inline server actions', () => {
    const client = `import { x } from 'y';\n'use server';\nexport async function notAnAction() {}`;
    expect(isUseServerModule('c.ts', client)).toBe(false);
    expect(checkServerActionModule('c.ts', client)).toEqual([]);
    const inline = `export function Page() {\n  async function act() {\n    'use server';\n  }\n  return act;\n}`;
    expect(findInlineServerActions('page.tsx', inline)).toEqual(['page.tsx:2']);
  });
});
