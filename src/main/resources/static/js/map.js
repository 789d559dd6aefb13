/*
 * The public map of Shejian, drawn with Leaflet over the server-rendered page, which works
 * without it. Settings come from the data-* attributes of the #map element. Everything the
 * server sends is put into the page as text (textContent), never as markup; links are
 * taken only when they point at the map's own pages.
 */
(function () {
  'use strict';

  var BEIJING = [40.2, 116.4];
  var OWN_PAGE = /^\/map\/(items|services|policies)\/[0-9]+$/;

  function start() {
    var element = document.getElementById('map');
    if (!element || typeof L === 'undefined') {
      return;
    }
    element.hidden = false;
    var settings = element.dataset;
    var crs = settings.tilesUrl ? settings.tilesCrs : 'wgs84';
    var map = L.map(element, {
      maxZoom: Number(settings.maxZoom) || 18,
      keyboard: true,
      zoomSnap: 1
    });
    if (settings.tilesUrl) {
      L.tileLayer(settings.tilesUrl, {
        attribution: settings.attribution || '',
        subdomains: settings.subdomains || 'abc',
        maxZoom: Number(settings.maxZoom) || 18
      }).addTo(map);
    }
    else {
      drawDistricts(map, settings.districtsUrl, crs);
    }
    if (settings.static === 'true') {
      showOne(map, element);
    }
    else {
      new PublicMap(map, element, crs).start();
    }
  }

  /** The outlines of the 16 districts, for a map without tiles. */
  function drawDistricts(map, url, crs) {
    getJson(url, { crs: crs }).then(function (outlines) {
      L.geoJSON(outlines, {
        interactive: false,
        style: { color: '#4a5360', weight: 1, fillColor: '#ffffff', fillOpacity: 0.7 }
      }).addTo(map);
    }).catch(function () {
      // The list below the map still works.
    });
  }

  /** A small map of one entry's point. */
  function showOne(map, element) {
    var point = [Number(element.dataset.lat), Number(element.dataset.lng)];
    map.setView(point, 15);
    L.marker(point, { icon: markerIcon('', false), title: element.dataset.title, keyboard: false }).addTo(map);
  }

  function PublicMap(map, element, crs) {
    this.map = map;
    this.settings = element.dataset;
    this.crs = crs;
    this.points = L.layerGroup().addTo(map);
    this.nearby = L.layerGroup().addTo(map);
    this.filter = document.getElementById('map-filter');
    this.status = document.getElementById('map-status');
    this.list = document.getElementById('map-shown-list');
    this.pending = null;
    this.clicked = null;
  }

  PublicMap.prototype.start = function () {
    var self = this;
    document.getElementById('map-shown').hidden = false;
    this.map.setView(BEIJING, 9);
    this.map.on('moveend', function () { self.loadClusters(); });
    this.map.on('click', function (event) { self.pick(event.latlng); });
    if (this.filter) {
      this.filter.addEventListener('change', function (event) {
        if (event.target.name === 'layer') {
          self.loadClusters();
        }
      });
    }
    this.startNearby();
    this.loadClusters();
    if (this.settings.q) {
      this.search(this.settings.q);
    }
  };

  PublicMap.prototype.layers = function () {
    if (!this.filter) {
      return [];
    }
    return Array.prototype.map.call(this.filter.querySelectorAll('input[name="layer"]:checked'),
      function (box) { return box.value; });
  };

  /** The clusters and single points in view, from the server's clustering. */
  PublicMap.prototype.loadClusters = function () {
    var self = this;
    var bounds = this.map.getBounds();
    var query = {
      south: bounds.getSouth().toFixed(6), west: bounds.getWest().toFixed(6),
      north: bounds.getNorth().toFixed(6), east: bounds.getEast().toFixed(6),
      zoom: this.map.getZoom(), crs: this.crs, layer: this.layers()
    };
    if (this.pending) {
      this.pending.abort();
    }
    this.pending = new AbortController();
    getJson(this.settings.clustersUrl, query, this.pending.signal).then(function (answer) {
      self.showClusters(answer);
    }).catch(function (error) {
      if (error.name !== 'AbortError') {
        self.say(self.settings.msgFailed);
      }
    });
  };

  PublicMap.prototype.showClusters = function (answer) {
    var self = this;
    var clusters = answer.clusters || [];
    this.points.clearLayers();
    clear(this.list);
    clusters.forEach(function (cluster) {
      if (cluster.count === 1 && cluster.id != null) {
        self.addPoint(cluster, self.points);
      }
      else {
        self.addCluster(cluster);
      }
    });
    var message = clusters.length ? format(this.settings.msgShown, answer.points) : this.settings.msgNone;
    this.say(answer.truncated ? message + ' ' + this.settings.msgTruncated : message);
  };

  /** One published entry: a marker with a popup, and a line of the list. */
  PublicMap.prototype.addPoint = function (point, group, distance) {
    var marker = L.marker([point.lat, point.lng], {
      icon: markerIcon('', group === this.nearby),
      title: point.title,
      keyboard: true
    });
    marker.bindPopup(popup(point, this.settings.msgDetails));
    marker.addTo(group);
    labelMarker(marker, point.title);
    var line = document.createElement('li');
    line.appendChild(link(point));
    if (distance != null) {
      line.appendChild(small(format(this.settings.msgMetres, Math.round(distance))));
    }
    this.list.appendChild(line);
  };

  /** Several points in one cell: a numbered marker that zooms into its box. */
  PublicMap.prototype.addCluster = function (cluster) {
    var self = this;
    var label = format(this.settings.msgCluster, cluster.count);
    var marker = L.marker([cluster.lat, cluster.lng], {
      icon: markerIcon(String(cluster.count), false, true),
      title: label,
      keyboard: true
    });
    var zoomIn = function () {
      if (cluster.south != null && cluster.north != null) {
        self.map.fitBounds([[cluster.south, cluster.west], [cluster.north, cluster.east]], { maxZoom: self.map.getZoom() + 3 });
      }
      else {
        self.map.setView([cluster.lat, cluster.lng], self.map.getZoom() + 2);
      }
    };
    marker.on('click', zoomIn);
    marker.addTo(this.points);
    labelMarker(marker, label);
    var line = document.createElement('li');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = label;
    button.addEventListener('click', zoomIn);
    line.appendChild(button);
    this.list.appendChild(line);
  };

  /** Full-text search results: ranked, with the words found marked. */
  PublicMap.prototype.search = function (q) {
    var self = this;
    getJson(this.settings.searchUrl, { q: q, layer: this.layers().slice(0, 1), limit: 20 }).then(function (answer) {
      var heading = document.createElement('li');
      heading.className = 'hits';
      heading.textContent = format(self.settings.msgHits, (answer.atLeast ? '≥ ' : '') + answer.total);
      var hits = document.createElement('ol');
      (answer.hits || []).forEach(function (hit) {
        var line = document.createElement('li');
        var anchor = document.createElement('a');
        anchor.href = ownPage(hit);
        appendMarked(anchor, hit.title);
        line.appendChild(anchor);
        if (hit.snippet) {
          var snippet = document.createElement('p');
          appendMarked(snippet, hit.snippet);
          line.appendChild(snippet);
        }
        hits.appendChild(line);
      });
      heading.appendChild(hits);
      var shown = document.getElementById('map-shown');
      var list = document.createElement('ul');
      list.className = 'plain';
      list.appendChild(heading);
      shown.insertBefore(list, shown.querySelector('#map-status'));
    }).catch(function () {
      self.say(self.settings.msgFailed);
    });
  };

  PublicMap.prototype.startNearby = function () {
    var self = this;
    var form = document.getElementById('map-nearby');
    if (!form) {
      return;
    }
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.findNearby(form);
    });
  };

  PublicMap.prototype.pick = function (latlng) {
    this.clicked = latlng;
    this.nearby.clearLayers();
    L.circleMarker(latlng, { radius: 6, color: '#1e7b34', interactive: false }).addTo(this.nearby);
  };

  /** What lies near the centre, the clicked point or a unit: within a radius or the k nearest. */
  PublicMap.prototype.findNearby = function (form) {
    var self = this;
    var values = new FormData(form);
    var query = { crs: this.crs, layer: this.layers().slice(0, 1) };
    query[values.get('by') === 'k' ? 'k' : 'radius'] = values.get('value');
    var from = values.get('from');
    if (from === 'unit') {
      query.unit = values.get('unit');
    }
    else {
      var centre = (from === 'click') ? this.clicked : this.map.getCenter();
      if (!centre) {
        this.say(this.settings.msgPick);
        return;
      }
      query.lat = centre.lat.toFixed(6);
      query.lng = centre.lng.toFixed(6);
    }
    getJson(this.settings.nearbyUrl, query).then(function (answer) {
      self.nearby.clearLayers();
      clear(self.list);
      var items = answer.items || [];
      items.forEach(function (item) {
        self.addPoint(item, self.nearby, item.distance);
      });
      if (items.length) {
        self.map.fitBounds(items.map(function (item) { return [item.lat, item.lng]; }), { maxZoom: 16 });
      }
      self.say(items.length ? format(self.settings.msgShown, items.length) : self.settings.msgNone);
    }).catch(function () {
      self.say(self.settings.msgFailed);
    });
  };

  PublicMap.prototype.say = function (message) {
    if (this.status) {
      this.status.textContent = message || '';
    }
  };

  function markerIcon(text, nearby, cluster) {
    var label = document.createElement('span');
    label.textContent = text;
    var size = cluster ? 34 : 20;
    return L.divIcon({
      className: 'map-marker' + (cluster ? ' cluster' : '') + (nearby ? ' nearby' : ''),
      html: label,
      iconSize: [size, size]
    });
  }

  function labelMarker(marker, label) {
    var icon = marker.getElement();
    if (icon) {
      icon.setAttribute('aria-label', label);
      icon.setAttribute('role', 'button');
    }
  }

  function popup(point, details) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = point.title;
    box.appendChild(title);
    var more = document.createElement('p');
    var anchor = document.createElement('a');
    anchor.href = ownPage(point);
    anchor.textContent = details;
    more.appendChild(anchor);
    box.appendChild(more);
    return box;
  }

  function link(point) {
    var anchor = document.createElement('a');
    anchor.href = ownPage(point);
    anchor.textContent = point.title;
    return anchor;
  }

  function small(text) {
    var note = document.createElement('small');
    note.textContent = text;
    return note;
  }

  /** The entry's page: the URL given when it is one of the map's own, else built from kind and id. */
  function ownPage(point) {
    if (typeof point.url === 'string' && OWN_PAGE.test(point.url)) {
      return point.url;
    }
    var kind = { ITEM: 'items', SERVICE: 'services', POLICY: 'policies' }[point.kind] || 'items';
    return '/map/' + kind + '/' + encodeURIComponent(String(point.id));
  }

  /**
   * Appends highlighted text: the markup is parsed in an inert document, and only its
   * text and <mark> elements are rebuilt (as text), whatever else it holds.
   */
  function appendMarked(target, markup) {
    var parsed = new DOMParser().parseFromString(String(markup || ''), 'text/html');
    Array.prototype.forEach.call(parsed.body.childNodes, function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        target.appendChild(mark);
      }
      else {
        target.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function format(message, value) {
    return String(message || '').replace('{0}', String(value));
  }

  function getJson(url, query, signal) {
    var params = new URLSearchParams();
    Object.keys(query).forEach(function (name) {
      [].concat(query[name]).forEach(function (value) {
        if (value !== undefined && value !== null && value !== '') {
          params.append(name, value);
        }
      });
    });
    return fetch(url + '?' + params.toString(), { headers: { Accept: 'application/json, application/geo+json' }, signal: signal })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
