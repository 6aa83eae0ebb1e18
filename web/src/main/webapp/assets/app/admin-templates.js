// E-mail templates per notification kind, Vietnamese and English side by side as a message carries them, with a
// preview rendered by the server from sample values (the same placeholder rules as a save, so a typo shows at once).
import { ref, reactive, computed, watch, onMounted, onBeforeUnmount } from 'vue';
import { api } from './api.js';
import { t } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { useAction, useList, seg, DoneLine } from './admin-common.js';

const LANGS = ['vi', 'en'];

export const AdminTemplates = {
  components: { ProblemBox, DoneLine },
  setup() {
    const list = useList('api/admin/mail-templates');
    const kind = ref('');
    const drafts = reactive({ vi: { subject: '', body: '' }, en: { subject: '', body: '' } });
    const previews = reactive({ vi: null, en: null });
    const previewErrors = reactive({ vi: [], en: [] });
    const saves = { vi: useAction(), en: useAction() };
    const timers = {};

    const kinds = computed(() => [...new Set(list.items.value.map((x) => x.kind))]);
    const stored = (lang) => list.items.value.find((x) => x.kind === kind.value && x.lang === lang);

    function choose(k) {
      kind.value = k;
      for (const lang of LANGS) {
        const s = stored(lang);
        Object.assign(drafts[lang], { subject: s ? s.subject : '', body: s ? s.body : '' });
        saves[lang].errors.value = [];
        saves[lang].done.value = '';
        preview(lang);
      }
    }

    async function preview(lang) {
      previewErrors[lang] = [];
      if (!drafts[lang].subject.trim() && !drafts[lang].body.trim()) { previews[lang] = null; return; }
      try {
        previews[lang] = await api.post('api/admin/mail-templates/' + seg(kind.value) + '/' + lang + '/preview', drafts[lang]);
      } catch (e) {
        previews[lang] = null;
        previewErrors[lang] = errorLines(e);
      }
    }

    /** Typing re-renders the preview after a pause, not at every key. */
    function typed(lang) {
      clearTimeout(timers[lang]);
      timers[lang] = setTimeout(() => preview(lang), 400);
    }

    async function save(lang) {
      const ok = await saves[lang].run(() => api.put('api/admin/mail-templates/' + seg(kind.value) + '/' + lang, drafts[lang]));
      if (ok) {
        list.items.value = list.items.value.filter((x) => !(x.kind === ok.kind && x.lang === ok.lang)).concat([ok]);
        preview(lang);
      }
    }

    watch(kinds, (ks) => { if (!kind.value && ks.length) choose(ks[0]); });
    onMounted(list.load);
    onBeforeUnmount(() => LANGS.forEach((l) => clearTimeout(timers[l])));
    return { list, kind, kinds, drafts, previews, previewErrors, saves, stored, choose, typed, save, preview, LANGS, t };
  },
  template: `
  <section data-testid="admin-templates">
    <p class="small text-muted">{{ t('tpl.hint') }}</p>
    <ProblemBox :lines="list.errors.value" />
    <div class="mb-3" style="max-width: 28rem">
      <label for="tpl-kind" class="form-label small">{{ t('tpl.kind') }}</label>
      <select id="tpl-kind" :value="kind" class="form-select form-select-sm" @change="choose($event.target.value)">
        <option v-for="k in kinds" :key="k" :value="k">{{ t('tpl.kind.' + k) }} ({{ k }})</option></select>
    </div>
    <div v-if="kind" class="row g-3">
      <div v-for="lang in LANGS" :key="lang" class="col-lg-6">
        <form class="card card-body" :data-testid="'tpl-' + lang" @submit.prevent="save(lang)">
          <h2 class="h6">{{ t('tpl.lang.' + lang) }}</h2>
          <ProblemBox :lines="saves[lang].errors.value" />
          <DoneLine :text="saves[lang].done.value" />
          <label :for="'tpl-subject-' + lang" class="form-label small">{{ t('tpl.subject') }}</label>
          <input :id="'tpl-subject-' + lang" v-model="drafts[lang].subject" class="form-control form-control-sm mb-2" maxlength="300" @input="typed(lang)">
          <label :for="'tpl-body-' + lang" class="form-label small">{{ t('tpl.body') }}</label>
          <textarea :id="'tpl-body-' + lang" v-model="drafts[lang].body" class="form-control form-control-sm font-monospace mb-2" rows="9" @input="typed(lang)"></textarea>
          <p class="small text-muted mb-2">{{ t('tpl.placeholders') }} <code class="text-body me-1" v-for="p in ['code', 'title', 'unit', 'answer', 'message']" :key="p" v-text="'{' + '{' + p + '}' + '}'"></code></p>
          <div class="d-flex gap-2 align-items-center">
            <button type="submit" class="btn btn-sm btn-primary" :disabled="saves[lang].busy.value">{{ t('admin.save') }}</button>
            <button type="button" class="btn btn-sm btn-outline-secondary" @click="preview(lang)">{{ t('tpl.preview') }}</button>
            <span v-if="stored(lang) && stored(lang).updatedBy" class="small text-muted">{{ t('tpl.updatedBy') }} {{ stored(lang).updatedBy }}</span>
          </div>
          <div class="mt-3" :data-testid="'tpl-preview-' + lang" aria-live="polite">
            <h3 class="h6 small fw-semibold">{{ t('tpl.previewTitle') }}</h3>
            <ProblemBox :lines="previewErrors[lang]" />
            <div v-if="previews[lang]" class="border rounded p-2 bg-light small">
              <div class="fw-semibold" data-testid="preview-subject">{{ previews[lang].subject }}</div><hr class="my-1">
              <div class="pre-line" data-testid="preview-body">{{ previews[lang].body }}</div>
            </div>
          </div>
        </form>
      </div>
    </div>
  </section>`,
};
