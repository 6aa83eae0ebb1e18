// The call desk's intake form: typed while the citizen talks. Keyboard first (the description has the focus when a
// call pops, Tab walks the fields in speaking order, Enter in a one-line field or Ctrl+Enter anywhere submits),
// live duplicate hints while typing (same caller, same place, same words), "add this caller to that case", and the
// report is linked to the call by its Linkedid.
import { reactive, ref, watch, nextTick } from 'vue';
import { api, idempotencyKey } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { Picker } from './staff-picker.js';

const HINT_DELAY_MS = 400;
const HINT_MIN_CHARS = 12;

/** +84912345678 → 0912345678: how the number is read out on the phone (and accepted back by the API). */
export function nationalNumber(number) {
  return number && number.startsWith('+84') ? '0' + number.slice(3) : number || '';
}

function emptyForm(phone) {
  return { description: '', title: '', categoryCode: '', areaCode: '', address: '', name: '', phone: phone || '',
    email: '', consent: false };
}

export const CallIntake = {
  components: { ProblemBox, Picker },
  props: { categories: Array, areas: Array, pop: Object, sameAs: Object },
  emits: ['update:sameAs', 'submitted'],
  setup(props, { emit, expose }) {
    // The call this form is for: the pop's call when the form was started. A call that pops while a report of the
    // previous call is half typed does not wipe it; the draft stays linked to its own call until it is saved.
    const formCall = ref(props.pop || null);
    const form = reactive(emptyForm(nationalNumber(props.pop?.callerNumber)));
    const errors = ref([]);
    const sending = ref(false);
    const receipt = ref(null);
    const similar = ref([]);
    let key = idempotencyKey();
    let timer = null;
    let asked = 0;

    async function askSimilar() {
      const text = form.description.trim();
      if (text.length < HINT_MIN_CHARS && !form.phone.trim()) {
        similar.value = [];
        return;
      }
      const mine = ++asked;
      try {
        const hints = await api.post('api/search/similar', {
          title: form.title || null, description: text || null, phone: form.phone.trim() || null,
          categoryCode: form.categoryCode || null, areaCode: form.areaCode || null,
        });
        if (mine === asked) similar.value = hints;
      } catch (e) {
        // Hints help; they never stop the operator taking the report.
      }
    }

    watch(() => [form.description, form.title, form.phone, form.categoryCode, form.areaCode], () => {
      clearTimeout(timer);
      timer = setTimeout(askSimilar, HINT_DELAY_MS);
    });

    function focusDescription() {
      nextTick(() => document.getElementById('desk-description')?.focus());
    }

    /** A fresh form for the current call, with the caller's number, and the hints for that number at once. */
    function reset() {
      formCall.value = props.pop || null;
      Object.assign(form, emptyForm(nationalNumber(props.pop?.callerNumber)));
      receipt.value = null;
      errors.value = [];
      similar.value = [];
      emit('update:sameAs', null);
      key = idempotencyKey();
      if (form.phone) askSimilar();
      focusDescription();
    }
    const unsaved = () => !receipt.value && (form.description.trim() || form.title.trim() || form.address.trim());
    watch(() => props.pop?.linkedId, () => {
      if (!unsaved()) {
        reset();
      } else if (!formCall.value && props.pop) {
        // Typing began before the pop arrived: the draft is about this call.
        formCall.value = props.pop;
        if (!form.phone) form.phone = nationalNumber(props.pop.callerNumber);
      }
    });
    const olderCall = () => !!props.pop && !!formCall.value && formCall.value.linkedId !== props.pop.linkedId;

    async function submit() {
      if (sending.value) return;
      errors.value = [];
      sending.value = true;
      try {
        receipt.value = await api.post('api/reports', {
          title: form.title || null, description: form.description, categoryCode: form.categoryCode || null,
          areaCode: form.areaCode || null, address: form.address || null,
          reporter: { name: form.name || null, phone: form.phone || null, email: form.email || null },
          consentToShareIdentity: form.consent, callLinkedId: formCall.value?.linkedId || null,
          sameAsTrackingCode: props.sameAs?.trackingCode || null,
        }, { 'Idempotency-Key': key });
        receipt.value = { ...receipt.value, linkedId: formCall.value?.linkedId || null, sameAs: props.sameAs?.trackingCode || null };
        emit('submitted', receipt.value);
        nextTick(() => document.getElementById('desk-receipt')?.focus());
      } catch (e) {
        errors.value = errorLines(e);
        nextTick(() => document.getElementById('desk-description')?.focus());
      } finally {
        sending.value = false;
      }
    }

    /** Ctrl+Enter (⌘+Enter) submits from any field, the description included. */
    function onKey(e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        submit();
      }
    }

    /** The next report: of the same call and caller, or of the call that popped meanwhile. */
    function another() {
      const sameCall = !olderCall();
      const phone = form.phone;
      reset();
      if (sameCall) form.phone = phone;
    }

    function choose(hint) {
      emit('update:sameAs', { trackingCode: hint.trackingCode, title: hint.title });
    }

    function reasonLabel(code) {
      const label = t('desk.reason.' + code);
      return label === 'desk.reason.' + code ? code : label;
    }

    expose({ focusDescription });
    return { form, formCall, olderCall, nationalNumber, errors, sending, receipt, similar, submit, onKey, another, choose, reasonLabel, t, formatDateTime };
  },
  template: `
  <section class="card shadow-sm mb-3" aria-labelledby="desk-intake-h" data-testid="intake">
    <div class="card-body">
      <h2 id="desk-intake-h" class="h5 card-title">{{ t('desk.intake') }}</h2>

      <div v-if="receipt" id="desk-receipt" class="receipt text-center py-2" role="status" aria-live="polite" tabindex="-1" data-testid="receipt">
        <p class="h6 text-success mb-1">{{ t('desk.received') }}</p>
        <p class="tracking-code display-6 fw-bold mb-1" data-testid="tracking-code">{{ receipt.trackingCode }}</p>
        <p class="small mb-1">{{ t('desk.readOut') }}</p>
        <p v-if="receipt.linkedId" class="small mb-1" data-testid="linked-call">{{ t('desk.linkedToCall') }}</p>
        <p v-if="receipt.sameAs" class="small mb-1" data-testid="joined-case">{{ t('desk.joinedCase') }} <strong>{{ receipt.sameAs }}</strong></p>
        <p class="small">{{ t('receipt.forwardDue') }}: <strong>{{ formatDateTime(receipt.forwardDueAt) }}</strong></p>
        <button type="button" class="btn btn-primary" @click="another">{{ t('desk.another') }}</button>
      </div>

      <form v-else novalidate @submit.prevent="submit" @keydown="onKey" data-testid="intake-form">
        <div data-testid="intake-errors"><ProblemBox :lines="errors" /></div>
        <div v-if="olderCall()" class="alert alert-warning py-2" role="status" data-testid="older-call">
          {{ t('desk.olderCall') }} {{ nationalNumber(formCall.callerNumber) || t('desk.hiddenNumber') }}.</div>
        <div v-if="sameAs" class="alert alert-info d-flex justify-content-between align-items-center py-2" data-testid="same-as-chosen">
          <span>{{ t('desk.willJoin') }} <strong>{{ sameAs.trackingCode }}</strong> — {{ sameAs.title }}</span>
          <button type="button" class="btn btn-sm btn-outline-dark" @click="$emit('update:sameAs', null)">{{ t('similar.undo') }}</button>
        </div>
        <div class="mb-2">
          <label for="desk-description" class="form-label">{{ t('form.description') }} <span class="text-danger" aria-hidden="true">*</span><span class="visually-hidden">({{ t('form.required') }})</span></label>
          <textarea id="desk-description" v-model="form.description" class="form-control" rows="4" maxlength="10000"
                    aria-describedby="desk-description-hint" aria-required="true"></textarea>
          <div id="desk-description-hint" class="form-text">{{ t('desk.submitHint') }}</div>
        </div>
        <div v-if="similar.length" class="border border-warning border-2 rounded p-2 mb-2" data-testid="similar" aria-live="polite">
          <p class="fw-semibold mb-1">{{ t('desk.similar') }}</p>
          <ul class="list-unstyled mb-0">
            <li v-for="h in similar" :key="h.caseId" class="py-1 border-top d-flex flex-wrap gap-2 align-items-center" :data-similar="h.trackingCode">
              <a :href="'#/case/' + h.caseId" target="_blank" rel="noopener">{{ h.trackingCode }}</a>
              <span>{{ h.title }}</span>
              <span class="badge text-bg-light border">{{ h.stateLabelVi }}</span>
              <span class="badge" :class="h.band === 'LIKELY' ? 'text-bg-warning' : 'text-bg-light border'">{{ h.band === 'LIKELY' ? t('similar.likely') : t('similar.possible') }}</span>
              <span v-for="r in h.reasons.filter((r) => r.weight > 0)" :key="r.code" class="small" :data-reason="r.code">· {{ reasonLabel(r.code) }}</span>
              <button type="button" class="btn btn-sm btn-outline-primary ms-auto" data-testid="same-as" @click="choose(h)">{{ t('desk.addToCase') }}</button>
            </li>
          </ul>
        </div>
        <div class="row g-2">
          <div class="col-md-6"><Picker id="desk-category" :label="t('field.category')" :options="categories" v-model="form.categoryCode" :placeholder="t('desk.typeToFilter')" /></div>
          <div class="col-md-6"><Picker id="desk-area" :label="t('field.area')" :options="areas" v-model="form.areaCode" :placeholder="t('desk.typeToFilter')" /></div>
          <div class="col-md-6">
            <label for="desk-address" class="form-label">{{ t('form.address') }}</label>
            <input id="desk-address" v-model="form.address" class="form-control" maxlength="500">
          </div>
          <div class="col-md-6">
            <label for="desk-title" class="form-label">{{ t('form.title') }}</label>
            <input id="desk-title" v-model="form.title" class="form-control" maxlength="300">
          </div>
          <div class="col-md-4">
            <label for="desk-name" class="form-label">{{ t('form.name') }}</label>
            <input id="desk-name" v-model="form.name" class="form-control" maxlength="200" autocomplete="off">
          </div>
          <div class="col-md-4">
            <label for="desk-phone" class="form-label">{{ t('form.phone') }}</label>
            <input id="desk-phone" v-model="form.phone" class="form-control" maxlength="30" inputmode="tel" autocomplete="off">
          </div>
          <div class="col-md-4">
            <label for="desk-email" class="form-label">{{ t('form.email') }}</label>
            <input id="desk-email" v-model="form.email" type="email" class="form-control" maxlength="320" autocomplete="off">
          </div>
          <div class="col-12 form-check ms-2">
            <input id="desk-consent" v-model="form.consent" type="checkbox" class="form-check-input">
            <label for="desk-consent" class="form-check-label">{{ t('desk.consent') }}</label>
          </div>
        </div>
        <button type="submit" class="btn btn-primary mt-3" :disabled="sending" data-testid="intake-submit">
          {{ sending ? t('form.sending') : (sameAs ? t('desk.submitJoin') : t('desk.submit')) }} <kbd class="ms-1">Ctrl+Enter</kbd>
        </button>
      </form>
    </div>
  </section>`,
};
