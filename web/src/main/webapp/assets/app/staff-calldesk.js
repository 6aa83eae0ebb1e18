// The hotline operator's call desk: the screen pop of the call just answered at their extension (pushed over
// Server-Sent Events, no reload), the caller's earlier reports and the open cases near them, the intake form linked
// to the call, call back in one click, the callbacks owed, and break on/off. The call's state (talking, ended,
// missed) is read from the call record while the pop is shown.
import { ref, computed, onMounted, onBeforeUnmount } from 'vue';
import { api, apiUrl } from './api.js';
import { t, formatDate, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { CallIntake, nationalNumber } from './staff-calldesk-intake.js';
import { CallbackList } from './staff-calldesk-callbacks.js';

const CALL_POLL_MS = 2000;
const STATUS_POLL_MS = 15000;
const RECONNECT_MS = 3000;

export const CallDesk = {
  components: { CallIntake, CallbackList, ProblemBox },
  props: { categories: Array, areas: Array },
  setup() {
    const status = ref(null);
    const stream = ref('connecting');
    const pause = ref(null);
    const pauseReason = ref('');
    const pop = ref(null);
    const call = ref(null);
    const sameAs = ref(null);
    const errors = ref([]);
    const callbackNote = ref('');
    const callbacksVersion = ref(0);
    const intake = ref(null);
    let source = null;
    let callTimer = null;
    let statusTimer = null;
    let retryTimer = null;
    let stopped = false;

    /** The stream is ours to reconnect: the browser's own retry would meet a 401 with a Basic challenge. */
    function connect() {
      if (stopped) return;
      source?.close();
      stream.value = 'connecting';
      source = new EventSource(apiUrl('api/calldesk/events'), { withCredentials: true });
      source.addEventListener('ready', () => { stream.value = 'open'; });
      source.addEventListener('screen-pop', (e) => showPop(JSON.parse(e.data)));
      source.onerror = () => {
        source.close();
        stream.value = 'closed';
        clearTimeout(retryTimer);
        // Through the API first: a session that expired is announced there, and then nothing is retried.
        retryTimer = setTimeout(async () => {
          try {
            await loadStatus();
            connect();
          } catch (e) {
            if (e.status !== 401) retryTimer = setTimeout(connect, RECONNECT_MS);
          }
        }, RECONNECT_MS);
      };
    }

    function showPop(p) {
      pop.value = p;
      call.value = { phase: 'CONNECTED', answeredAt: p.answeredAt };
      callbackNote.value = '';
      document.title = '☎ ' + nationalNumber(p.callerNumber) + ' — ' + t('nav.calldesk');
      followCall();
    }

    /** Reads the call record until the call has ended (the record is written a moment after each change). */
    function followCall() {
      clearTimeout(callTimer);
      const linkedId = pop.value?.linkedId;
      callTimer = setTimeout(async () => {
        if (!linkedId || linkedId !== pop.value?.linkedId) return;
        try {
          const c = await api.get('api/calldesk/calls/' + encodeURIComponent(linkedId));
          if (linkedId !== pop.value?.linkedId) return;
          call.value = c;
          if (c.phase === 'ENDED') {
            document.title = t('nav.calldesk');
            callbacksVersion.value++;
            return;
          }
        } catch (e) {
          if (e.status === 401) return;
        }
        followCall();
      }, CALL_POLL_MS);
    }

    async function loadStatus() {
      status.value = await api.get('api/calldesk/status');
    }

    async function loadPause() {
      pause.value = await api.get('api/calldesk/break');
      pauseReason.value = pause.value.reason || '';
    }

    async function togglePause() {
      errors.value = [];
      try {
        pause.value = await api.post('api/calldesk/break', { onBreak: !pause.value?.onBreak, reason: pauseReason.value || null });
        if (!pause.value.onBreak) pauseReason.value = '';
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    async function callBackCaller() {
      errors.value = [];
      callbackNote.value = '';
      try {
        await api.post('api/calldesk/calls/' + encodeURIComponent(pop.value.linkedId) + '/callback');
        callbackNote.value = t('desk.callingBack');
        callbacksVersion.value++;
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    function joinCase(trackingCode, title) {
      sameAs.value = { trackingCode, title };
      intake.value?.focusDescription();
    }

    function closePop() {
      clearTimeout(callTimer);
      pop.value = null;
      call.value = null;
      document.title = t('nav.calldesk');
    }

    const callState = computed(() => {
      const c = call.value;
      if (!c) return null;
      if (c.phase !== 'ENDED') return { key: 'talking', css: 'text-bg-success' };
      if (c.outcome === 'ANSWERED' || c.outcome === 'CALLBACK') return { key: 'ended', css: 'text-bg-secondary' };
      return { key: 'missed', css: 'text-bg-danger' };
    });

    const talkTime = computed(() => {
      const ms = call.value?.talkMillis;
      if (ms == null) return '';
      const s = Math.round(ms / 1000);
      return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    });

    onMounted(async () => {
      document.title = t('nav.calldesk');
      connect();
      try {
        await Promise.all([loadStatus(), loadPause()]);
      } catch (e) {
        errors.value = errorLines(e);
      }
      statusTimer = setInterval(() => loadStatus().catch(() => {}), STATUS_POLL_MS);
    });
    onBeforeUnmount(() => {
      stopped = true;
      source?.close();
      clearTimeout(callTimer);
      clearTimeout(retryTimer);
      clearInterval(statusTimer);
    });

    return { status, stream, pause, pauseReason, pop, call, sameAs, errors, callbackNote, callbacksVersion, intake,
      callState, talkTime, togglePause, callBackCaller, joinCase, closePop, nationalNumber, t, formatDate, formatDateTime };
  },
  template: `
  <section data-testid="calldesk" aria-labelledby="desk-h">
    <h1 id="desk-h" class="visually-hidden">{{ t('nav.calldesk') }}</h1>
    <div class="d-flex flex-wrap align-items-center gap-3 mb-3 p-2 border rounded bg-light" data-testid="desk-bar">
      <span class="badge" :class="status && status.connection === 'CONNECTED' ? 'text-bg-success' : 'text-bg-warning'" data-testid="line-state">
        {{ t('desk.line') }}: {{ status && status.connection === 'CONNECTED' ? t('desk.line.up') : t('desk.line.down') }}</span>
      <span class="badge" :class="stream === 'open' ? 'text-bg-success' : 'text-bg-warning'" data-testid="stream-state">
        {{ t('desk.stream') }}: {{ t('desk.stream.' + stream) }}</span>
      <span v-if="pause" class="badge" :class="pause.onBreak ? 'text-bg-warning' : 'text-bg-success'" data-testid="break-state">
        {{ pause.onBreak ? t('desk.onBreakSince') + ' ' + formatDateTime(pause.since) : t('desk.available') }}</span>
      <form class="d-flex gap-2 ms-auto align-items-center" @submit.prevent="togglePause" data-testid="break-form">
        <label for="desk-break-reason" class="visually-hidden">{{ t('desk.breakReason') }}</label>
        <input v-if="!pause || !pause.onBreak" id="desk-break-reason" v-model="pauseReason" class="form-control form-control-sm"
               maxlength="200" :placeholder="t('desk.breakReason')">
        <button type="submit" class="btn btn-sm text-nowrap" :class="pause && pause.onBreak ? 'btn-success' : 'btn-outline-dark'" data-testid="break-toggle">
          {{ pause && pause.onBreak ? t('desk.breakOff') : t('desk.breakOn') }}</button>
      </form>
    </div>
    <ProblemBox :lines="errors" />
    <div class="row g-3">
      <div class="col-lg-5">
        <section class="card shadow-sm mb-3" aria-labelledby="desk-pop-h" aria-live="polite" data-testid="screen-pop">
          <div class="card-body">
            <h2 id="desk-pop-h" class="h5 card-title">{{ t('desk.currentCall') }}</h2>
            <p v-if="!pop" class="text-muted mb-0" data-testid="no-call">{{ t('desk.waiting') }}</p>
            <template v-else>
              <div class="d-flex flex-wrap align-items-center gap-2 mb-2">
                <span class="display-6 tracking-code fw-bold" data-testid="caller-number">{{ pop.callerNumber ? nationalNumber(pop.callerNumber) : t('desk.hiddenNumber') }}</span>
                <span v-if="callState" class="badge fs-6" :class="callState.css" data-testid="call-state" :data-state="callState.key">
                  {{ t('desk.call.' + callState.key) }}<template v-if="callState.key !== 'talking' && talkTime"> · {{ talkTime }}</template></span>
              </div>
              <p class="small mb-2">{{ t('desk.answeredAt') }} {{ formatDateTime(pop.answeredAt) }}<span v-if="pop.queue"> · {{ t('desk.queue') }} {{ pop.queue }}</span></p>
              <div class="d-flex gap-2 mb-3">
                <button type="button" class="btn btn-sm btn-success" :disabled="!pop.callerNumber" @click="callBackCaller" data-testid="call-back-caller">{{ t('desk.callBack') }}</button>
                <button v-if="call && call.phase === 'ENDED'" type="button" class="btn btn-sm btn-outline-secondary" @click="closePop">{{ t('desk.dismiss') }}</button>
              </div>
              <p v-if="callbackNote" class="small text-success" role="status">{{ callbackNote }}</p>

              <h3 class="h6">{{ t('desk.earlier') }} <span class="badge text-bg-secondary">{{ pop.earlierReports.length }}</span></h3>
              <p v-if="!pop.earlierReports.length" class="small text-muted">{{ t('desk.firstCall') }}</p>
              <ul v-else class="list-unstyled small" data-testid="earlier-reports">
                <li v-for="r in pop.earlierReports" :key="r.trackingCode" class="border-top py-1" :data-code="r.trackingCode">
                  <div class="d-flex flex-wrap gap-2 align-items-center">
                    <strong>{{ r.trackingCode }}</strong>
                    <span class="badge text-bg-light border">{{ r.stateLabel }}</span>
                    <span>{{ formatDate(r.receivedAt) }}</span>
                    <button type="button" class="btn btn-sm btn-link ms-auto p-0" @click="joinCase(r.caseTrackingCode, r.title)" data-testid="join-earlier">{{ t('desk.addToCase') }}</button>
                  </div>
                  <div>{{ r.title }}<span v-if="r.address || r.area" class="text-muted"> · {{ [r.address, r.area].filter(Boolean).join(', ') }}</span></div>
                </li>
              </ul>

              <h3 class="h6">{{ t('desk.nearby') }} <span class="badge text-bg-secondary">{{ pop.nearbyOpenCases.length }}</span></h3>
              <p v-if="!pop.nearbyOpenCases.length" class="small text-muted mb-0">{{ t('desk.noNearby') }}</p>
              <ul v-else class="list-unstyled small mb-0" data-testid="nearby-cases">
                <li v-for="c in pop.nearbyOpenCases" :key="c.trackingCode" class="border-top py-1" :data-code="c.trackingCode">
                  <div class="d-flex flex-wrap gap-2 align-items-center">
                    <strong>{{ c.trackingCode }}</strong>
                    <span class="badge text-bg-light border">{{ c.stateLabel }}</span>
                    <span>{{ t('desk.near.' + c.reason) }}</span>
                    <button type="button" class="btn btn-sm btn-link ms-auto p-0" @click="joinCase(c.trackingCode, c.title)" data-testid="join-nearby">{{ t('desk.addToCase') }}</button>
                  </div>
                  <div>{{ c.title }}<span v-if="c.address || c.area" class="text-muted"> · {{ [c.address, c.area].filter(Boolean).join(', ') }}</span></div>
                </li>
              </ul>
            </template>
          </div>
        </section>
        <CallbackList :refresh="callbacksVersion" />
      </div>
      <div class="col-lg-7">
        <CallIntake ref="intake" :categories="categories" :areas="areas" :pop="pop" v-model:same-as="sameAs" />
      </div>
    </div>
  </section>`,
};
