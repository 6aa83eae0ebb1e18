// Attachments on the pages: the portal's photo picker, the published answer's files on the lookup, the staff's
// list of a case's photos and files, and the answer form's file input. Only the REST API, as any client.
import { ref, computed, watch, onMounted, onBeforeUnmount } from 'vue';
import { api, apiUrl, ApiError, NetworkError } from './api.js';
import { t, addTexts, formatDateTime } from './i18n.js';

addTexts({
  'att.photos': 'Ảnh chụp (không bắt buộc)', 'att.takePhoto': 'Chụp ảnh', 'att.choosePhotos': 'Chọn ảnh có sẵn',
  'att.photosHint': 'Tối đa {n} ảnh, mỗi ảnh không quá {size} (JPEG, PNG, WebP, HEIC).', 'att.remove': 'Bỏ ảnh',
  'att.tooBig': 'Ảnh {name} nặng {size}, vượt quá {max}. Hãy chọn ảnh khác hoặc chụp với độ phân giải thấp hơn.',
  'att.tooMany': 'Chỉ gửi được tối đa {n} ảnh.', 'att.badType': 'Tệp {name} không phải ảnh JPEG, PNG, WebP hoặc HEIC.',
  'att.answerFiles': 'Tệp kèm theo kết quả', 'att.download': 'Tải về', 'att.caseFiles': 'Ảnh và tệp đính kèm',
  'att.none': 'Không có tệp đính kèm.', 'att.rejected': 'Không lưu', 'att.fromAnswer': 'Kèm kết quả', 'att.fromReport': 'Kèm phản ánh',
  'att.fromFollowUp': 'Thư bổ sung', 'att.staffOnly': 'Chỉ cán bộ xem', 'att.public': 'Công khai cùng kết quả',
  'att.files': 'Tệp đính kèm (văn bản, ảnh chụp)', 'att.filesHint': 'Tối đa {n} tệp, mỗi tệp không quá {size}: PDF, Word, Excel, ODT, ảnh.',
  'att.publish': 'Công khai tệp cùng kết quả trả lời',
}, {
  'att.photos': 'Photos (optional)', 'att.takePhoto': 'Take a photo', 'att.choosePhotos': 'Choose photos',
  'att.photosHint': 'Up to {n} photos of at most {size} each (JPEG, PNG, WebP, HEIC).', 'att.remove': 'Remove photo',
  'att.tooBig': 'The photo {name} is {size}, more than {max}. Choose another one or take it at a lower resolution.',
  'att.tooMany': 'At most {n} photos can be sent.', 'att.badType': 'The file {name} is not a JPEG, PNG, WebP or HEIC photo.',
  'att.answerFiles': 'Files with the answer', 'att.download': 'Download', 'att.caseFiles': 'Photos and attachments',
  'att.none': 'No attachments.', 'att.rejected': 'Not kept', 'att.fromAnswer': 'With the answer', 'att.fromReport': 'With the report',
  'att.fromFollowUp': 'Follow-up e-mail', 'att.staffOnly': 'Staff only', 'att.public': 'Published with the answer',
  'att.files': 'Attachments (documents, scans)', 'att.filesHint': 'Up to {n} files of at most {size} each: PDF, Word, Excel, ODT, photos.',
  'att.publish': 'Publish the files with the answer',
});

/** A text with {placeholders} filled in. */
export function tf(key, values) {
  return t(key).replace(/\{(\w+)\}/g, (m, k) => (values[k] ?? m));
}

export function formatSize(bytes) {
  if (bytes < 1024 * 1024) return Math.max(1, Math.ceil(bytes / 1024)) + ' KB';
  const mb = bytes / (1024 * 1024);
  return (Number.isInteger(mb) ? mb : mb.toFixed(1)) + ' MB';
}

const FALLBACK_POLICY = { maxBytes: 10 * 1024 * 1024, maxFiles: 5, types: [] };
let policyPromise = null;

/** The server's limits, asked once per page. */
export function attachmentPolicy() {
  policyPromise ??= api.get('api/public/attachment-policy').catch(() => FALLBACK_POLICY);
  return policyPromise;
}

/** POSTs a FormData (multipart/form-data; the browser sets the boundary) and reads JSON or a problem back. */
export async function postForm(path, form, headers = {}) {
  let response;
  try {
    response = await fetch(apiUrl(path), { method: 'POST', body: form, credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers } });
  } catch (e) {
    throw new NetworkError(e.message);
  }
  const data = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('api/public')) {
      window.dispatchEvent(new CustomEvent('pakn:session-expired'));
    }
    throw new ApiError(response.status, data);
  }
  return data;
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];

