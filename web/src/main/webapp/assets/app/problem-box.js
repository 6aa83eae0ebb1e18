// One way to show an error everywhere: the problem detail's message in the reader's language, field errors listed.
import { t, problemMessages } from './i18n.js';
import { ApiError } from './api.js';

export function errorLines(e) {
  if (e instanceof ApiError) {
    return problemMessages(e.problem);
  }
  return [t('error.network')];
}

export const ProblemBox = {
  props: { lines: { type: Array, default: () => [] } },
  template: `
    <div v-if="lines.length" class="alert alert-danger" role="alert">
      <div v-for="(line, i) in lines" :key="i" :class="{ 'fw-semibold': i === 0 }">{{ line }}</div>
    </div>`,
};
