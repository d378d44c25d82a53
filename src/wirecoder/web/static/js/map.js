// The map: country outlines from world-atlas (Natural Earth) as the only base layer, and the
// events as clustered markers that show how precisely each is placed. Needs Leaflet and
// leaflet.markercluster (globals from the vendor scripts); without them it says so and the
// rest of the page works on.

const PRECISION = {
  1: "Placed at the town or site itself (filled point)",
  2: "Placed near a town, or in a district (hollow ring)",
  3: "Known only to the province (shaded area at its main town)",
};

export function precisionText(precision) {
  return PRECISION[precision] ?? `precision ${precision}`;
}

function icon(precision) {
  const size = { 1: 13, 2: 14, 3: 30 }[precision] ?? 14;
  return L.divIcon({ className: "", html: `<span class="precision precision-${precision}"></span>`,
                     iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

function legend() {
  const control = L.control({ position: "bottomright" });
  control.onAdd = () => {
    const box = L.DomUtil.create("div", "legend");
    box.setAttribute("role", "note");
    // A <details>: it can be folded away when it hides markers (Enter or Space on its summary).
    box.innerHTML = "<details open><summary><strong>Where an event is</strong></summary>" + [1, 2, 3].map((p) =>
      `<div><span class="swatch"><span class="precision precision-${p}"></span></span>${PRECISION[p]}</div>`).join("")
      + '<div><span class="swatch"><span class="cluster-swatch">12</span></span>Events clustered: click to zoom in</div></details>';
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return control;
}

async function outlines(map) {
  if (typeof topojson === "undefined") throw new Error("topojson-client is not installed");
  const response = await fetch("vendor/world-atlas/countries-50m.json");
  if (!response.ok) throw new Error("world-atlas is not installed");
  const world = await response.json();
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    interactive: false, renderer: L.canvas({ padding: 0.2 }),  // canvas: 50m outlines draw several times faster than SVG
    style: { color: "#9aa7b4", weight: 0.8, fillColor: "#f7f4ec", fillOpacity: 1 },
  }).addTo(map);
}

/** A map in `element`; `onOpen(eventId)` when an event's marker is chosen. Null without Leaflet. */
export function createMap(element, { onOpen, onMoved, warn }) {
  if (typeof L === "undefined" || typeof L.markerClusterGroup !== "function") {
    element.innerHTML = '<p class="map-missing">The map cannot be drawn: its assets are not installed. The list, the timeline and the events work without it.</p>';
    return null;
  }
  const map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomSnap: 0.5, attributionControl: true,
                               keyboard: true, preferCanvas: false }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false).addAttribution("Outlines: Natural Earth (world-atlas)");
  outlines(map).then(() => { element.dataset.outlines = "drawn"; }).catch((error) => warn(`Country outlines are missing (${error.message}): the map has no base layer.`));
  legend().addTo(map);
  const clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50 });
  clusters.addTo(map);
  // Markers and clusters take the focus (Tab): Enter opens an event, or zooms into a cluster.
  clusters.on("clusterkeypress", (e) => { if (e.originalEvent.key === "Enter") e.layer.zoomToBounds({ padding: [20, 20] }); });
  map.on("moveend", () => onMoved());

  return {
    clear() { clusters.clearLayers(); },
    /** Add a page of GeoJSON features (one per event with coordinates). */
    add(features) {
      const markers = features.map((feature) => {
        const [lon, lat] = feature.geometry.coordinates;
        const p = feature.properties;
        const marker = L.marker([lat, lon], { icon: icon(p.geo_precision), keyboard: true,
                                              title: `${p.event_date} ${p.sub_event_type} in ${p.location}` });
        marker.on("click", () => onOpen(p.event_id));
        marker.on("keypress", (e) => { if (e.originalEvent.key === "Enter") onOpen(p.event_id); });
        return marker;
      });
      clusters.addLayers(markers);
    },
    fitToEvents() {
      const bounds = clusters.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
    },
    /** The map's extent as the API's bbox: west,south,east,north. */
    bbox() {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
      let west = b.getWest(), east = b.getEast();
      if (east - west >= 360) { west = -180; east = 180; }
      const lon = (v) => (((v + 180) % 360) + 360) % 360 - 180;  // wrapped copies of the world
      return [lon(west), clamp(b.getSouth(), -90, 90), east - west >= 360 ? 180 : lon(east), clamp(b.getNorth(), -90, 90)]
        .map((v) => v.toFixed(3)).join(",");
    },
    fitToBbox(bbox) {
      const [west, south, east, north] = bbox.split(",").map(Number);
      if ([west, south, east, north].every(Number.isFinite)) {
        map.fitBounds([[south, west], [north, east < west ? east + 360 : east]]);
      }
    },
    invalidate() { map.invalidateSize(); },
    /** Pan, if need be, so that a point shows left of the `covered` pixels the event panel hides. */
    reveal(lat, lon, covered) {
      const point = map.latLngToContainerPoint([lat, lon]), size = map.getSize();
      const width = Math.max(size.x - covered, 100);
      if (point.x > 20 && point.x < width - 20 && point.y > 20 && point.y < size.y - 20) return false;
      map.panBy([point.x - width / 2, point.y - size.y / 2], { animate: false });
      return true;
    },
  };
}
