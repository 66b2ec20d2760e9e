// The test cases of a file as the TypeScript compiler reads them: each `it(...)` call with its name and how
// many lines it spans, for the guard on the layout of test/features and test/journeys (test-layout.test.ts).
import fs from 'node:fs';
import ts from 'typescript';

export interface Case {
  /** The case's name as written: a string, or a template's text with `${...}` for what is computed. */
  name: string;
  /** The line of `it(`, counted from 1. */
  line: number;
  /** Lines from `it(` to its closing parenthesis, both included. */
  lines: number;
}

/** Every `it(...)` and `test(...)` call in a file, nested in `describe` or not, in the order written. */
export function casesIn(file: string, text = fs.readFileSync(file, 'utf8')): Case[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cases: Case[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['it', 'test'].includes(node.expression.text)
    ) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      cases.push({ name: nameOf(node.arguments[0], source), line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return cases;
}

function nameOf(argument: ts.Expression | undefined, source: ts.SourceFile): string {
  if (!argument) return '';
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) return argument.text;
  if (ts.isTemplateExpression(argument))
    return argument.head.text + argument.templateSpans.map((s) => `\${...}${s.literal.text}`).join('');
  return argument.getText(source);
}
