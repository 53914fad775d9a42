/*
 * The map: merged events as markers coloured by ACLED event type, sized by fatalities, drawn by modality (what was
 * planned hollow and dashed, what was possible hollow and dotted, what was denied crossed out), and clustered
 * (Leaflet.markercluster), over the offline base map (basemap.js) and, when the server's config names them, online
 * tiles. A cluster whose events share one point opens as a list. Picking an event zooms to a readable level (the
 * town's names showing), never further. Leaflet and markercluster are the globals L.
 *
 * Test hooks: a marker is `.event-marker` with data-event-id, data-place, data-fatalities, data-modality and a title
 * "Place — Sub-type", and the selected one's place named beside it (`.selected-place`); a cluster is
 * `.event-cluster` with data-count, data-places ("|Izyum|Bilohorivka|") and, when all its events share one place,
 * data-place; the list of a point is `.point-list` in a popup.
 */
import { el, eventLink } from './dom.js';
import { EVENT_TYPES, OTHER_TYPE_CLASS, formatCount, formatEventDate, typeClass, modalityWords } from './format.js';
import { BaseMap } from './basemap.js';

const SEA_VIEW = { center: [30, 10], zoom: 2 };
/** The zoom a picked event is shown at, by ACLED geo precision: a town's names show, its streets need no more. */
const READABLE_ZOOM = { 1: 10, 2: 9, 3: 7 };
const MAX_FIT_ZOOM = 9;

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function located(event) {
  return Number.isFinite(event?.place?.lat) && Number.isFinite(event?.place?.lon);
}

function placeName(event) {
  return event.place?.name ?? 'Unnamed place';
}

/** A marker's diameter in pixels: 14 without fatalities, growing with their logarithm up to 34. */
export function markerSize(fatalities) {
  const f = Number(fatalities);
  return Number.isFinite(f) && f > 0 ? Math.min(34, Math.round(14 + 4 * Math.log2(1 + f))) : 14;
}

/** The icon of an event or a cluster: a div whose class, data-* attributes and title are set on every (re)creation. */
function makeIconClass(L) {
  return L.DivIcon.extend({
    createIcon(old) {
      const div = L.DivIcon.prototype.createIcon.call(this, old);
      for (const [k, v] of Object.entries(this.options.data ?? {})) {
        if (v === null || v === undefined) {
          delete div.dataset[k];
        } else {
          div.dataset[k] = String(v);
        }
      }
      if (this.options.tooltip) {
        div.title = this.options.tooltip;
        div.setAttribute('aria-label', this.options.tooltip);
      }
      return div;
    },
  });
}

