// One case: what was reported, by whom (when the viewer may know), its work so far, and the steps the viewer's
// role may take now (the server's allowedActions), each a small form posting to the case API.
import { ref, reactive, computed, watch, onMounted } from 'vue';
import { api, apiUrl } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { CaseFiles, AnswerFilePicker, postForm } from './attachments.js';
import { MapPin } from './map-pin.js';

/** Each step: the API path, the fields of its form, and how the form becomes the request body. */
const STEPS = {
  CLASSIFY: { path: 'classify', fields: ['category', 'area', 'title'],
    body: (f) => ({ categoryCode: f.category, areaCode: f.area || null, title: f.title || null }) },
  ROUTE: { path: 'route', fields: ['leadUnit', 'note'], body: (f) => ({ leadUnitCode: f.leadUnit || null, coordinatorUnitCodes: [], note: f.note || null }) },
  REDIRECT: { path: 'redirect', fields: ['reason', 'redirectTo'], body: (f) => ({ reason: f.reason, redirectTo: f.redirectTo }) },
  REJECT: { path: 'reject', fields: ['reason'], body: (f) => ({ reason: f.reason }) },
  UNMERGE: { path: 'unmerge', fields: [] },
  ACCEPT: { path: 'accept', fields: [] },
  RETURN_TO_DISPATCH: { path: 'return', fields: ['reason'], body: (f) => ({ reason: f.reason }) },
  REQUEST_INFO: { path: 'request-info', fields: ['text'], body: (f) => ({ text: f.text }) },
  RECEIVE_INFO: { path: 'receive-info', fields: ['text'], body: (f) => ({ text: f.text }) },
  REQUEST_EXTENSION: { path: 'extension', fields: ['days', 'reason'], body: (f) => ({ days: f.days ? Number(f.days) : null, reason: f.reason }) },
  GRANT_EXTENSION: { path: 'extension/decision', fields: ['grant', 'note'], body: (f) => ({ grant: f.grant === 'yes' ? true : f.grant === 'no' ? false : null, note: f.note || null }) },
  ANSWER: { path: 'answer', fields: ['text', 'files'], body: (f) => ({ text: f.text }) },
  APPROVE_ANSWER: { path: 'approve', fields: [] },
  REJECT_ANSWER: { path: 'reject-answer', fields: ['reason'], body: (f) => ({ reason: f.reason }) },
};
const ORDER = Object.keys(STEPS);

