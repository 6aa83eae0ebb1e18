// Citizens the call desk owes a call: missed (abandoned) calls, out-of-hours messages and callbacks an operator
// promised. Open tasks oldest first with their due time (overdue in red); one click calls back from the operator's
// own phone; closing a task records how it went. The done list shows the most recently closed.
import { ref, watch, onMounted, onBeforeUnmount } from 'vue';
import { api } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { nationalNumber } from './staff-calldesk-intake.js';

const REFRESH_MS = 20000;
const OUTCOMES = ['REACHED', 'UNREACHABLE', 'WRONG_NUMBER', 'NOT_NEEDED'];

export const CallbackList = {
  components: { ProblemBox },
  props: { refresh: { type: Number, default: 0 } },
  setup(props) {
    const state = ref('OPEN');
    const tasks = ref([]);
    const errors = ref([]);
    const closing = ref(null);
    const outcome = ref('REACHED');
    const note = ref('');
    const calling = ref(null);
    let timer = null;

    async function load() {
      try {
        tasks.value = await api.get('api/calldesk/callbacks?state=' + state.value + '&limit=50');
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    async function callBack(task) {
      errors.value = [];
      calling.value = task.id;
      try {
        const updated = await api.post('api/calldesk/callbacks/' + task.id + '/call');
        tasks.value = tasks.value.map((x) => (x.id === updated.id ? updated : x));
      } catch (e) {
        errors.value = errorLines(e);
      } finally {
        calling.value = null;
      }
    }

    function startClosing(task) {
      closing.value = task.id;
      outcome.value = 'REACHED';
      note.value = '';
    }

    async function close(task) {
      errors.value = [];
      try {
        await api.post('api/calldesk/callbacks/' + task.id + '/done', { outcome: outcome.value, note: note.value || null });
        closing.value = null;
        await load();
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    function show(which) {
      state.value = which;
      closing.value = null;
      load();
    }

    watch(() => props.refresh, load);
    onMounted(() => {
      load();
      timer = setInterval(load, REFRESH_MS);
    });
    onBeforeUnmount(() => clearInterval(timer));

    return { state, tasks, errors, closing, outcome, note, calling, OUTCOMES, load, callBack, startClosing, close, show,
      nationalNumber, t, formatDateTime };
  },
  template: `
  <section class="card shadow-sm mb-3" aria-labelledby="desk-callbacks-h" data-testid="callbacks">
    <div class="card-body">
      <div class="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <h2 id="desk-callbacks-h" class="h5 card-title mb-0">{{ t('desk.callbacks') }}</h2>
        <div class="btn-group btn-group-sm" role="group" :aria-label="t('desk.callbacks')">
          <button type="button" class="btn" :class="state === 'OPEN' ? 'btn-primary' : 'btn-outline-primary'" :aria-pressed="state === 'OPEN'" @click="show('OPEN')" data-testid="callbacks-open">{{ t('desk.cb.open') }}</button>
          <button type="button" class="btn" :class="state === 'DONE' ? 'btn-primary' : 'btn-outline-primary'" :aria-pressed="state === 'DONE'" @click="show('DONE')" data-testid="callbacks-done">{{ t('desk.cb.done') }}</button>
        </div>
      </div>
      <ProblemBox :lines="errors" />
      <p v-if="!tasks.length" class="text-muted mb-0">{{ state === 'OPEN' ? t('desk.cb.none') : t('desk.cb.noneDone') }}</p>
      <ul v-else class="list-unstyled mb-0">
        <li v-for="task in tasks" :key="task.id" class="border-top py-2" :data-callback="task.callLinkedId">
          <div class="d-flex flex-wrap gap-2 align-items-center">
            <strong class="tracking-code">{{ nationalNumber(task.citizenNumber) }}</strong>
            <span class="badge" :class="task.reason === 'ABANDONED' ? 'text-bg-danger' : 'text-bg-secondary'">{{ t('desk.cb.reason.' + task.reason) }}</span>
            <span class="small">{{ formatDateTime(task.createdAt) }}</span>
            <span v-if="task.state === 'OPEN'" class="small" :class="{ overdue: task.overdue }" data-testid="callback-due">
              {{ task.overdue ? t('list.overdue') : t('desk.cb.due') }} {{ formatDateTime(task.dueAt) }}</span>
            <span v-if="task.reportTrackingCode" class="small">· {{ task.reportTrackingCode }}</span>
            <span v-if="task.attempts" class="small" data-testid="callback-attempts">· {{ t('desk.cb.attempts') }}: {{ task.attempts }}
              <template v-if="task.lastAttemptAnswered === true">({{ t('desk.cb.answered') }})</template>
              <template v-else-if="task.lastAttemptAnswered === false">({{ t('desk.cb.notAnswered') }})</template></span>
            <span v-if="task.state === 'DONE'" class="small">· {{ t('desk.cb.outcome.' + task.outcome) }} · {{ task.doneBy }} · {{ formatDateTime(task.doneAt) }}</span>
            <span v-if="task.state === 'OPEN'" class="ms-auto d-flex gap-2">
              <button type="button" class="btn btn-sm btn-success" :disabled="calling === task.id" @click="callBack(task)" data-testid="callback-call">{{ t('desk.callBack') }}</button>
              <button type="button" class="btn btn-sm btn-outline-secondary" @click="startClosing(task)" data-testid="callback-close">{{ t('desk.cb.close') }}</button>
            </span>
          </div>
          <p v-if="task.note" class="small mb-0 pre-line">{{ task.note }}</p>
          <form v-if="closing === task.id" class="row g-2 align-items-end mt-1" @submit.prevent="close(task)" :data-testid="'callback-done-form'">
            <div class="col-auto">
              <label :for="'cb-outcome-' + task.id" class="form-label small mb-0">{{ t('desk.cb.result') }}</label>
              <select :id="'cb-outcome-' + task.id" v-model="outcome" class="form-select form-select-sm">
                <option v-for="o in OUTCOMES" :key="o" :value="o">{{ t('desk.cb.outcome.' + o) }}</option>
              </select>
            </div>
            <div class="col">
              <label :for="'cb-note-' + task.id" class="form-label small mb-0">{{ t('field.note') }}</label>
              <input :id="'cb-note-' + task.id" v-model="note" class="form-control form-control-sm" maxlength="2000">
            </div>
            <div class="col-auto"><button type="submit" class="btn btn-sm btn-primary">{{ t('desk.cb.save') }}</button></div>
          </form>
        </li>
      </ul>
    </div>
  </section>`,
};
