// Progressive enhancement: draws the search results on a map when tiles are configured. The list stays the main content.
(function () {
  var element = document.getElementById('kaart');
  if (!element || typeof L === 'undefined') return;
  var markers = JSON.parse(element.getAttribute('data-markers') || '[]');
  if (markers.length === 0) return;
  var map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.getAttribute('data-tiles'), {
    maxZoom: 19,
    attribution: element.getAttribute('data-attribution'),
  }).addTo(map);
  var bounds = [];
  markers.forEach(function (m) {
    var link = document.createElement('a');
    link.href = m.href;
    link.textContent = m.name;
    L.marker([m.lat, m.lon], { title: m.name, alt: m.name }).addTo(map).bindPopup(link);
    bounds.push([m.lat, m.lon]);
  });
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
})();