/**
 * The portal's photo picker: camera or gallery, thumbnails, remove, and the size and count told before the
 * upload. v-model is the list of File objects; `problems` lists what keeps the form from being sent.
 */
export const PhotoPicker = {
  props: { modelValue: { type: Array, default: () => [] } },
  emits: ['update:modelValue', 'problems'],
  setup(props, { emit }) {
    const policy = ref(FALLBACK_POLICY);
    const previews = ref([]);
    onMounted(async () => { policy.value = await attachmentPolicy(); });

    function refresh() {
      previews.value.forEach((p) => URL.revokeObjectURL(p.url));
      previews.value = props.modelValue.map((f) => ({ name: f.name, size: f.size, url: URL.createObjectURL(f) }));
      const lines = [];
      if (props.modelValue.length > policy.value.maxFiles) lines.push(tf('att.tooMany', { n: policy.value.maxFiles }));
      for (const f of props.modelValue) {
        if (f.size > policy.value.maxBytes) {
          lines.push(tf('att.tooBig', { name: f.name, size: formatSize(f.size), max: formatSize(policy.value.maxBytes) }));
        } else if (f.type && !PHOTO_TYPES.includes(f.type)) {
          lines.push(tf('att.badType', { name: f.name }));
        }
      }
      emit('problems', lines);
    }
    watch(() => [props.modelValue, policy.value], refresh, { immediate: true });
    onBeforeUnmount(() => previews.value.forEach((p) => URL.revokeObjectURL(p.url)));

    function add(event) {
      emit('update:modelValue', [...props.modelValue, ...Array.from(event.target.files || [])]);
      event.target.value = '';
    }

    function remove(i) {
      emit('update:modelValue', props.modelValue.filter((f, j) => j !== i));
    }

    return { policy, previews, add, remove, t, tf, formatSize };
  },
  template: `
  <fieldset class="photo-picker" data-testid="photo-picker">
    <legend class="h6">{{ t('att.photos') }}</legend>
    <p id="photos-hint" class="small text-muted mb-2">{{ tf('att.photosHint', { n: policy.maxFiles, size: formatSize(policy.maxBytes) }) }}</p>
    <div class="d-flex flex-wrap gap-2 mb-2">
      <input id="photo-camera" class="visually-hidden" type="file" accept="image/*" capture="environment" aria-describedby="photos-hint" @change="add">
      <label for="photo-camera" class="btn btn-outline-secondary btn-sm mb-0">{{ t('att.takePhoto') }}</label>
      <input id="photo-files" class="visually-hidden" type="file" accept="image/*" multiple aria-describedby="photos-hint" @change="add">
      <label for="photo-files" class="btn btn-outline-secondary btn-sm mb-0">{{ t('att.choosePhotos') }}</label>
    </div>
    <ul v-if="previews.length" class="list-unstyled d-flex flex-wrap gap-2 mb-0" data-testid="photo-previews">
      <li v-for="(p, i) in previews" :key="p.url" class="photo-thumb border rounded p-1 text-center">
        <img :src="p.url" :alt="p.name" width="96" height="72" class="d-block object-fit-cover rounded">
        <span class="d-block small text-truncate" style="max-width: 96px">{{ formatSize(p.size) }}</span>
        <button type="button" class="btn btn-link btn-sm p-0 text-danger" :aria-label="t('att.remove') + ' ' + p.name" @click="remove(i)">{{ t('att.remove') }}</button>
      </li>
    </ul>
  </fieldset>`,
};

/** The files a unit published with its answer, on the citizen's lookup. */
export const AnswerFiles = {
  props: { code: String },
  setup(props) {
    const files = ref([]);
    async function load() {
      try {
        files.value = await api.get('api/public/reports/' + encodeURIComponent(props.code) + '/answer/attachments');
      } catch (e) {
        files.value = [];
      }
    }
    watch(() => props.code, load, { immediate: true });
    const href = (f) => apiUrl('api/public/reports/' + encodeURIComponent(props.code) + '/answer/attachments/' + f.id);
    return { files, href, t, formatSize };
  },
  template: `
  <div v-if="files.length" class="mt-2" data-testid="answer-files">
    <h4 class="h6">{{ t('att.answerFiles') }}</h4>
    <ul class="list-unstyled mb-0">
      <li v-for="f in files" :key="f.id"><a :href="href(f)" download>{{ f.fileName }}</a>
        <span class="small text-muted"> · {{ formatSize(f.size) }}</span></li>
    </ul>
  </div>`,
};

