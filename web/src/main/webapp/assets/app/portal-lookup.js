// Look a report up by tracking code; with the phone's last 4 digits (or the e-mail), rate the answer or reopen.
import { reactive, ref } from 'vue';
import { api } from './api.js';
import { t, formatDate, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { AnswerFiles } from './attachments.js';

const CODE = /^\d{10}$/;

export const LookupReport = {
  components: { ProblemBox, AnswerFiles },
  setup() {
    const query = reactive({ code: '', secret: '' });
    const view = ref(null);
    const errors = ref([]);
    const rating = reactive({ score: 0, comment: '', errors: [], done: false });
    const reopen = reactive({ reason: '', errors: [], done: false });

    async function lookup() {
      errors.value = [];
      const code = query.code.replace(/[\s.-]/g, '');
      if (!CODE.test(code)) {
        errors.value = [t('lookup.badCode')];
        return;
      }
      try {
        const secret = query.secret.trim();
        view.value = await api.get('api/public/reports/' + encodeURIComponent(code) + (secret ? '?secret=' + encodeURIComponent(secret) : ''));
        rating.done = false;
        reopen.done = false;
      } catch (e) {
        view.value = null;
        errors.value = errorLines(e);
      }
    }

    async function rate() {
      rating.errors = [];
      try {
        await api.post('api/public/reports/' + view.value.trackingCode + '/rating',
          { secret: query.secret.trim(), score: rating.score || null, comment: rating.comment || null });
        rating.done = true;
        await lookup();
        rating.done = true;
      } catch (e) {
        rating.errors = errorLines(e);
      }
    }

    async function askReopen() {
      reopen.errors = [];
      try {
        await api.post('api/public/reports/' + view.value.trackingCode + '/reopen', { secret: query.secret.trim(), reason: reopen.reason });
        await lookup();
        reopen.done = true;
      } catch (e) {
        reopen.errors = errorLines(e);
      }
    }

    return { query, view, errors, rating, reopen, lookup, rate, askReopen, t, formatDate, formatDateTime };
  },
  template: `
  <section aria-labelledby="lookup-h" class="card shadow-sm mb-4">
    <div class="card-body">
      <h2 id="lookup-h" class="h4 card-title">{{ t('nav.lookup') }}</h2>
      <form class="row g-3" novalidate @submit.prevent="lookup">
        <div class="col-md-5"><label for="code" class="form-label">{{ t('lookup.code') }}</label>
          <input id="code" v-model="query.code" class="form-control" inputmode="numeric" maxlength="16" autocomplete="off" required aria-required="true"></div>
        <div class="col-md-5"><label for="secret" class="form-label">{{ t('lookup.secret') }}</label>
          <input id="secret" v-model="query.secret" class="form-control" maxlength="320" aria-describedby="secret-hint">
          <div id="secret-hint" class="form-text">{{ t('lookup.secretHint') }}</div></div>
        <div class="col-md-2 d-flex align-items-end"><button type="submit" class="btn btn-primary w-100">{{ t('lookup.submit') }}</button></div>
      </form>
      <div class="mt-3"><ProblemBox :lines="errors" /></div>

      <div v-if="view" class="mt-3" data-testid="lookup-result" role="status" aria-live="polite">
        <dl class="row mb-2">
          <dt class="col-sm-4">{{ t('lookup.state') }}</dt><dd class="col-sm-8"><span class="badge text-bg-primary" data-testid="state">{{ view.stateLabelVi }}</span></dd>
          <dt class="col-sm-4">{{ t('lookup.received') }}</dt><dd class="col-sm-8">{{ formatDateTime(view.receivedAt) }}</dd>
          <template v-if="view.dueAt"><dt class="col-sm-4">{{ t('lookup.due') }}</dt><dd class="col-sm-8">{{ formatDateTime(view.dueAt) }}</dd></template>
          <template v-if="view.leadUnitName"><dt class="col-sm-4">{{ t('lookup.unit') }}</dt><dd class="col-sm-8">{{ view.leadUnitName }}</dd></template>
          <template v-if="view.caseTrackingCode && view.caseTrackingCode !== view.trackingCode"><dt class="col-sm-4">{{ t('lookup.mergedInto') }}</dt><dd class="col-sm-8">{{ view.caseTrackingCode }}</dd></template>
        </dl>
        <div v-if="view.verified && view.description" class="mb-3"><h3 class="h6">{{ view.title }}</h3><p class="pre-line">{{ view.description }}</p></div>
        <div v-if="view.publishedAnswer" class="answer border-start border-4 border-success ps-3 mb-3">
          <h3 class="h6">{{ t('lookup.answer') }} <small class="text-muted">· {{ t('lookup.publishedAt') }} {{ formatDate(view.publishedAt) }}</small></h3>
          <p class="pre-line" data-testid="answer">{{ view.publishedAnswer }}</p>
          <AnswerFiles :code="view.trackingCode" />
        </div>
        <div v-if="view.timeline && view.timeline.length" class="mb-3">
          <h3 class="h6">{{ t('lookup.timeline') }}</h3>
          <ol class="small"><li v-for="(s, i) in view.timeline" :key="i">{{ formatDateTime(s.at) }} — {{ s.stateLabelVi }}</li></ol>
        </div>
        <p v-if="view.myRating" class="text-success">{{ t('rate.mine') }}: {{ view.myRating }}/5</p>

        <form v-if="view.mayRate" class="border rounded p-3 mb-3" novalidate @submit.prevent="rate" data-testid="rating-form">
          <fieldset>
            <legend class="h6">{{ t('rate.title') }}</legend>
            <div class="d-flex flex-wrap gap-3 mb-2" role="radiogroup" :aria-label="t('rate.score')">
              <div v-for="s in 5" :key="s" class="form-check">
                <input :id="'score-' + s" v-model.number="rating.score" class="form-check-input" type="radio" name="score" :value="s">
                <label :for="'score-' + s" class="form-check-label">{{ s }} · {{ t('rate.s' + s) }}</label>
              </div>
            </div>
            <label for="rating-comment" class="form-label">{{ t('rate.comment') }}</label>
            <textarea id="rating-comment" v-model="rating.comment" class="form-control mb-2" rows="2" maxlength="2000"></textarea>
            <ProblemBox :lines="rating.errors" />
            <button type="submit" class="btn btn-success">{{ t('rate.submit') }}</button>
          </fieldset>
        </form>
        <p v-if="rating.done" class="text-success" role="status">{{ t('rate.done') }}</p>

        <form v-if="view.mayReopen" class="border rounded p-3" novalidate @submit.prevent="askReopen" data-testid="reopen-form">
          <h3 class="h6">{{ t('reopen.title') }}</h3>
          <p v-if="view.reopenUntil" class="small text-muted">{{ t('reopen.until') }} {{ formatDateTime(view.reopenUntil) }}</p>
          <label for="reopen-reason" class="form-label">{{ t('reopen.reason') }}</label>
          <textarea id="reopen-reason" v-model="reopen.reason" class="form-control mb-2" rows="2" maxlength="2000"></textarea>
          <ProblemBox :lines="reopen.errors" />
          <button type="submit" class="btn btn-outline-danger">{{ t('reopen.submit') }}</button>
        </form>
        <p v-if="reopen.done" class="text-success" role="status">{{ t('reopen.done') }}</p>
      </div>
    </div>
  </section>`,
};