export class EventMap {
  /**
   * @param element  the map's container
   * @param onSelect called with an event id when its marker is clicked (or activated with Enter)
   * @param onView   called with {lat, lon, zoom} when the user has moved the map
   * @param onError  called with an error of a base map layer
   */
  constructor(element, onSelect, onView = () => {}, onError = () => {}) {
    const L = window.L;
    if (!L || !L.markerClusterGroup) {
      throw new Error('The map library (Leaflet, markercluster) did not load from /vendor');
    }
    this.L = L;
    this.onSelect = onSelect;
    this.Icon = makeIconClass(L);
    this.markers = new Map();
    this.selectedId = null;
    this.map = L.map(element, { minZoom: 1, maxZoom: 18, worldCopyJump: true, zoomSnap: 1 })
      .setView(SEA_VIEW.center, SEA_VIEW.zoom);
    this.map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps">Leaflet</a>');
    this.base = new BaseMap(this.map, onError);
    this.clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: false,
      zoomToBoundsOnClick: false,
      maxClusterRadius: 50,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    });
    this.clusters.on('clusterclick', (e) => this.openCluster(e.layer));
    this.map.addLayer(this.clusters);
    this.legend = this.makeLegend();
    this.legend.addTo(this.map);
    this.makeFitControl().addTo(this.map);
    this.moving = false;
    this.map.on('moveend', () => {
      if (!this.moving) {
        const c = this.map.getCenter();
        onView({ lat: c.lat, lon: c.wrap().lng, zoom: this.map.getZoom() });
      }
    });
    new ResizeObserver(() => this.map.invalidateSize()).observe(element);
  }

  /** Draws the offline base map and, if the config names them, the online tiles, with a control to choose layers. */
  async addBaseMap(basemap, config) {
    const tiles = config?.tiles ? this.L.tileLayer(config.tiles, {
      attribution: config.attribution ? escapeHtml(config.attribution) : '',
      maxZoom: 18,
    }) : null;
    if (tiles) {
      tiles.addTo(this.map);
    }
    const overlays = await this.base.add(basemap ?? {}, { tiles: Boolean(tiles) });
    if (tiles) {
      overlays['Online tiles'] = tiles;
    }
    if (Object.keys(overlays).length) {
      this.L.control.layers(null, overlays, { position: 'topright', collapsed: true }).addTo(this.map);
    }
  }

  /** Closes the list of a point, if open. */
  closePopup() {
    this.map.closePopup();
  }

  /** Moves the map to a view ({lat, lon, zoom}) without reporting it as the user's move. */
  setView(view) {
    this.quietly(() => this.map.setView([view.lat, view.lon], view.zoom, { animate: false }));
  }

  quietly(move) {
    this.moving = true;
    try {
      move();
    } finally {
      this.moving = false;
    }
  }

  eventIcon(event, selected) {
    const modality = event.modality && event.modality !== 'ASSERTED' ? event.modality.toLowerCase() : '';
    const cls = ['event-marker', typeClass(event.type), selected ? 'selected' : '',
      event.status === 'CORROBORATED' ? 'corroborated' : '', modality ? `modality-${modality}` : ''];
    const size = markerSize(event.fatalities);
    const dead = Number(event.fatalities) > 0 ? `, ${formatCount(event.fatalities)} killed` : '';
    return new this.Icon({
      className: cls.filter(Boolean).join(' '),
      html: '',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      tooltip: `${placeName(event)} — ${event.subtype ?? event.code}${modality ? ` (${modalityWords(event.modality)})` : ''}${dead}`,
      data: {
        eventId: event.id, place: placeName(event), type: event.type ?? '', date: event.date?.from ?? '',
        fatalities: event.fatalities ?? 0, modality: event.modality ?? 'ASSERTED',
      },
    });
  }

  clusterIcon(cluster) {
    const events = cluster.getAllChildMarkers().map((m) => m.options.event);
    const places = new Map();
    const types = new Map();
    for (const e of events) {
      places.set(placeName(e), (places.get(placeName(e)) ?? 0) + 1);
      types.set(typeClass(e.type), (types.get(typeClass(e.type)) ?? 0) + 1);
    }
    const dominant = [...types.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? OTHER_TYPE_CLASS;
    const n = events.length;
    const size = n < 10 ? 30 : n < 100 ? 36 : 44;
    const names = [...places.entries()].sort((a, b) => b[1] - a[1]);
    const shown = names.slice(0, 5).map(([p, c]) => `${p} (${c})`).join(', ');
    return new this.Icon({
      className: `event-cluster ${dominant}${types.size > 1 ? ' mixed' : ''}`,
      html: el('span', { class: 'cluster-count' }, String(n)),
      iconSize: [size, size],
      tooltip: `${n} events: ${shown}${names.length > 5 ? ', …' : ''}`,
      data: {
        count: n,
        places: `|${names.map(([p]) => p).join('|')}|`,
        place: names.length === 1 ? names[0][0] : null,
      },
    });
  }

  /**
   * A cluster clicked: its events as a list when they share one point (or the map is already at a readable zoom),
   * else the map zooms to them, no further than a readable level.
   */
  openCluster(cluster) {
    const markers = cluster.getAllChildMarkers();
    const first = markers[0].getLatLng();
    const onePoint = markers.every((m) => m.getLatLng().distanceTo(first) < 50);
    if (onePoint || this.map.getZoom() >= 12) {
      const events = markers.map((m) => m.options.event)
        .sort((a, b) => String(b.date?.from ?? '').localeCompare(String(a.date?.from ?? '')));
      const list = el('div', { class: 'point-list' },
        el('p', { class: 'point-list-head' }, `${events.length} events at ${placeName(events[0])}`),
        el('ul', {}, events.map((e) => el('li', { class: 'event-row', dataset: { eventId: e.id } },
          el('span', { class: ['swatch', typeClass(e.type)], 'aria-hidden': 'true' }), ' ',
          eventLink(e.id, e.subtype ?? e.code),
          el('span', { class: 'muted' }, ` ${formatEventDate(e.date)}${e.modality && e.modality !== 'ASSERTED' ? ` · ${modalityWords(e.modality)}` : ''}`)))));
      this.L.popup({ maxHeight: 260, minWidth: 220, autoPanPadding: [20, 20] }).setLatLng(cluster.getLatLng())
        .setContent(list).openOn(this.map);
      return;
    }
    this.map.fitBounds(cluster.getBounds(), { maxZoom: Math.min(12, this.map.getZoom() + 3), padding: [40, 40] });
  }

  /** Shows these events (those without coordinates are skipped); returns how many were placed. */
  setEvents(events, { fit = false } = {}) {
    const L = this.L;
    this.clusters.clearLayers();
    this.markers.clear();
    const placed = [];
    const counts = new Map();
    const modalities = new Set();
    for (const event of events) {
      counts.set(typeClass(event.type), (counts.get(typeClass(event.type)) ?? 0) + 1);
      if (event.modality && event.modality !== 'ASSERTED') {
        modalities.add(event.modality);
      }
      if (!located(event)) {
        continue;
      }
      const marker = L.marker([event.place.lat, event.place.lon], {
        icon: this.eventIcon(event, event.id === this.selectedId),
        keyboard: true,
        riseOnHover: true,
        event,
      });
      marker.on('click', () => this.onSelect(event.id));
      this.markers.set(event.id, marker);
      placed.push(marker);
    }
    this.clusters.addLayers(placed);
    this.updateLegend(counts, modalities);
    if (fit && placed.length > 0) {
      this.fit();
    }
    return placed.length;
  }

  /**
   * Fits the view to the events: to those placed to a town or nearer (ACLED geo precision 1 or 2) when there are
   * any, so that one country-wide event does not zoom the map out to a continent; else to all.
   */
  fit() {
    const all = [...this.markers.values()];
    const precise = all.filter((m) => (m.options.event.place.geoPrecision ?? 3) < 3);
    const chosen = precise.length > 0 ? precise : all;
    if (chosen.length === 0) {
      return;
    }
    const bounds = this.L.latLngBounds(chosen.map((m) => m.getLatLng()));
    const legend = this.legend.getContainer()?.offsetHeight ?? 0;
    this.map.fitBounds(bounds, {
      maxZoom: MAX_FIT_ZOOM, animate: false, paddingTopLeft: [50, 40], paddingBottomRight: [40, legend + 30],
    });
  }

  /**
   * Marks an event's marker as selected and shows it at a readable zoom (its town's names showing): the map zooms in
   * to that level at most, and a cluster still holding the marker opens around it. Null clears.
   */
  select(id) {
    const previous = this.markers.get(this.selectedId);
    if (previous) {
      previous.setIcon(this.eventIcon(previous.options.event, false));
      previous.unbindTooltip();
    }
    this.selectedId = id;
    const marker = this.markers.get(id);
    if (!marker) {
      return;
    }
    marker.setIcon(this.eventIcon(marker.options.event, true));
    // the event's own place is named beside it, however small (the base map names only the larger places)
    marker.bindTooltip(placeName(marker.options.event), {
      permanent: true, direction: 'right', offset: [10, 0], className: 'selected-place', interactive: false,
    });
    const readable = READABLE_ZOOM[marker.options.event.place?.geoPrecision] ?? READABLE_ZOOM[1];
    const zoom = Math.max(this.map.getZoom(), readable);
    if (this.map.getZoom() < readable || !this.map.getBounds().pad(-0.1).contains(marker.getLatLng())) {
      this.map.setView(marker.getLatLng(), Math.min(zoom, 12), { animate: false });
    }
    const parent = this.clusters.getVisibleParent(marker);
    if (parent && parent !== marker && typeof parent.spiderfy === 'function') {
      parent.spiderfy();
    }
  }

  makeLegend() {
    const control = this.L.control({ position: 'bottomright' });
    control.onAdd = () => {
      this.legendBody = el('ul', { class: 'legend-list' });
      this.legendModes = el('ul', { class: 'legend-list legend-modes' });
      const box = el('div', { class: 'map-legend', role: 'group', 'aria-label': 'Event types' },
        el('strong', {}, 'Event type'), this.legendBody, this.legendModes,
        el('p', { class: 'legend-note muted' }, 'Size: fatalities'));
      this.L.DomEvent.disableClickPropagation(box);
      this.updateLegend(new Map(), new Set());
      return box;
    };
    return control;
  }

  updateLegend(counts, modalities) {
    if (!this.legendBody) {
      return;
    }
    const rows = [...EVENT_TYPES, ['Other', OTHER_TYPE_CLASS]].filter(([, cls]) => counts.has(cls)).map(([name, cls]) =>
      el('li', { dataset: { type: name } }, el('span', { class: ['swatch', cls], 'aria-hidden': 'true' }), ` ${name} `,
        el('span', { class: 'count' }, String(counts.get(cls)))));
    this.legendBody.replaceChildren(...(rows.length ? rows : [el('li', { class: 'muted' }, 'No events')]));
    this.legendModes.replaceChildren(...[...modalities].sort().map((m) => el('li', { dataset: { modality: m } },
      el('span', { class: ['legend-marker', 'event-marker', 'type-other', `modality-${m.toLowerCase()}`], 'aria-hidden': 'true' }),
      ` ${modalityWords(m)}`)));
  }

  makeFitControl() {
    const control = this.L.control({ position: 'topleft' });
    control.onAdd = () => {
      const button = el('button', { type: 'button', class: 'map-fit', title: 'Fit the map to the events' }, 'Fit');
      this.L.DomEvent.disableClickPropagation(button);
      button.addEventListener('click', () => this.fit());
      return button;
    };
    return control;
  }
}
