// Submit a report: live "has this been reported?" hints while typing, then the tracking code at once.
import { reactive, ref, watch } from 'vue';
import { api, idempotencyKey } from './api.js';
import { t, formatDate, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { PhotoPicker, postForm } from './attachments.js';
import { MapPin } from './map-pin.js';

const HINT_DELAY_MS = 600;
const HINT_MIN_CHARS = 20;

function emptyForm() {
  return { categoryCode: '', areaCode: '', address: '', title: '', description: '', latitude: null, longitude: null,
    name: '', phone: '', email: '', consent: false };
}

export const SubmitReport = {
  components: { ProblemBox, PhotoPicker, MapPin },
  props: { categories: Array, areas: Array },
  setup() {
    const form = reactive(emptyForm());
    const errors = ref([]);
    const sending = ref(false);
    const receipt = ref(null);
    const similar = ref([]);
    const sameAs = ref(null);
    const locationError = ref('');
    const showMap = ref(false);
    const photos = ref([]);
    const photoProblems = ref([]);
    let key = idempotencyKey();
    let timer = null;
    let asked = 0;

    async function askSimilar() {
      const text = form.description.trim();
      if (text.length < HINT_MIN_CHARS) {
        similar.value = [];
        return;
      }
      const mine = ++asked;
      try {
        const hints = await api.post('api/public/search/similar', {
          title: form.title || null, description: text, categoryCode: form.categoryCode || null,
          areaCode: form.areaCode || null, latitude: form.latitude, longitude: form.longitude,
        });
        if (mine === asked) {
          similar.value = hints;
        }
      } catch (e) {
        // Hints are a help, never a blocker: the report can be sent without them.
      }
    }

    watch(() => [form.description, form.title, form.categoryCode, form.areaCode], () => {
      clearTimeout(timer);
      timer = setTimeout(askSimilar, HINT_DELAY_MS);
    });

    function locate() {
      locationError.value = '';
      if (!navigator.geolocation) {
        locationError.value = t('form.locationFailed');
        return;
      }
      navigator.geolocation.getCurrentPosition(
        (p) => { form.latitude = +p.coords.latitude.toFixed(6); form.longitude = +p.coords.longitude.toFixed(6); },
        () => { locationError.value = t('form.locationFailed'); },
        { enableHighAccuracy: true, timeout: 10000 });
    }

    async function submit() {
      errors.value = [];
      if (!form.description.trim()) {
        errors.value = [t('form.descriptionMissing')];
        document.getElementById('description').focus();
        return;
      }
      if (photoProblems.value.length) {
        errors.value = photoProblems.value;
        return;
      }
      sending.value = true;
      try {
        const report = {
          title: form.title || null, description: form.description, categoryCode: form.categoryCode || null,
          areaCode: form.areaCode || null, address: form.address || null, latitude: form.latitude, longitude: form.longitude,
          consentToShareIdentity: form.consent, sameAsTrackingCode: sameAs.value?.trackingCode || null,
          reporter: { name: form.name || null, phone: form.phone || null, email: form.email || null },
        };
        if (photos.value.length) {
          // The report and its photos in one request: the server stores them together or not at all.
          const data = new FormData();
          data.append('report', JSON.stringify(report));
          photos.value.forEach((f) => data.append('files', f, f.name));
          receipt.value = await postForm('api/public/reports', data, { 'Idempotency-Key': key });
        } else {
          receipt.value = await api.post('api/public/reports', report, { 'Idempotency-Key': key });
        }
      } catch (e) {
        errors.value = errorLines(e);
      } finally {
        sending.value = false;
      }
    }

    function another() {
      Object.assign(form, emptyForm());
      receipt.value = null;
      similar.value = [];
      sameAs.value = null;
      photos.value = [];
      showMap.value = false;
      key = idempotencyKey();
    }

    function copy() {
      navigator.clipboard?.writeText(receipt.value.trackingCode);
    }

    return { form, errors, sending, receipt, similar, sameAs, locationError, showMap, photos, photoProblems, locate, submit, another, copy, t,
      formatDate, formatDateTime };
  },
  template: `
  <section aria-labelledby="submit-h" class="card shadow-sm mb-4">
    <div class="card-body">
      <h2 id="submit-h" class="h4 card-title">{{ t('nav.submit') }}</h2>

      <div v-if="receipt" class="receipt text-center py-3" role="status" aria-live="polite">
        <p class="h5 text-success">{{ t('receipt.title') }}</p>
        <p class="mb-1">{{ t('receipt.code') }}</p>
        <p class="tracking-code display-6 fw-bold" data-testid="tracking-code">{{ receipt.trackingCode }}</p>
        <p>{{ t('receipt.keep') }}</p>
        <p>{{ t('receipt.forwardDue') }}: <strong>{{ formatDateTime(receipt.forwardDueAt) }}</strong></p>
        <button type="button" class="btn btn-outline-secondary me-2" @click="copy">{{ t('receipt.copy') }}</button>
        <button type="button" class="btn btn-primary" @click="another">{{ t('receipt.another') }}</button>
      </div>

      <form v-else novalidate @submit.prevent="submit">
        <div class="row g-3">
          <div class="col-md-6">
            <label for="category" class="form-label">{{ t('form.category') }}</label>
            <select id="category" v-model="form.categoryCode" class="form-select">
              <option value="">{{ t('form.notSure') }}</option>
              <option v-for="c in categories" :key="c.code" :value="c.code">{{ c.name }}</option>
            </select>
          </div>
          <div class="col-md-6">
            <label for="area" class="form-label">{{ t('form.area') }}</label>
            <select id="area" v-model="form.areaCode" class="form-select">
              <option value="">{{ t('form.notSure') }}</option>
              <option v-for="a in areas" :key="a.code" :value="a.code">{{ a.name }}</option>
            </select>
          </div>
          <div class="col-12">
            <label for="address" class="form-label">{{ t('form.address') }}</label>
            <input id="address" v-model="form.address" class="form-control" maxlength="500" :placeholder="t('form.addressHint')">
            <div class="mt-2 d-flex flex-wrap align-items-center gap-2">
              <button type="button" class="btn btn-sm btn-outline-secondary" @click="locate">{{ t('form.useMyLocation') }}</button>
              <button type="button" class="btn btn-sm btn-outline-secondary" data-testid="show-map" :aria-expanded="showMap ? 'true' : 'false'"
                      @click="showMap = !showMap">{{ showMap ? t('form.hideMap') : t('form.pickOnMap') }}</button>
              <span v-if="form.latitude !== null" class="small text-success" data-testid="location-set">
                {{ t('form.locationSet') }}: {{ form.latitude }}, {{ form.longitude }}
                <button type="button" class="btn btn-link btn-sm p-0 ms-1" @click="form.latitude = null; form.longitude = null">{{ t('form.locationClear') }}</button>
              </span>
              <span v-if="locationError" class="small text-danger">{{ locationError }}</span>
            </div>
            <MapPin v-if="showMap" class="mt-2" editable v-model:latitude="form.latitude" v-model:longitude="form.longitude" />
          </div>
          <div class="col-12">
            <label for="title" class="form-label">{{ t('form.title') }}</label>
            <input id="title" v-model="form.title" class="form-control" maxlength="300">
          </div>
          <div class="col-12">
            <label for="description" class="form-label">{{ t('form.description') }} <span class="text-danger" :title="t('form.required')">*</span></label>
            <textarea id="description" v-model="form.description" class="form-control" rows="5" maxlength="10000" required
                      aria-required="true" aria-describedby="description-hint"></textarea>
            <div id="description-hint" class="form-text">{{ t('form.descriptionHint') }} ({{ form.description.length }}/10000)</div>
          </div>

          <div v-if="similar.length" class="col-12" data-testid="similar">
            <div class="similar border rounded p-3" role="region" aria-live="polite" aria-labelledby="similar-h">
              <h3 id="similar-h" class="h6">{{ t('similar.title') }}</h3>
              <p class="small text-muted mb-2">{{ t('similar.hint') }}</p>
              <ul class="list-unstyled mb-0">
                <li v-for="h in similar" :key="h.trackingCode" class="d-flex flex-wrap justify-content-between align-items-start gap-2 py-2 border-top">
                  <div>
                    <span class="badge me-1" :class="h.band === 'LIKELY' ? 'text-bg-warning' : 'text-bg-light'">{{ h.band === 'LIKELY' ? t('similar.likely') : t('similar.possible') }}</span>
                    <strong>{{ h.title }}</strong>
                    <div class="small text-muted">{{ h.trackingCode }} · {{ h.stateLabelVi }} · {{ h.areaName || '' }} · {{ formatDate(h.receivedAt) }}</div>
                  </div>
                  <button v-if="!sameAs || sameAs.trackingCode !== h.trackingCode" type="button" class="btn btn-sm btn-outline-primary"
                          @click="sameAs = h">{{ t('similar.same') }}</button>
                  <span v-else class="small text-success">✓ {{ t('similar.chosen') }} {{ h.trackingCode }}
                    <button type="button" class="btn btn-link btn-sm p-0 ms-1" @click="sameAs = null">{{ t('similar.undo') }}</button></span>
                </li>
              </ul>
            </div>
          </div>

          <div class="col-12">
            <PhotoPicker v-model="photos" @problems="photoProblems = $event" />
            <div v-for="line in photoProblems" :key="line" class="small text-danger" data-testid="photo-problem">{{ line }}</div>
          </div>

          <fieldset class="col-12">
            <legend class="h6">{{ t('form.contact') }}</legend>
            <p class="small text-muted">{{ t('form.contactHint') }}</p>
            <div class="row g-3">
              <div class="col-md-4"><label for="name" class="form-label">{{ t('form.name') }}</label>
                <input id="name" v-model="form.name" class="form-control" maxlength="200" autocomplete="name"></div>
              <div class="col-md-4"><label for="phone" class="form-label">{{ t('form.phone') }}</label>
                <input id="phone" v-model="form.phone" class="form-control" maxlength="30" autocomplete="tel" inputmode="tel"></div>
              <div class="col-md-4"><label for="email" class="form-label">{{ t('form.email') }}</label>
                <input id="email" v-model="form.email" type="email" class="form-control" maxlength="320" autocomplete="email"></div>
            </div>
            <div class="form-check mt-3">
              <input id="consent" v-model="form.consent" class="form-check-input" type="checkbox">
              <label for="consent" class="form-check-label">{{ t('form.consent') }}</label>
            </div>
          </fieldset>

          <div class="col-12"><ProblemBox :lines="errors" /></div>
          <div class="col-12">
            <button type="submit" class="btn btn-primary btn-lg" :disabled="sending">{{ sending ? t('form.sending') : t('form.submit') }}</button>
          </div>
        </div>
      </form>
    </div>
  </section>`,
};
