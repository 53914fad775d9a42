/*
 * The map: merged events as markers coloured by ACLED event type and clustered (Leaflet.markercluster), over an
 * offline base layer of Natural Earth country outlines (world-atlas TopoJSON) on a sea-coloured background, plus an
 * online tile layer when the server's config names one. Leaflet, markercluster and topojson-client are the globals
 * L and topojson, loaded by <script> tags from /vendor.
 *
 * Test hooks: a marker is `.event-marker` with data-event-id, data-place and a title "Place — Sub-type"; a cluster is
 * `.event-cluster` with data-count, data-places ("|Izyum|Bilohorivka|") and, when all its events share one place,
 * data-place.
 */
import { el } from './dom.js';
import { EVENT_TYPES, OTHER_TYPE_CLASS, typeClass, modalityWords } from './format.js';

const WORLD = '/vendor/world-atlas/countries-110m.json';
const SEA_VIEW = { center: [30, 10], zoom: 2 };

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function located(event) {
  return Number.isFinite(event?.place?.lat) && Number.isFinite(event?.place?.lon);
}

function placeName(event) {
  return event.place?.name ?? 'Unnamed place';
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
   */
  constructor(element, onSelect) {
    const L = window.L;
    if (!L || !L.markerClusterGroup) {
      throw new Error('The map library (Leaflet, markercluster) did not load from /vendor');
    }
    this.L = L;
    this.onSelect = onSelect;
    this.Icon = makeIconClass(L);
    this.markers = new Map();
    this.selectedId = null;
    this.fitted = false;
    this.map = L.map(element, { minZoom: 1, maxZoom: 18, worldCopyJump: true, zoomSnap: 0.5 })
      .setView(SEA_VIEW.center, SEA_VIEW.zoom);
    this.map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps">Leaflet</a>');
    this.clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      zoomToBoundsOnClick: true,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    });
    this.map.addLayer(this.clusters);
    this.legend = this.makeLegend();
    this.legend.addTo(this.map);
    this.makeFitControl().addTo(this.map);
    new ResizeObserver(() => this.map.invalidateSize()).observe(element);
  }

  /** Draws the country outlines; the page works without them (the error is the caller's to show). */
  async addCountries() {
    const topo = await fetch(WORLD).then((r) => {
      if (!r.ok) {
        throw new Error(`The country outlines could not be loaded (${r.status})`);
      }
      return r.json();
    });
    if (!window.topojson) {
      throw new Error('topojson-client did not load from /vendor');
    }
    const countries = window.topojson.feature(topo, topo.objects.countries);
    this.L.geoJSON(countries, {
      interactive: false,
      style: { color: '#8a8f96', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 },
    }).addTo(this.map).bringToBack();
    this.map.attributionControl.addAttribution('Country outlines: Natural Earth');
  }

  /** Adds the online tiles of the server's config ({tiles, attribution}), if it names any. */
  addTiles(config) {
    if (!config?.tiles) {
      return;
    }
    this.L.tileLayer(config.tiles, {
      attribution: config.attribution ? escapeHtml(config.attribution) : '',
      maxZoom: 18,
    }).addTo(this.map);
  }

  eventIcon(event, selected) {
    const modality = event.modality && event.modality !== 'ASSERTED' ? event.modality.toLowerCase() : '';
    const cls = ['event-marker', typeClass(event.type), selected ? 'selected' : '',
      event.status === 'CORROBORATED' ? 'corroborated' : '', modality ? `modality-${modality}` : ''];
    return new this.Icon({
      className: cls.filter(Boolean).join(' '),
      html: '',
      iconSize: [16, 16],
      iconAnchor: [8, 8],
      tooltip: `${placeName(event)} — ${event.subtype ?? event.code}${modality ? ` (${modalityWords(event.modality)})` : ''}`,
      data: { eventId: event.id, place: placeName(event), type: event.type ?? '', date: event.date?.from ?? '' },
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
    const count = el('span', { class: 'cluster-count' }, String(n));
    return new this.Icon({
      className: `event-cluster ${dominant}${types.size > 1 ? ' mixed' : ''}`,
      html: count,
      iconSize: [size, size],
      tooltip: `${n} events: ${shown}${names.length > 5 ? ', …' : ''}`,
      data: {
        count: n,
        places: `|${names.map(([p]) => p).join('|')}|`,
        place: names.length === 1 ? names[0][0] : null,
      },
    });
  }

  /** Shows these events (those without coordinates are skipped); returns how many were placed. */
  setEvents(events) {
    const L = this.L;
    this.clusters.clearLayers();
    this.markers.clear();
    const placed = [];
    const counts = new Map();
    for (const event of events) {
      counts.set(typeClass(event.type), (counts.get(typeClass(event.type)) ?? 0) + 1);
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
    this.updateLegend(counts);
    if (!this.fitted && placed.length > 0) {
      this.fit();
      this.fitted = true;
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
      maxZoom: 10, animate: false, paddingTopLeft: [60, 40], paddingBottomRight: [40, legend + 40],
    });
  }

  /** Marks an event's marker as selected and brings it into view (opening its cluster); null clears. */
  select(id) {
    const previous = this.markers.get(this.selectedId);
    if (previous) {
      previous.setIcon(this.eventIcon(previous.options.event, false));
    }
    this.selectedId = id;
    const marker = this.markers.get(id);
    if (!marker) {
      return;
    }
    marker.setIcon(this.eventIcon(marker.options.event, true));
    if (!this.map.getBounds().contains(marker.getLatLng()) || !marker.getElement()) {
      this.clusters.zoomToShowLayer(marker);
    }
  }

  makeLegend() {
    const control = this.L.control({ position: 'bottomright' });
    control.onAdd = () => {
      this.legendBody = el('ul', { class: 'legend-list' });
      const box = el('div', { class: 'map-legend', role: 'group', 'aria-label': 'Event types' },
        el('strong', {}, 'Event type'), this.legendBody);
      this.L.DomEvent.disableClickPropagation(box);
      this.updateLegend(new Map());
      return box;
    };
    return control;
  }

  updateLegend(counts) {
    if (!this.legendBody) {
      return;
    }
    const rows = [...EVENT_TYPES, ['Other', OTHER_TYPE_CLASS]].filter(([, cls]) => counts.has(cls)).map(([name, cls]) =>
      el('li', { dataset: { type: name } }, el('span', { class: ['swatch', cls], 'aria-hidden': 'true' }), ` ${name} `,
        el('span', { class: 'count' }, String(counts.get(cls)))));
    this.legendBody.replaceChildren(...(rows.length ? rows : [el('li', { class: 'muted' }, 'No events')]));
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
