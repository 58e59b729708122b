// Checks a GitHub Action's metadata file (action.yml) with GitHub's own parser
// (@actions/workflow-parser's action parser and its conversion to the action model) and prints its
// problems, one a line; exits 1 when there is any.
// Run: node --import ./json-modules.mjs check-action.mjs FILE
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';

const file = process.argv[2];
const problems = [];
const parsed = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
for (const error of parsed.context.errors.getErrors()) {
  problems.push(`action-parser: ${error.message}`);
}
if (parsed.value) {
  const before = parsed.context.errors.getErrors().length;
  const action = await convertActionTemplate(parsed.context, parsed.value);
  for (const error of parsed.context.errors.getErrors().slice(before)) {
    problems.push(`action-parser (model): ${error.message}`);
  }
  if (!action || action.runs?.using !== 'composite') {
    problems.push('action-parser (model): not a composite action');
  }
} else {
  problems.push('action-parser: no action');
}
for (const problem of problems) {
  console.log(problem);
}
process.exit(problems.length === 0 ? 0 : 1);
