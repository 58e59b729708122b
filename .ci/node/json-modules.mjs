// @actions/workflow-parser imports its JSON schema without an import attribute, which Node 20
// refuses; this hook (loaded with `node --import`) adds `type: 'json'` to every .json import.
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
export async function load(url, context, next) {
  if (url.endsWith('.json')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`));