const THUMBNAIL_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** A case's photos (as thumbnails) and files, for the staff. */
export const CaseFiles = {
  props: { caseId: Number, version: Number },
  setup(props) {
    const files = ref([]);
    async function load() {
      try {
        files.value = await api.get('api/cases/' + props.caseId + '/attachments');
      } catch (e) {
        files.value = [];
      }
    }
    watch(() => [props.caseId, props.version], load, { immediate: true });
    const href = (f) => apiUrl('api/cases/' + props.caseId + '/attachments/' + f.id + '/content');
    const photos = computed(() => files.value.filter((f) => !f.rejected && THUMBNAIL_TYPES.includes(f.contentType)));
    const others = computed(() => files.value.filter((f) => f.rejected || !THUMBNAIL_TYPES.includes(f.contentType)));
    const source = (f) => t(f.source === 'ANSWER' ? 'att.fromAnswer' : f.source === 'FOLLOW_UP' ? 'att.fromFollowUp' : 'att.fromReport');
    return { files, photos, others, href, source, t, formatSize, formatDateTime };
  },
  template: `
  <section class="mt-3" data-testid="case-files">
    <h3 class="h6">{{ t('att.caseFiles') }} ({{ files.length }})</h3>
    <p v-if="!files.length" class="small text-muted">{{ t('att.none') }}</p>
    <ul v-if="photos.length" class="list-unstyled d-flex flex-wrap gap-2" data-testid="case-photos">
      <li v-for="f in photos" :key="f.id">
        <a :href="href(f)" download :title="f.fileName"><img :src="href(f)" :alt="f.fileName" width="120" height="90" class="rounded border object-fit-cover" loading="lazy"></a>
      </li>
    </ul>
    <ul v-if="others.length" class="list-unstyled small">
      <li v-for="f in others" :key="f.id" class="border-top py-1">
        <a v-if="!f.rejected" :href="href(f)" download>{{ f.fileName }}</a>
        <span v-else>{{ f.fileName }} <span class="badge text-bg-warning">{{ t('att.rejected') }}</span> <span class="text-muted">{{ f.rejected }}</span></span>
        <span class="text-muted"> · {{ formatSize(f.size) }} · {{ source(f) }} · {{ f.visibility === 'PUBLIC' ? t('att.public') : t('att.staffOnly') }}</span>
      </li>
    </ul>
  </section>`,
};

/** The answer form's file input; v-model is the list of File objects, `publish` the visibility choice. */
export const AnswerFilePicker = {
  props: { modelValue: { type: Array, default: () => [] }, publish: { type: Boolean, default: true } },
  emits: ['update:modelValue', 'update:publish'],
  setup(props, { emit }) {
    const policy = ref(FALLBACK_POLICY);
    onMounted(async () => { policy.value = await attachmentPolicy(); });
    const tooBig = computed(() => props.modelValue.filter((f) => f.size > policy.value.maxBytes)
      .map((f) => tf('att.tooBig', { name: f.name, size: formatSize(f.size), max: formatSize(policy.value.maxBytes) })));
    function pick(event) {
      emit('update:modelValue', Array.from(event.target.files || []));
    }
    return { policy, tooBig, pick, t, tf, formatSize };
  },
  template: `
  <div class="mb-2" data-testid="answer-files-input">
    <label for="f-files" class="form-label small">{{ t('att.files') }}</label>
    <input id="f-files" type="file" multiple class="form-control form-control-sm" aria-describedby="f-files-hint"
           accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,image/jpeg,image/png,image/webp,image/heic" @change="pick">
    <div id="f-files-hint" class="form-text">{{ tf('att.filesHint', { n: policy.maxFiles, size: formatSize(policy.maxBytes) }) }}</div>
    <div v-for="line in tooBig" :key="line" class="small text-danger">{{ line }}</div>
    <div class="form-check mt-1">
      <input id="f-publish" type="checkbox" class="form-check-input" :checked="publish" @change="$emit('update:publish', $event.target.checked)">
      <label for="f-publish" class="form-check-label small">{{ t('att.publish') }}</label>
    </div>
  </div>`,
};