export const CaseDetail = {
  components: { ProblemBox, CaseFiles, AnswerFilePicker, MapPin },
  props: { id: Number, categories: Array, areas: Array, units: Array },
  emits: ['changed'],
  setup(props) {
    const detail = ref(null);
    const errors = ref([]);
    const duplicates = ref([]);
    const suggestions = ref([]);
    const open = ref('');
    const form = reactive({});
    const stepErrors = ref([]);
    const done = ref('');
    const files = reactive({ list: [], publish: true, version: 0 });

    const allowed = computed(() => {
      const a = new Set(detail.value?.allowedActions || []);
      // DENY_EXTENSION is the same decision form as GRANT_EXTENSION.
      if (a.has('DENY_EXTENSION')) a.add('GRANT_EXTENSION');
      return ORDER.filter((s) => a.has(s));
    });
    const mayMerge = computed(() => (detail.value?.allowedActions || []).includes('MERGE'));
    const overdue = computed(() => (detail.value?.assignments || []).some((a) => a.overdue));

    async function load() {
      errors.value = [];
      try {
        detail.value = await api.get('api/cases/' + props.id);
        const s = detail.value.summary;
        Object.assign(form, { category: s.categoryCode || '', area: s.areaCode || '', title: s.title, leadUnit: '', note: '',
          reason: '', redirectTo: '', text: '', days: '', grant: '' });
        duplicates.value = mayMerge.value ? await api.get('api/cases/' + props.id + '/duplicates') : [];
        suggestions.value = allowed.value.includes('ROUTE') ? await api.get('api/cases/' + props.id + '/routing-suggestions') : [];
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    async function post(path, body, label) {
      stepErrors.value = [];
      try {
        if (body instanceof FormData) {
          await postForm('api/cases/' + props.id + '/' + path, body);
          files.list = [];
          files.version++;
        } else {
          await api.post('api/cases/' + props.id + '/' + path, body);
        }
        done.value = t('case.done') + ': ' + label;
        open.value = '';
        await load();
      } catch (e) {
        stepErrors.value = errorLines(e);
      }
    }

    function run(step) {
      const spec = STEPS[step];
      let body = spec.body ? spec.body(form) : null;
      if (spec.fields.includes('files') && files.list.length) {
        // The answer and its files in one multipart request: stored together or not at all.
        const data = new FormData();
        Object.entries(body).forEach(([k, v]) => data.append(k, v ?? ''));
        data.append('visibility', files.publish ? 'PUBLIC' : 'STAFF');
        files.list.forEach((f) => data.append('files', f, f.name));
        body = data;
      }
      post(spec.path, body, t('act.' + step));
    }

    function merge(masterCaseId) {
      post('merge', { masterCaseId }, t('act.MERGE'));
    }

    watch(() => props.id, load);
    onMounted(load);

    return { apiUrl, detail, errors, duplicates, suggestions, open, form, files, stepErrors, done, allowed, mayMerge, overdue, STEPS,
      run, merge, t, formatDateTime };
  },
  template: `
  <section v-if="detail" data-testid="case-detail">
    <p><a href="#/">{{ t('case.back') }}</a></p>
    <div class="d-flex flex-wrap justify-content-between align-items-start gap-2">
      <h2 class="h4">{{ detail.summary.trackingCode }} · {{ detail.summary.title }}</h2>
      <span class="badge text-bg-primary fs-6" data-testid="case-state">{{ detail.summary.stateLabelVi }}</span>
    </div>
    <p class="text-muted small">{{ t('case.channel') }}: {{ detail.summary.channel }} · {{ formatDateTime(detail.summary.receivedAt) }}
      · {{ detail.summary.categoryName || '' }} · {{ detail.summary.areaName || '' }}
      <span v-if="detail.summary.leadUnitName"> · {{ t('list.unit') }}: {{ detail.summary.leadUnitName }}</span></p>
    <div v-if="done" class="alert alert-success py-2" role="status">{{ done }}</div>
    <ProblemBox :lines="errors" />

    <div class="row g-4">
      <div class="col-lg-7">
        <h3 class="h6">{{ t('case.description') }}</h3>
        <p class="pre-line">{{ detail.description }}</p>
        <p v-if="detail.address" class="small">{{ t('case.address') }}: {{ detail.address }}</p>
        <div v-if="detail.latitude != null && detail.longitude != null" class="mb-3" data-testid="case-map">
          <MapPin :latitude="detail.latitude" :longitude="detail.longitude" :key="detail.summary.id" />
          <p class="small text-muted mt-1">{{ detail.latitude }}, {{ detail.longitude }}</p>
        </div>

        <CaseFiles :case-id="detail.summary.id" :version="files.version" />

        <h3 class="h6 mt-3">{{ t('case.reports') }} ({{ detail.reports.length }})</h3>
        <ul class="list-unstyled small">
          <li v-for="r in detail.reports" :key="r.id" class="border-top py-1">
            {{ r.trackingCode }} · {{ r.channel }} · {{ formatDateTime(r.receivedAt) }} —
            <span v-if="r.identityHidden" class="text-muted">{{ t('case.identityHidden') }}</span>
            <span v-else-if="r.reporter">{{ r.reporter.name || '' }} {{ r.reporter.phone || '' }} {{ r.reporter.email || '' }}</span>
          </li>
        </ul>

        <template v-if="detail.assignments.length">
          <h3 class="h6 mt-3">{{ t('case.assignments') }}</h3>
          <ul class="list-unstyled small">
            <li v-for="a in detail.assignments" :key="a.id" class="border-top py-1" :class="{ overdue: a.overdue }">
              {{ a.unitName }} ({{ a.role }}) · {{ a.state }} · {{ t('list.due') }} {{ formatDateTime(a.dueAt) }}
              <span v-if="a.paused" class="badge text-bg-secondary">{{ t('list.paused') }}</span>
              <span v-if="a.overdue" class="badge text-bg-danger">{{ t('list.overdue') }}</span>
            </li>
          </ul>
        </template>

        <template v-if="detail.answers.length">
          <h3 class="h6 mt-3">{{ t('case.answers') }}</h3>
          <div v-for="a in detail.answers" :key="a.id" class="border-start border-3 ps-2 mb-2 small">
            <p class="pre-line mb-1">{{ a.body }}</p>
            <span class="text-muted">{{ a.author }} · {{ formatDateTime(a.createdAt) }}</span>
          </div>
        </template>

        <h3 class="h6 mt-3">{{ t('case.history') }}</h3>
        <ol class="small" data-testid="history">
          <li v-for="e in detail.events" :key="e.id">{{ formatDateTime(e.occurredAt) }} · {{ e.actor }} ({{ e.actorRole }}) ·
            {{ e.action }} <span v-if="e.fromState !== e.toState">{{ e.fromState || '' }} → {{ e.toState }}</span>
            <span v-if="e.note" class="text-muted"> — {{ e.note }}</span></li>
        </ol>
      </div>

      <div class="col-lg-5">
        <div v-if="mayMerge" class="card mb-3" data-testid="duplicates">
          <div class="card-body">
            <h3 class="h6">{{ t('case.duplicates') }}</h3>
            <div v-if="detail.summary.likelyDuplicateOf" class="alert alert-warning py-2">
              {{ t('case.likely') }} <strong>{{ detail.summary.likelyDuplicateOf.trackingCode }}</strong>
              ({{ Math.round(detail.summary.likelyDuplicateOf.score * 100) }}%)
              <button type="button" class="btn btn-sm btn-warning ms-2" data-testid="merge-likely"
                      @click="merge(detail.summary.likelyDuplicateOf.caseId)">{{ t('case.mergeInto') }}</button>
            </div>
            <p v-if="!duplicates.length" class="small text-muted mb-0">{{ t('case.noDuplicates') }}</p>
            <ul class="list-unstyled small mb-0">
              <li v-for="d in duplicates" :key="d.caseId" class="border-top py-2">
                <a :href="'#/case/' + d.caseId">{{ d.trackingCode }}</a> {{ d.title }} · {{ d.stateLabelVi }}
                · {{ Math.round(d.score * 100) }}% <span class="badge" :class="d.band === 'LIKELY' ? 'text-bg-warning' : 'text-bg-light'">{{ d.band }}</span>
                <div class="text-muted">{{ t('case.reasons') }}: {{ d.reasons.map(r => r.code).join(', ') }}</div>
                <button type="button" class="btn btn-sm btn-outline-dark mt-1" @click="merge(d.caseId)">{{ t('case.mergeInto') }}</button>
              </li>
            </ul>
          </div>
        </div>

        <div class="card" data-testid="actions">
          <div class="card-body">
            <h3 class="h6">{{ t('case.actions') }}</h3>
            <ProblemBox :lines="stepErrors" />
            <div v-for="step in allowed" :key="step" class="mb-2">
              <button v-if="!STEPS[step].fields.length" type="button" class="btn btn-sm btn-primary" :data-action="step"
                      @click="run(step)">{{ t('act.' + step) }}</button>
              <template v-else>
                <button type="button" class="btn btn-sm btn-outline-primary" :data-action="step" :aria-expanded="open === step"
                        @click="open = open === step ? '' : step">{{ t('act.' + step) }}</button>
                <form v-if="open === step" class="border rounded p-2 mt-2" novalidate @submit.prevent="run(step)" :data-form="step">
                  <div v-if="STEPS[step].fields.includes('category')" class="mb-2">
                    <label for="f-category" class="form-label small">{{ t('field.category') }}</label>
                    <select id="f-category" v-model="form.category" class="form-select form-select-sm">
                      <option value="">{{ t('field.choose') }}</option>
                      <option v-for="c in categories" :key="c.code" :value="c.code">{{ c.name }}</option></select></div>
                  <div v-if="STEPS[step].fields.includes('area')" class="mb-2">
                    <label for="f-area" class="form-label small">{{ t('field.area') }}</label>
                    <select id="f-area" v-model="form.area" class="form-select form-select-sm">
                      <option value="">{{ t('field.choose') }}</option>
                      <option v-for="a in areas" :key="a.code" :value="a.code">{{ a.name }}</option></select></div>
                  <div v-if="STEPS[step].fields.includes('title')" class="mb-2">
                    <label for="f-title" class="form-label small">{{ t('field.title') }}</label>
                    <input id="f-title" v-model="form.title" class="form-control form-control-sm" maxlength="300"></div>
                  <div v-if="STEPS[step].fields.includes('leadUnit')" class="mb-2">
                    <div v-if="suggestions.length" class="small mb-1" data-testid="suggestions">{{ t('case.suggested') }}:
                      <button v-for="s in suggestions" :key="s.unitCode" type="button" class="btn btn-sm btn-outline-success me-1 mb-1"
                              @click="form.leadUnit = s.unitCode">{{ s.unitName }} ({{ t('case.confidence') }} {{ Math.round(s.confidence * 100) }}%)</button></div>
                    <label for="f-lead" class="form-label small">{{ t('field.leadUnit') }}</label>
                    <select id="f-lead" v-model="form.leadUnit" class="form-select form-select-sm">
                      <option value="">{{ t('field.ruleDefault') }}</option>
                      <option v-for="u in units" :key="u.code" :value="u.code">{{ u.name }}</option></select></div>
                  <div v-if="STEPS[step].fields.includes('days')" class="mb-2">
                    <label for="f-days" class="form-label small">{{ t('field.days') }}</label>
                    <input id="f-days" v-model="form.days" type="number" min="1" max="60" class="form-control form-control-sm"></div>
                  <fieldset v-if="STEPS[step].fields.includes('grant')" class="mb-2">
                    <legend class="form-label small">{{ t('act.GRANT_EXTENSION') }}</legend>
                    <div class="form-check form-check-inline"><input id="f-grant-yes" v-model="form.grant" type="radio" value="yes" class="form-check-input">
                      <label for="f-grant-yes" class="form-check-label">{{ t('field.grant') }}</label></div>
                    <div class="form-check form-check-inline"><input id="f-grant-no" v-model="form.grant" type="radio" value="no" class="form-check-input">
                      <label for="f-grant-no" class="form-check-label">{{ t('field.deny') }}</label></div></fieldset>
                  <div v-if="STEPS[step].fields.includes('reason')" class="mb-2">
                    <label for="f-reason" class="form-label small">{{ t('field.reason') }}</label>
                    <textarea id="f-reason" v-model="form.reason" class="form-control form-control-sm" rows="2" maxlength="2000"></textarea></div>
                  <div v-if="STEPS[step].fields.includes('redirectTo')" class="mb-2">
                    <label for="f-redirect" class="form-label small">{{ t('field.redirectTo') }}</label>
                    <input id="f-redirect" v-model="form.redirectTo" class="form-control form-control-sm" maxlength="500"></div>
                  <div v-if="STEPS[step].fields.includes('text')" class="mb-2">
                    <label for="f-text" class="form-label small">{{ t('field.text') }}</label>
                    <textarea id="f-text" v-model="form.text" class="form-control form-control-sm" rows="4" maxlength="20000"></textarea></div>
                  <AnswerFilePicker v-if="STEPS[step].fields.includes('files')" v-model="files.list" v-model:publish="files.publish" />
                  <div v-if="STEPS[step].fields.includes('note')" class="mb-2">
                    <label for="f-note" class="form-label small">{{ t('field.note') }}</label>
                    <input id="f-note" v-model="form.note" class="form-control form-control-sm" maxlength="2000"></div>
                  <button type="submit" class="btn btn-sm btn-primary">{{ t('act.' + step) }}</button>
                </form>
              </template>
            </div>
            <a v-if="overdue" class="btn btn-sm btn-outline-danger" :href="apiUrl('api/cases/' + detail.summary.id + '/apology-letter')" target="_blank" rel="noopener">{{ t('act.apology') }}</a>
          </div>
        </div>
      </div>
    </div>
  </section>
  <ProblemBox v-else :lines="errors" />`,
};
