// The working calendar of one year: twelve months with weekends, public holidays (Tết and the Hùng Kings' day move
// with the lunar calendar every year) and make-up working days (ngày làm bù); add, replace or remove a day, and set
// the working hours that deadlines are counted in.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from './api.js';
import { t, locale } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { DateInput, showDate } from './date-input.js';
import { useAction, orNull, DoneLine } from './admin-common.js';

const pad = (n) => String(n).padStart(2, '0');

/** The weeks of a month, Monday first, as ISO dates (null outside the month). */
export function monthWeeks(year, month) {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells = Array((first.getUTCDay() + 6) % 7).fill(null);
  for (let d = 1; d <= days; d++) cells.push(year + '-' + pad(month + 1) + '-' + pad(d));
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export const AdminCalendar = {
  components: { ProblemBox, DateInput, DoneLine },
  setup() {
    const year = ref(new Date().getFullYear());
    const data = ref(null);
    const loadErrors = ref([]);
    const action = useAction();
    const hours = useAction();
    const form = reactive({ date: '', kind: 'HOLIDAY', nameVi: '', nameEn: '' });
    const workingHours = ref('');

    const byDate = computed(() => new Map((data.value?.days || []).map((d) => [d.date, d])));
    const months = computed(() => Array.from({ length: 12 }, (_, m) => ({ m, weeks: monthWeeks(year.value, m) })));
    const monthName = (m) => new Intl.DateTimeFormat(locale.lang === 'en' ? 'en-GB' : 'vi-VN', { month: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2000, m, 1)));

    function cls(iso) {
      const d = byDate.value.get(iso);
      if (d) return d.kind === 'HOLIDAY' ? 'cal-holiday' : 'cal-makeup';
      const wd = new Date(iso + 'T00:00:00Z').getUTCDay();
      return wd === 0 || wd === 6 ? 'cal-weekend' : '';
    }
    function title(iso) {
      const d = byDate.value.get(iso);
      return showDate(iso) + (d ? ' — ' + ((locale.lang === 'en' && d.nameEn) || d.nameVi) : '');
    }

    async function load() {
      loadErrors.value = [];
      try {
        data.value = await api.get('api/admin/calendar/' + year.value);
        workingHours.value = data.value.workingHours;
      } catch (e) {
        loadErrors.value = errorLines(e);
      }
    }

    function pick(iso) {
      const d = byDate.value.get(iso);
      Object.assign(form, { date: iso, kind: d ? d.kind : 'HOLIDAY', nameVi: d ? d.nameVi : '', nameEn: d ? d.nameEn || '' : '' });
    }

    async function putDay() {
      if (form.date === null) return; // the date field says what is wrong
      const ok = await action.run(() => api.put('api/admin/calendar/days/' + (form.date || '-'),
        { kind: form.kind, nameVi: form.nameVi, nameEn: orNull(form.nameEn) }));
      if (ok) {
        const y = Number(form.date.slice(0, 4));
        if (y !== year.value) year.value = y;
        await load();
      }
    }

    async function removeDay(iso) {
      if (await action.run(() => api.delete('api/admin/calendar/days/' + iso), t('cal.removed'))) await load();
    }

    async function saveHours() {
      const ok = await hours.run(() => api.put('api/admin/calendar/working-hours', { workingHours: workingHours.value }));
      if (ok) workingHours.value = ok.workingHours;
    }

    const shift = (n) => { year.value += n; load(); };
    onMounted(load);
    return { year, data, loadErrors, action, hours, form, workingHours, months, monthName, cls, title, pick, putDay, removeDay,
      saveHours, shift, load, showDate, t, locale };
  },
  template: `
  <section data-testid="admin-calendar">
    <div class="d-flex align-items-center gap-2 mb-2">
      <button type="button" class="btn btn-sm btn-outline-secondary" @click="shift(-1)" :aria-label="t('cal.prevYear')">‹</button>
      <h2 class="h5 mb-0" data-testid="cal-year">{{ t('cal.year') }} {{ year }}</h2>
      <button type="button" class="btn btn-sm btn-outline-secondary" @click="shift(1)" :aria-label="t('cal.nextYear')">›</button>
      <span class="ms-3 small"><span class="cal-legend cal-holiday">&nbsp;</span> {{ t('cal.HOLIDAY') }}
        <span class="cal-legend cal-makeup ms-2">&nbsp;</span> {{ t('cal.MAKEUP_WORKDAY') }}
        <span class="cal-legend cal-weekend ms-2">&nbsp;</span> {{ t('cal.weekend') }}</span>
    </div>
    <ProblemBox :lines="loadErrors" />
    <div class="row g-3">
      <div class="col-xl-8">
        <div class="row g-2" data-testid="cal-months">
          <div v-for="mo in months" :key="mo.m" class="col-6 col-md-4 col-lg-3">
            <table class="table table-sm table-borderless cal-month mb-0">
              <caption class="caption-top small fw-semibold text-body">{{ monthName(mo.m) }}</caption>
              <thead><tr><th v-for="d in (locale.lang === 'en' ? ['Mo','Tu','We','Th','Fr','Sa','Su'] : ['T2','T3','T4','T5','T6','T7','CN'])" :key="d" scope="col">{{ d }}</th></tr></thead>
              <tbody><tr v-for="(w, i) in mo.weeks" :key="i">
                <td v-for="(iso, j) in w" :key="j" class="p-0 text-center">
                  <button v-if="iso" type="button" tabindex="-1" class="cal-day" :class="cls(iso)" :title="title(iso)" :aria-label="title(iso)"
                          :data-date="iso" @click="pick(iso)">{{ Number(iso.slice(8)) }}</button>
                </td>
              </tr></tbody>
            </table>
          </div>
        </div>
      </div>
      <div class="col-xl-4">
        <form class="card card-body mb-3" data-testid="day-form" @submit.prevent="putDay">
          <h2 class="h6">{{ t('cal.addDay') }}</h2>
          <ProblemBox :lines="action.errors.value" />
          <DoneLine :text="action.done.value" />
          <DateInput id="day-date" v-model="form.date" :label="t('cal.date')" small required class="mb-2" />
          <label for="day-kind" class="form-label small">{{ t('cal.kind') }}</label>
          <select id="day-kind" v-model="form.kind" class="form-select form-select-sm mb-2">
            <option value="HOLIDAY">{{ t('cal.HOLIDAY') }}</option><option value="MAKEUP_WORKDAY">{{ t('cal.MAKEUP_WORKDAY') }}</option></select>
          <label for="day-name-vi" class="form-label small">{{ t('admin.nameVi') }}</label>
          <input id="day-name-vi" v-model="form.nameVi" class="form-control form-control-sm mb-2" maxlength="300">
          <label for="day-name-en" class="form-label small">{{ t('admin.nameEn') }}</label>
          <input id="day-name-en" v-model="form.nameEn" class="form-control form-control-sm mb-2" maxlength="300">
          <button type="submit" class="btn btn-sm btn-primary align-self-start" :disabled="action.busy.value">{{ t('admin.save') }}</button>
        </form>
        <form class="card card-body mb-3" data-testid="hours-form" @submit.prevent="saveHours">
          <label for="working-hours" class="form-label small fw-semibold">{{ t('cal.workingHours') }}</label>
          <ProblemBox :lines="hours.errors.value" />
          <DoneLine :text="hours.done.value" />
          <div class="input-group input-group-sm">
            <input id="working-hours" v-model="workingHours" class="form-control" placeholder="08:00-12:00,13:30-17:00">
            <button type="submit" class="btn btn-outline-primary" :disabled="hours.busy.value">{{ t('admin.save') }}</button>
          </div>
        </form>
        <h2 class="h6">{{ t('cal.days') }}</h2>
        <ul class="list-unstyled small" data-testid="cal-days">
          <li v-for="d in (data ? data.days : [])" :key="d.date" class="d-flex align-items-center gap-2 border-bottom py-1" :data-day="d.date">
            <span class="cal-legend" :class="d.kind === 'HOLIDAY' ? 'cal-holiday' : 'cal-makeup'">&nbsp;</span>
            <span class="text-nowrap">{{ showDate(d.date) }}</span><span>{{ (locale.lang === 'en' && d.nameEn) || d.nameVi }}</span>
            <button type="button" class="btn btn-sm btn-link ms-auto p-0" data-action="edit-day" @click="pick(d.date)">{{ t('admin.edit') }}</button>
            <button type="button" class="btn btn-sm btn-link text-danger p-0" data-action="remove-day" @click="removeDay(d.date)">{{ t('cal.remove') }}</button>
          </li>
        </ul>
      </div>
    </div>
  </section>`,
};
