// The place of a report as a pin on the city's map: the citizen or the operator puts it there (click, drag, or
// keyboard: move the map with the arrow keys, then "pin the centre"); staff see it read-only on the case.
// Leaflet and its stylesheet are loaded only when a map is first shown, so the form stays light on a phone.
import { ref, watch, onMounted, onBeforeUnmount } from 'vue';
import { api } from './api.js';
import { t, addTexts } from './i18n.js';

addTexts({
  'map.label': 'Bản đồ: bấm vào nơi xảy ra sự việc để ghim vị trí', 'map.labelReadOnly': 'Bản đồ vị trí phản ánh',
  'map.pinCentre': 'Ghim tại tâm bản đồ', 'map.keyboardHint': 'Dùng phím mũi tên để di chuyển bản đồ, phím + và − để phóng to, thu nhỏ.',
  'map.unavailable': 'Không tải được bản đồ; vẫn có thể gửi phản ánh không kèm vị trí.', 'map.pinned': 'Vị trí đã ghim',
  'map.open': 'Xem trên bản đồ',
}, {
  'map.label': 'Map: click where it happened to pin the place', 'map.labelReadOnly': 'Map of the reported place',
  'map.pinCentre': 'Pin the map centre', 'map.keyboardHint': 'Move the map with the arrow keys; + and − zoom in and out.',
  'map.unavailable': 'The map could not be loaded; the report can still be sent without a location.', 'map.pinned': 'Pinned place',
  'map.open': 'Open in a map',
});

const LEAFLET = new URL('../../webjars/leaflet/1.9.4/dist/', import.meta.url);
const BLANK = { tiles: null, attribution: null, centerLatitude: 16.05, centerLongitude: 108.2, zoom: 6, maxZoom: 19 };

let settings = null;
let library = null;

/** The map settings of this server, asked once per page; a blank map of Vietnam if the server cannot say. */
function mapSettings() {
  settings ??= api.get('api/public/map').catch(() => BLANK);
  return settings;
}

function leaflet() {
  if (!library) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('leaflet.css', LEAFLET).toString();
    document.head.appendChild(css);
    library = import(new URL('leaflet-src.esm.js', LEAFLET).toString());
  }
  return library;
}

/** Six decimals: about 10 cm, finer than any phone's fix. */
const round = (v) => Math.round(v * 1e6) / 1e6;

export const MapPin = {
  props: {
    latitude: { type: Number, default: null },
    longitude: { type: Number, default: null },
    editable: { type: Boolean, default: false },
  },
  emits: ['update:latitude', 'update:longitude'],
  setup(props, { emit }) {
    const el = ref(null);
    const failed = ref(false);
    let map = null;
    let marker = null;
    let L = null;

    function place(lat, lon, pan) {
      if (!map) {
        return;
      }
      if (lat === null || lon === null) {
        marker?.remove();
        marker = null;
        return;
      }
      if (!marker) {
        marker = L.marker([lat, lon], { draggable: props.editable, keyboard: false, alt: t('map.pinned') }).addTo(map);
        marker.on('dragend', () => pin(marker.getLatLng()));
      } else {
        marker.setLatLng([lat, lon]);
      }
      if (pan) {
        map.setView([lat, lon], Math.max(map.getZoom(), 16));
      }
    }

    function pin(latlng) {
      const wrapped = latlng.wrap();
      emit('update:latitude', round(wrapped.lat));
      emit('update:longitude', round(wrapped.lng));
    }

    function pinCentre() {
      if (map) {
        pin(map.getCenter());
      }
    }

    onMounted(async () => {
      try {
        const [lib, s] = await Promise.all([leaflet(), mapSettings()]);
        if (!el.value) {
          return;
        }
        L = lib;
        L.Icon.Default.imagePath = new URL('images/', LEAFLET).toString();
        const located = props.latitude !== null && props.longitude !== null;
        map = L.map(el.value, {
          center: located ? [props.latitude, props.longitude] : [s.centerLatitude, s.centerLongitude],
          zoom: located ? 16 : s.zoom, maxZoom: s.maxZoom, scrollWheelZoom: props.editable, dragging: true, keyboard: true,
        });
        map.attributionControl.setPrefix(false);
        if (s.tiles) {
          L.tileLayer(s.tiles, { maxZoom: s.maxZoom, attribution: s.attribution || '' }).addTo(map);
        }
        el.value.setAttribute('aria-label', t(props.editable ? 'map.label' : 'map.labelReadOnly'));
        el.value.setAttribute('role', 'application');
        if (props.editable) {
          map.on('click', (e) => pin(e.latlng));
        }
        place(props.latitude, props.longitude, false);
      } catch (e) {
        failed.value = true;
      }
    });

    // The pin follows the model: "use my location" or "remove location" outside the map move it too.
    watch(() => [props.latitude, props.longitude], ([lat, lon], [oldLat, oldLon]) => {
      const moved = marker === null || Math.abs(lat - oldLat) > 1e-4 || Math.abs(lon - oldLon) > 1e-4;
      place(lat, lon, moved && lat !== null);
    });

    onBeforeUnmount(() => {
      map?.remove();
      map = null;
    });

    return { el, failed, pinCentre, t };
  },
  template: `
  <div class="map-pin">
    <p v-if="failed" class="small text-danger mb-1" data-testid="map-unavailable">{{ t('map.unavailable') }}</p>
    <div v-show="!failed" ref="el" class="map-pin-map border rounded" :class="{ 'map-pin-editable': editable }" data-testid="map"></div>
    <div v-if="editable && !failed" class="d-flex flex-wrap align-items-center gap-2 mt-1">
      <button type="button" class="btn btn-sm btn-outline-secondary" data-testid="pin-centre" @click="pinCentre">{{ t('map.pinCentre') }}</button>
      <span class="small text-muted">{{ t('map.keyboardHint') }}</span>
    </div>
  </div>`,
};
