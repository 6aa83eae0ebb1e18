// Open311 API keys (issue, list, revoke; the key itself is shown once, when issued) and the mail quarantine
// (inbound mail the mail channel refused, with the reason and the message as received).
import { ref, reactive, onMounted } from 'vue';
import { api, apiUrl } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { ProblemBox } from './problem-box.js';
import { useAction, useList, orNull, DoneLine } from './admin-common.js';

export const AdminKeys = {
  components: { ProblemBox, DoneLine },
  setup() {
    const keys = useList('api/admin/open311-keys');
    const action = useAction();
    const form = reactive({ clientName: '', contact: '' });
    const issued = ref(null);

    async function issue() {
      const result = await action.run(() => api.post('api/admin/open311-keys', { clientName: form.clientName, contact: orNull(form.contact) }));
      if (result) { issued.value = result; Object.assign(form, { clientName: '', contact: '' }); await keys.load(); }
    }
    async function revoke(k) {
      if (await action.run(() => api.post('api/admin/open311-keys/' + k.id + '/revoke'), t('keys.revoked'))) await keys.load();
    }
    onMounted(keys.load);
    return { keys, action, form, issued, issue, revoke, t, formatDateTime };
  },
  template: `
  <section data-testid="admin-keys">
    <form class="row g-2 align-items-end mb-2" @submit.prevent="issue">
      <div class="col-md-4"><label for="key-client" class="form-label small">{{ t('keys.client') }}</label>
        <input id="key-client" v-model="form.clientName" class="form-control form-control-sm" maxlength="200"></div>
      <div class="col-md-4"><label for="key-contact" class="form-label small">{{ t('keys.contact') }}</label>
        <input id="key-contact" v-model="form.contact" class="form-control form-control-sm" maxlength="320"></div>
      <div class="col-auto"><button type="submit" class="btn btn-sm btn-primary" :disabled="action.busy.value">{{ t('keys.issue') }}</button></div>
    </form>
    <ProblemBox :lines="[...keys.errors.value, ...action.errors.value]" />
    <DoneLine :text="action.done.value" />
    <div v-if="issued" class="alert alert-warning small" role="status" data-testid="issued-key">{{ t('keys.once') }}
      <code class="d-block user-select-all text-body mt-1">{{ issued.apiKey }}</code></div>
    <div class="table-responsive"><table class="table table-sm align-middle" data-testid="key-table">
      <thead><tr><th scope="col">{{ t('keys.client') }}</th><th scope="col">{{ t('keys.prefix') }}</th><th scope="col">{{ t('keys.created') }}</th>
        <th scope="col">{{ t('admin.state') }}</th><th scope="col"><span class="visually-hidden">{{ t('admin.actions') }}</span></th></tr></thead>
      <tbody><tr v-for="k in keys.items.value" :key="k.id">
        <td>{{ k.clientName }}</td><td><code class="text-body">{{ k.keyPrefix }}…</code></td><td class="small">{{ formatDateTime(k.createdAt) }}</td>
        <td>{{ k.revokedAt ? t('keys.revokedAt') + ' ' + formatDateTime(k.revokedAt) : t('admin.active') }}</td>
        <td class="text-end"><button v-if="!k.revokedAt" type="button" class="btn btn-sm btn-outline-danger" @click="revoke(k)">{{ t('keys.revoke') }}</button></td>
      </tr></tbody>
    </table></div>
  </section>`,
};

export const AdminQuarantine = {
  components: { ProblemBox, DoneLine },
  setup() {
    const list = useList('api/admin/mail-quarantine?limit=100');
    const action = useAction();
    const dismissing = ref(null);
    const reason = ref('');

    // A release processes the mail again; the line after it says what it became (or the new quarantine reason).
    async function release(m) {
      const r = await action.run(() => api.post('api/admin/mail-quarantine/' + m.id + '/release'), '');
      if (!r) return;
      action.done.value = r.status === 'QUARANTINED' ? t('quar.again') + ' ' + r.reason
        : t('quar.released') + ' ' + t('quar.status.' + r.status) + (r.trackingCode ? ' ' + r.trackingCode : '');
      await list.load();
    }
    function askDismiss(m) { dismissing.value = m; reason.value = ''; }
    async function dismiss() {
      const id = dismissing.value.id;
      if (await action.run(() => api.post('api/admin/mail-quarantine/' + id + '/dismiss', { reason: reason.value }), t('quar.dismissed'))) {
        dismissing.value = null;
        await list.load();
      }
    }
    onMounted(list.load);
    return { list, action, dismissing, reason, release, askDismiss, dismiss, apiUrl, t, formatDateTime };
  },
  template: `
  <section data-testid="admin-quarantine">
    <p class="small text-muted">{{ t('quar.hint') }}</p>
    <ProblemBox :lines="[...list.errors.value, ...action.errors.value]" />
    <DoneLine :text="action.done.value" />
    <form v-if="dismissing" class="row g-2 align-items-end mb-2" data-testid="dismiss-form" @submit.prevent="dismiss">
      <div class="col-md-8"><label for="dismiss-reason" class="form-label small">{{ t('quar.dismissReason') }} — {{ dismissing.subject || dismissing.id }}</label>
        <input id="dismiss-reason" v-model="reason" class="form-control form-control-sm" maxlength="2000"></div>
      <div class="col-auto d-flex gap-2"><button type="submit" class="btn btn-sm btn-danger" :disabled="action.busy.value">{{ t('quar.dismiss') }}</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="dismissing = null">{{ t('admin.cancel') }}</button></div>
    </form>
    <p v-if="!list.items.value.length" class="small">{{ t('quar.empty') }}</p>
    <div v-else class="table-responsive"><table class="table table-sm align-middle small">
      <thead><tr><th scope="col">{{ t('quar.received') }}</th><th scope="col">{{ t('quar.reason') }}</th><th scope="col">{{ t('quar.sender') }}</th><th scope="col">{{ t('quar.subject') }}</th>
        <th scope="col"><span class="visually-hidden">{{ t('admin.actions') }}</span></th></tr></thead>
      <tbody><tr v-for="m in list.items.value" :key="m.id" :data-mail="m.messageId">
        <td class="text-nowrap">{{ formatDateTime(m.receivedAt) }}</td><td>{{ m.reason }}</td><td>{{ m.sender || '—' }}</td><td>{{ m.subject || '—' }}</td>
        <td class="text-end text-nowrap"><a :href="apiUrl('api/admin/mail-quarantine/' + m.id + '/raw')">{{ t('quar.raw') }}</a>
          <button type="button" class="btn btn-sm btn-outline-primary ms-2" data-action="release" :disabled="action.busy.value" @click="release(m)">{{ t('quar.release') }}</button>
          <button type="button" class="btn btn-sm btn-outline-danger ms-1" data-action="dismiss" @click="askDismiss(m)">{{ t('quar.dismiss') }}…</button></td>
      </tr></tbody>
    </table></div>
  </section>`,
};
