// The KPI page: the desk's own GET /api/kpis, drawn as inline SVG. No build step, nothing from the network.
(function () {
  'use strict';
  const LANGUAGES = ['en', 'zh', 'ru', 'es', 'vi', 'tr'];
  const params = new URLSearchParams(location.search);
  let texts = {};
  let credentials = null;

  const $ = (id) => document.getElementById(id);
  const svgNs = 'http://www.w3.org/2000/svg';

  function language() {
    const asked = (params.get('lang') || navigator.language || 'en').toLowerCase().slice(0, 2);
    return LANGUAGES.includes(asked) ? asked : 'en';
  }

  async function loadTexts(lang) {
    const response = await fetch('/kpis/i18n/' + lang + '.json');
    texts = await response.json();
    document.documentElement.lang = lang;
    document.title = texts.title;
    document.querySelectorAll('[data-text]').forEach((element) => { element.textContent = texts[element.dataset.text]; });
  }

  function t(key, values) {
    let text = texts[key] || key;
    Object.entries(values || {}).forEach(([name, value]) => { text = text.replace('{' + name + '}', value); });
    return text;
  }

  async function kpis(groupBy) {
    const query = new URLSearchParams();
    if ($('from').value) query.set('from', $('from').value);
    if ($('to').value) query.set('to', $('to').value);
    if (groupBy) query.set('groupBy', groupBy);
    const response = await fetch('/api/kpis?' + query, { headers: { Authorization: 'Basic ' + credentials, Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(response.status === 401 ? t('signinFailed') : response.status === 403 ? t('forbidden') : t('failed', { status: response.status }));
    }
    return response.json();
  }

  // The three figures the desk is judged by: value, target and gap, as the API gives them.
  const FIGURES = [
    { key: 'firstResponse', value: (f) => f.firstResponse.excludingCustomerWait.p50, target: (f) => f.firstResponse.targetHours,
      lowerIsBetter: true, format: (v) => t('hours', { value: v.toFixed(1) }) },
    { key: 'resolutionSuccess', value: (f) => f.resolutionSuccess.value, target: (f) => f.resolutionSuccess.target,
      format: (v) => (v * 100).toFixed(1) + ' %' },
    { key: 'csat', value: (f) => f.csat.mean, target: (f) => f.csat.target, format: (v) => v.toFixed(2) + ' / 5' },
  ];

  function value(figure, figures) {
    const v = figure.value(figures);
    return v === undefined || v === null ? null : v;
  }

  function headline(overall) {
    const section = $('headline');
    section.replaceChildren();
    FIGURES.forEach((figure) => {
      const v = value(figure, overall);
      const target = figure.target(overall);
      const card = document.createElement('div');
      const met = v !== null && (figure.lowerIsBetter ? v <= target : v >= target);
      card.className = 'card ' + (v === null ? '' : met ? 'met' : 'missed');
      card.id = 'card-' + figure.key;
      card.innerHTML = '<div class="name"></div><div class="value"></div><div class="target"></div><div class="gap"></div>';
      card.querySelector('.name').textContent = texts[figure.key];
      card.querySelector('.value').textContent = v === null ? t('noData') : figure.format(v);
      card.querySelector('.target').textContent = t('target', { value: figure.format(target) });
      card.querySelector('.gap').textContent = v === null ? '' : (met ? t('met') : t('missed'));
      section.appendChild(card);
    });
    const automated = document.createElement('div');
    automated.className = 'card';
    automated.id = 'card-automated';
    automated.innerHTML = '<div class="name"></div><div class="value"></div><div class="target"></div>';
    automated.querySelector('.name').textContent = texts.automated;
    automated.querySelector('.value').textContent = overall.automated.count + ' / ' + overall.ended;
    automated.querySelector('.target').textContent = t('cases', { count: overall.cases });
    section.appendChild(automated);
  }

  function element(name, attributes, text) {
    const e = document.createElementNS(svgNs, name);
    Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // A line per week with the target as a dashed line across.
  function trendChart(figure, groups) {
    const width = 360, height = 180, left = 44, right = 10, top = 10, bottom = 28;
    const points = groups.map((g) => ({ label: g.key.week, v: value(figure, g.figures) })).filter((p) => p.v !== null);
    const target = groups.length ? figure.target(groups[0].figures) : 0;
    const max = Math.max(target, ...points.map((p) => p.v)) * 1.15 || 1;
    const x = (i) => left + (points.length < 2 ? (width - left - right) / 2 : i * (width - left - right) / (points.length - 1));
    const y = (v) => top + (height - top - bottom) * (1 - v / max);
    const svg = element('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'data-chart': 'trend-' + figure.key });
    svg.appendChild(element('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), stroke: '#9aa5b5' }));
    svg.appendChild(element('line', { class: 'target', x1: left, x2: width - right, y1: y(target), y2: y(target) }));
    svg.appendChild(element('text', { x: width - right, y: y(target) - 4, 'text-anchor': 'end' }, t('target', { value: figure.format(target) })));
    svg.appendChild(element('polyline', { class: 'series', points: points.map((p, i) => x(i) + ',' + y(p.v)).join(' ') }));
    points.forEach((p, i) => {
      const dot = element('circle', { class: 'point', cx: x(i), cy: y(p.v), r: 3 });
      dot.appendChild(element('title', {}, p.label + ': ' + figure.format(p.v)));
      svg.appendChild(dot);
      svg.appendChild(element('text', { x: x(i), y: height - 10, 'text-anchor': 'middle' }, p.label));
    });
    return figureOf(texts[figure.key], svg);
  }

  // Bars per language or channel, the target as a dashed line.
  function barChart(figure, groups, dimension) {
    const width = 360, row = 22, left = 110, right = 70;
    const rows = groups.map((g) => ({ label: label(dimension, g.key[dimension]), v: value(figure, g.figures) }));
    const height = rows.length * row + 20;
    const target = groups.length ? figure.target(groups[0].figures) : 0;
    const max = Math.max(target, ...rows.map((r) => r.v || 0)) * 1.15 || 1;
    const x = (v) => left + (width - left - right) * v / max;
    const svg = element('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'data-chart': dimension + '-' + figure.key });
    rows.forEach((r, i) => {
      svg.appendChild(element('text', { x: left - 6, y: i * row + 15, 'text-anchor': 'end' }, r.label));
      if (r.v !== null) {
        svg.appendChild(element('rect', { class: 'bar', x: left, y: i * row + 4, width: Math.max(1, x(r.v) - left), height: row - 8 }));
        svg.appendChild(element('text', { x: x(r.v) + 4, y: i * row + 15 }, figure.format(r.v)));
      } else {
        svg.appendChild(element('text', { x: left + 4, y: i * row + 15 }, t('noData')));
      }
    });
    svg.appendChild(element('line', { class: 'target', x1: x(target), x2: x(target), y1: 0, y2: height - 16 }));
    return figureOf(texts[figure.key], svg);
  }

  function label(dimension, key) {
    return texts[dimension + '.' + key] || key;
  }

  function figureOf(caption, svg) {
    const figure = document.createElement('figure');
    const title = document.createElement('figcaption');
    title.textContent = caption;
    figure.append(title, svg);
    return figure;
  }

  async function show() {
    $('error').textContent = '';
    try {
      const [weekly, byLanguage, byChannel] = await Promise.all([kpis('week'), kpis('language'), kpis('channel')]);
      headline(weekly.overall);
      $('trend').replaceChildren(...FIGURES.map((f) => trendChart(f, weekly.groups)));
      $('language-breakdown').replaceChildren(...FIGURES.map((f) => barChart(f, byLanguage.groups, 'language')));
      $('channel-breakdown').replaceChildren(...FIGURES.map((f) => barChart(f, byChannel.groups, 'channel')));
      $('report').hidden = false;
    } catch (e) {
      $('error').textContent = e.message;
    }
  }

  async function start() {
    const lang = language();
    $('language').value = lang;
    $('from').value = params.get('from') || '';
    $('to').value = params.get('to') || '';
    await loadTexts(lang);
    $('language').addEventListener('change', async () => {
      await loadTexts($('language').value);
      if (credentials) show();
    });
    $('signin').addEventListener('submit', (event) => {
      event.preventDefault();
      credentials = btoa(unescape(encodeURIComponent($('user').value + ':' + $('password').value)));
      show();
    });
  }

  start();
})();
