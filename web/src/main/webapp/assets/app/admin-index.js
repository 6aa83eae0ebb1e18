// The search index: how many reports it holds, and a rebuild from the database with a live progress bar (the page
// polls the status while a rebuild runs; the rebuild itself runs on the server, so leaving the page does not stop it).
import { ref, onMounted, onBeforeUnmount } from 'vue';
import { api } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { useAction } from './admin-common.js';

/** How often the page asks for progress while a rebuild runs. */
export const POLL_MS = 500;

export const AdminIndex = {
  components: { ProblemBox },
  setup() {
    const status = ref(null);
    const errors = ref([]);
    const action = useAction();
    let timer = null;

    async function poll() {
      clearTimeout(timer);
      try {
        status.value = await api.get('api/admin/search-index');
        errors.value = [];
      } catch (e) {
        errors.value = errorLines(e);
        return;
      }
      if (status.value.state === 'RUNNING') timer = setTimeout(poll, POLL_MS);
    }

    async function rebuild() {
      const started = await action.run(() => api.post('api/admin/search-index/rebuild'), '');
      if (started) { status.value = started; poll(); }
    }

    onMounted(poll);
    onBeforeUnmount(() => clearTimeout(timer));
    return { status, errors, action, rebuild, poll, t, formatDateTime };
  },
  template: `
  <section data-testid="admin-index" style="max-width: 48rem">
    <p class="small text-muted">{{ t('idx.hint') }}</p>
    <ProblemBox :lines="errors" />
    <ProblemBox :lines="action.errors.value" />
    <div v-if="status" class="card card-body">
      <dl class="row small mb-2">
        <dt class="col-sm-4">{{ t('idx.state') }}</dt><dd class="col-sm-8" data-testid="idx-state">{{ t('idx.state.' + status.state) }}</dd>
        <dt class="col-sm-4">{{ t('idx.documents') }}</dt><dd class="col-sm-8" data-testid="idx-documents">{{ status.documents }}</dd>
        <template v-if="status.startedAt"><dt class="col-sm-4">{{ t('idx.started') }}</dt>
          <dd class="col-sm-8" data-testid="idx-started">{{ formatDateTime(status.startedAt) }} · {{ status.startedBy === 'startup' ? t('idx.startup') : status.startedBy }}</dd></template>
        <template v-if="status.finishedAt"><dt class="col-sm-4">{{ t('idx.finished') }}</dt><dd class="col-sm-8">{{ formatDateTime(status.finishedAt) }}</dd></template>
        <template v-if="status.error"><dt class="col-sm-4">{{ t('idx.error') }}</dt><dd class="col-sm-8 text-danger">{{ status.error }}</dd></template>
      </dl>
      <div class="progress mb-1" role="progressbar" :aria-label="t('idx.progress')" :aria-valuenow="status.percent" aria-valuemin="0" aria-valuemax="100"
           style="height: 1.5rem" data-testid="idx-progress">
        <div class="progress-bar" :class="{ 'progress-bar-striped progress-bar-animated': status.state === 'RUNNING', 'bg-danger': status.state === 'FAILED' }"
             :style="{ width: status.percent + '%' }">{{ status.percent }} %</div>
      </div>
      <p class="small mb-3">{{ status.indexed }} / {{ status.expected < 0 ? '?' : status.expected }} {{ t('idx.reports') }}</p>
      <div><button type="button" class="btn btn-primary btn-sm" data-testid="idx-rebuild" :disabled="status.state === 'RUNNING' || action.busy.value"
              @click="rebuild">{{ t('idx.rebuild') }}</button></div>
    </div>
  </section>`,
};
