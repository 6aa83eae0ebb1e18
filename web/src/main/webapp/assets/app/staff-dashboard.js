// JSON-B leaves null fields out: test with == null, never === null.
// Leaders' dashboard: on-time rate, answered, overdue and satisfaction by unit, category, channel and week, with
// charts (trend, unit ranking that flags small numbers, channel mix) and a drill-down to the cases behind a row.
import { ref, reactive, onMounted, onBeforeUnmount, nextTick } from 'vue';
import { api, apiUrl } from './api.js';
import { t, formatDate } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';
import { DateInput } from './date-input.js';

/** Below this many answered cases a unit's on-time rate says little; the ranking shows it greyed with its count. */
export const SMALL_NUMBER = 10;

const pct = (v) => (v === null || v === undefined ? '—' : Math.round(v * 1000) / 10 + '%');
const iso = (d) => d.toISOString().slice(0, 10);

function monthStart() {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth() - 2, 1)));
}

export const Dashboard = {
  components: { ProblemBox, DateInput },
  setup() {
    const period = reactive({ from: monthStart(), to: iso(new Date()) });
    const data = reactive({ unit: null, category: null, channel: null, week: null, hotline: null });
    const errors = ref([]);
    const trend = ref(null);
    const ranking = ref(null);
    const mix = ref(null);
    const charts = [];

    async function load() {
      errors.value = [];
      if (period.from === null || period.to === null) return; // the date field shows what is wrong
      try {
        const q = 'from=' + period.from + '&to=' + period.to + '&groupBy=';
        // Hotline KPIs are for leaders, dispatchers and administrators: a unit leader's 403 just hides the panel.
        const hotline = api.get('api/statistics/hotline?from=' + period.from + '&to=' + period.to).catch(() => null);
        const [unit, category, channel, week] = await Promise.all(['unit', 'category', 'channel', 'week']
          .map((g) => api.get('api/statistics?' + q + g)));
        Object.assign(data, { unit, category, channel, week, hotline: await hotline });
        await nextTick();
        draw();
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    function draw() {
      charts.splice(0).forEach((c) => c.destroy());
      if (!window.Chart) return;
      const weeks = data.week.rows;
      charts.push(new window.Chart(trend.value, {
        type: 'line',
        data: { labels: weeks.map((r) => r.label || r.key), datasets: [
          { label: t('dash.received'), data: weeks.map((r) => r.received), borderColor: '#0b3d75', tension: 0.2 },
          { label: t('dash.answered'), data: weeks.map((r) => r.answered), borderColor: '#198754', tension: 0.2 },
          { label: t('dash.overdueNow'), data: weeks.map((r) => r.overdueNow), borderColor: '#b02a37', tension: 0.2 }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }));
      const units = data.unit.rows.filter((r) => r.answered > 0)
        .sort((a, b) => (b.onTimeRate ?? 0) - (a.onTimeRate ?? 0));
      charts.push(new window.Chart(ranking.value, {
        type: 'bar',
        data: { labels: units.map((r) => (r.label || r.key) + (r.answered < SMALL_NUMBER ? ' (n=' + r.answered + ')' : '')),
          datasets: [{ label: t('dash.onTime'), data: units.map((r) => Math.round(r.onTimeRate * 1000) / 10),
            backgroundColor: units.map((r) => (r.answered < SMALL_NUMBER ? '#adb5bd' : '#0b3d75')) }] },
        options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
          scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
      }));
      const channels = data.channel.rows;
      charts.push(new window.Chart(mix.value, {
        type: 'doughnut',
        data: { labels: channels.map((r) => r.label || r.key), datasets: [{ data: channels.map((r) => r.received),
          backgroundColor: ['#0b3d75', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'] }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }));
    }

    onMounted(load);
    onBeforeUnmount(() => charts.forEach((c) => c.destroy()));

    /** The case list behind a row: the same filters the statistics used (a unit's row counts the cases it holds). */
    function drill(groupBy, row) {
      const param = { unit: 'leadUnit', category: 'category', channel: 'channel' }[groupBy];
      return row.key === 'none' || !param ? null : '#/cases?' + param + '=' + encodeURIComponent(row.key)
        + '&from=' + period.from + '&to=' + period.to;
    }

    /** Downloads an export through fetch, so that an error shows as a problem box and not as a page of JSON. */
    const downloading = ref(null);
    async function download(path) {
      errors.value = [];
      downloading.value = path;
      try {
        const response = await fetch(apiUrl(path), { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
        if (!response.ok) {
          const problem = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
          errors.value = [problem?.detail || 'HTTP ' + response.status];
          return;
        }
        const disposition = response.headers.get('Content-Disposition') || '';
        const star = /filename\*=UTF-8''([^;]+)/.exec(disposition);
        const link = document.createElement('a');
        link.href = URL.createObjectURL(await response.blob());
        link.download = star ? decodeURIComponent(star[1]) : path.split('/').pop().split('?')[0];
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      } catch (e) {
        errors.value = errorLines(e);
      } finally {
        downloading.value = null;
      }
    }
    const exportPath = (kind) => 'api/statistics/export/' + kind + '?from=' + period.from + '&to=' + period.to;
    /** The drill-down's cases as a workbook: the same filters as the link to the case list. */
    function casesPath(groupBy, row) {
      const param = { unit: 'leadUnit', category: 'category', channel: 'channel' }[groupBy];
      return row.key === 'none' || !param ? null
        : exportPath('cases.xlsx') + '&' + param + '=' + encodeURIComponent(row.key);
    }
    const secs = (v) => (v == null ? '—' : (Math.round(v * 10) / 10).toLocaleString('vi-VN') + ' s');

    return { period, data, errors, trend, ranking, mix, load, drill, pct, SMALL_NUMBER, t, formatDate,
      download, downloading, exportPath, casesPath, secs };
  },
  template: `
  <section data-testid="dashboard">
    <form class="row g-2 align-items-end mb-3" @submit.prevent="load">
      <DateInput id="dash-from" v-model="period.from" :label="t('dash.from')" small class="col-auto" />
      <DateInput id="dash-to" v-model="period.to" :label="t('dash.to')" small class="col-auto" />
      <div class="col-auto"><button type="submit" class="btn btn-sm btn-primary">{{ t('dash.show') }}</button></div>
      <div class="col-auto ms-auto btn-group" role="group" :aria-label="t('dash.export')">
        <button type="button" class="btn btn-sm btn-outline-success" data-testid="export-xlsx" :disabled="!!downloading"
          @click="download(exportPath('dashboard.xlsx'))">{{ t('dash.exportExcel') }}</button>
        <button type="button" class="btn btn-sm btn-outline-danger" data-testid="export-pdf" :disabled="!!downloading"
          @click="download(exportPath('dashboard.pdf'))">{{ t('dash.exportPdf') }}</button>
      </div>
    </form>
    <ProblemBox :lines="errors" />
    <template v-if="data.unit">
      <div class="row g-3 mb-3" data-testid="kpis">
        <div class="col-6 col-md"><div class="card card-body"><div class="small text-muted">{{ t('dash.received') }}</div><div class="h4 mb-0">{{ data.unit.total.received }}</div></div></div>
        <div class="col-6 col-md"><div class="card card-body"><div class="small text-muted">{{ t('dash.answered') }}</div><div class="h4 mb-0">{{ data.unit.total.answered }}</div></div></div>
        <div class="col-6 col-md"><div class="card card-body"><div class="small text-muted">{{ t('dash.onTime') }}</div><div class="h4 mb-0" data-testid="on-time">{{ pct(data.unit.total.onTimeRate) }}</div></div></div>
        <div class="col-6 col-md"><div class="card card-body"><div class="small text-muted">{{ t('dash.overdueNow') }}</div><div class="h4 mb-0 overdue">{{ data.unit.total.overdueNow }}</div></div></div>
        <div class="col-6 col-md"><div class="card card-body"><div class="small text-muted">{{ t('dash.rating') }}</div><div class="h4 mb-0">{{ data.unit.total.averageRating ? data.unit.total.averageRating.toFixed(1) + '/5' : '—' }}</div></div></div>
      </div>
      <div v-if="data.hotline" class="mb-3" data-testid="hotline-kpis">
        <h2 class="h6">{{ t('dash.hotline') }}</h2>
        <div class="row g-2">
          <div class="col-6 col-md"><div class="card card-body py-2"><div class="small text-muted">{{ t('dash.calls') }}</div><div class="h5 mb-0" data-testid="hotline-offered">{{ data.hotline.total.offered }}</div></div></div>
          <div class="col-6 col-md"><div class="card card-body py-2"><div class="small text-muted">{{ t('dash.callsAnswered') }}</div><div class="h5 mb-0">{{ data.hotline.total.answered }}</div></div></div>
          <div class="col-6 col-md"><div class="card card-body py-2"><div class="small text-muted">{{ t('dash.serviceLevel') }}</div><div class="h5 mb-0">{{ pct(data.hotline.total.serviceLevel) }}</div></div></div>
          <div class="col-6 col-md"><div class="card card-body py-2"><div class="small text-muted">{{ t('dash.averageWait') }}</div><div class="h5 mb-0">{{ secs(data.hotline.total.averageSpeedOfAnswerSeconds) }}</div></div></div>
          <div class="col-6 col-md"><div class="card card-body py-2"><div class="small text-muted">{{ t('dash.abandoned') }}</div><div class="h5 mb-0">{{ data.hotline.total.abandoned }} <span class="small text-muted">({{ pct(data.hotline.total.abandonRate) }})</span></div></div></div>
          <div class="col-6 col-md"><div class="card card-body py-2"><div class="small text-muted">{{ t('dash.callbacks') }}</div><div class="h5 mb-0">{{ data.hotline.total.callbacksCompleted }}/{{ data.hotline.total.callbacksMade }}</div></div></div>
        </div>
      </div>
      <div class="row g-3 mb-3">
        <div class="col-lg-6"><div class="card card-body"><h2 class="h6">{{ t('dash.trend') }}</h2><div style="height: 260px"><canvas ref="trend" role="img" :aria-label="t('dash.trend')"></canvas></div></div></div>
        <div class="col-lg-3"><div class="card card-body"><h2 class="h6">{{ t('dash.channels') }}</h2><div style="height: 260px"><canvas ref="mix" role="img" :aria-label="t('dash.channels')"></canvas></div></div></div>
        <div class="col-lg-3"><div class="card card-body small"><h2 class="h6">{{ t('dash.smallNumbers') }}</h2><p class="mb-0">{{ t('dash.smallNumbersHint').replace('{n}', SMALL_NUMBER) }}</p></div></div>
        <div class="col-12"><div class="card card-body"><h2 class="h6">{{ t('dash.ranking') }}</h2><div :style="{ height: Math.max(200, data.unit.rows.length * 26) + 'px' }"><canvas ref="ranking" role="img" :aria-label="t('dash.ranking')"></canvas></div></div></div>
      </div>
      <div v-for="g in ['unit', 'category', 'channel']" :key="g" class="mb-4">
        <h2 class="h6">{{ t('dash.by.' + g) }}</h2>
        <div class="table-responsive"><table class="table table-sm table-striped align-middle" :data-testid="'table-' + g">
          <thead><tr><th scope="col"></th><th scope="col" class="text-end">{{ t('dash.received') }}</th><th scope="col" class="text-end">{{ t('dash.answered') }}</th>
            <th scope="col" class="text-end">{{ t('dash.onTime') }}</th><th scope="col" class="text-end">{{ t('dash.overdueNow') }}</th>
            <th scope="col" class="text-end">{{ t('dash.avgDays') }}</th><th scope="col" class="text-end">{{ t('dash.rating') }}</th></tr></thead>
          <tbody>
            <tr v-for="r in data[g].rows" :key="r.key">
              <th scope="row"><a v-if="drill(g, r)" :href="drill(g, r)">{{ r.label || r.key }}</a><span v-else>{{ r.label || r.key }}</span>
                <span v-if="r.answered > 0 && r.answered < SMALL_NUMBER" class="badge text-bg-light ms-1" :title="t('dash.smallNumbers')">n={{ r.answered }}</span>
                <button v-if="casesPath(g, r)" type="button" class="btn btn-link btn-sm p-0 ms-2 small" :data-testid="'export-cases-' + r.key"
                  :aria-label="t('dash.exportCases') + ': ' + (r.label || r.key)" :disabled="!!downloading" @click="download(casesPath(g, r))">{{ t('dash.excel') }}</button></th>
              <td class="text-end">{{ r.received }}</td><td class="text-end">{{ r.answered }}</td><td class="text-end">{{ pct(r.onTimeRate) }}</td>
              <td class="text-end" :class="{ overdue: r.overdueNow > 0 }">{{ r.overdueNow }}</td>
              <td class="text-end">{{ r.averageAnswerWorkingDays == null ? '—' : r.averageAnswerWorkingDays.toFixed(1) }}</td>
              <td class="text-end">{{ r.averageRating == null ? '—' : r.averageRating.toFixed(1) }}</td>
            </tr>
          </tbody>
        </table></div>
      </div>
    </template>
  </section>`,
};
