// Progressive enhancement for the comms workspace; every form also works without it.
(function () {
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function tick() {
    document.querySelectorAll('time[data-countdown]').forEach(function (el) {
      var left = Math.round((new Date(el.getAttribute('datetime')) - new Date()) / 1000);
      var abs = Math.abs(left);
      // Under an hour to the second; beyond, in hours and minutes ("in 1 h 59 min"), as people say it.
      var text = abs >= 3600 ? Math.floor(abs / 3600) + ' h ' + Math.floor(abs % 3600 / 60) + ' min'
        : Math.floor(abs / 60) + ':' + pad(abs % 60);
      el.dataset.text = el.dataset.text || el.textContent;
      el.textContent = el.dataset.text + (left >= 0 ? ' (in ' + text + ')' : ' (' + text + ' late)');
      var row = el.closest('tr, p');
      if (row) { row.classList.toggle('overdue', left < 0); }
    });
  }
  function since() {
    document.querySelectorAll('time[data-since]').forEach(function (el) {
      var minutes = Math.floor((new Date() - new Date(el.getAttribute('datetime'))) / 60000);
      el.dataset.text = el.dataset.text || el.textContent;
      el.textContent = el.dataset.text + ' (' + (minutes < 1 ? 'just now' : minutes + ' min ago') + ')';
    });
  }
  tick(); since(); setInterval(tick, 1000); setInterval(since, 30000);

  // Delivery progress under each update: a bar per channel, the failures, and the Retry button only when useful.
  function deliveries(box) {
    fetch(box.dataset.deliveries, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (progress) {
        if (!progress) { return; }
        var busy = 0, failed = 0, html = '';
        progress.channels.forEach(function (c) {
          busy += c.queued + c.retrying; failed += c.failed;
          var pct = function (n) { return c.total ? (100 * n / c.total).toFixed(1) + '%' : '0'; };
          html += '<div class="delivery-channel"><span class="delivery-name">' + c.channel + '</span>'
            + '<span class="delivery-bar" role="img" aria-label="' + c.channel + ': ' + c.sent + ' of ' + c.total + ' sent">'
            + '<span class="sent" data-width="' + pct(c.sent) + '"></span><span class="retrying" data-width="' + pct(c.retrying) + '"></span>'
            + '<span class="failed" data-width="' + pct(c.failed) + '"></span></span>'
            + '<span class="delivery-counts">' + c.sent + ' sent, ' + c.queued + ' queued, ' + c.retrying + ' retrying, '
            + c.failed + ' failed</span></div>';
        });
        if (progress.retries && progress.retries.length) {
          html += '<details class="delivery-retries"><summary>Why deliveries are retrying</summary><ul>';
          progress.retries.forEach(function (r) {
            var li = document.createElement('li');
            li.textContent = r.channel + ' ' + r.recipient + ' (' + r.attempts + ' attempts, next at '
              + new Date(r.next_attempt_at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) + '): '
              + (r.last_error || '');
            html += li.outerHTML;
          });
          html += '</ul></details>';
        }
        if (progress.failures.length) {
          html += '<details class="delivery-failures"><summary>' + failed + ' failed</summary><ul>';
          progress.failures.forEach(function (f) {
            var li = document.createElement('li');
            li.textContent = f.channel + ' ' + f.recipient + ' (' + f.attempts + ' attempts): ' + (f.last_error || '');
            html += li.outerHTML;
          });
          html += '</ul></details>';
        }
        box.innerHTML = html;
        // Widths set through the DOM, not style attributes, which the admin pages' CSP refuses.
        box.querySelectorAll('[data-width]').forEach(function (bar) { bar.style.width = bar.dataset.width; });
        var retry = box.parentElement.querySelector('.retry-deliveries');
        if (retry) { retry.style.display = failed === 0 ? 'none' : ''; }
        if (busy > 0) { setTimeout(function () { deliveries(box); }, 3000); }
      }).catch(function () { /* the page works without it */ });
  }
  document.querySelectorAll('[data-deliveries]').forEach(deliveries);

  // Who a post will notify, counted by the server as the fan-out would, whenever the components or the switch change.
  document.querySelectorAll('[data-audience]').forEach(function (line) {
    var form = line.closest('form'), notify = form.querySelector('[name=deliver_notifications]');
    var drill = form.querySelector('[name=drill]'), pending = 0;
    function plural(n, word) { return n.toLocaleString('en') + ' ' + word + (n === 1 ? '' : 's'); }
    function refresh() {
      if ((notify && !notify.checked) || (drill && drill.checked)) {
        line.textContent = drill && drill.checked ? 'A drill notifies only the drill audience.' : 'Nobody is notified: "Notify subscribers" is off.';
        return;
      }
      var ids = (line.dataset.audienceComponents || '').split(',').filter(Boolean);
      form.querySelectorAll('select[name^="component_"]').forEach(function (select) {
        if (select.value) { ids.push(select.name.substring('component_'.length)); }
      });
      var asked = ++pending;
      fetch('/api/v1/audience?components=' + encodeURIComponent(ids.join(',')), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; }).then(function (a) {
          if (!a || asked !== pending) { return; }
          line.textContent = 'Will notify ' + plural(a.email_subscribers, 'e-mail subscriber') + ', '
            + plural(a.webhook_subscribers, 'webhook') + ' and ' + plural(a.chat_channels, 'chat channel')
            + (a.twitter ? ', and tweet it' : '') + '.';
        }).catch(function () { /* the form works without it */ });
    }
    form.addEventListener('change', function (e) {
      if (e.target.name && (e.target.name.indexOf('component_') === 0 || e.target === notify || e.target === drill)) { refresh(); }
    });
    refresh();
  });

  document.querySelectorAll('[data-template-picker]').forEach(function (picker) {
    picker.dataset.previous = picker.value;
    picker.addEventListener('change', function () {
      var chosen = picker.selectedOptions[0], form = picker.form;
      if (!chosen || !chosen.value) { picker.dataset.previous = picker.value; return; }
      // Words the person typed are not overwritten without asking; what an earlier template filled in may be.
      var typed = ['title', 'body'].some(function (name) {
        var field = form.querySelector('[data-field="' + name + '"]');
        return field && field.value.trim() !== '' && field.value !== field.dataset.fromTemplate;
      });
      if (typed && !window.confirm('Replace what you typed with the template "' + chosen.textContent.trim() + '"?')) {
        picker.value = picker.dataset.previous || '';
        return;
      }
      picker.dataset.previous = picker.value;
      [['title', 'title'], ['body', 'body'], ['status', 'status'], ['impact', 'impact'], ['severity', 'severity']].forEach(function (pair) {
        var field = form.querySelector('[data-field="' + pair[0] + '"]'), value = chosen.dataset[pair[1]];
        if (field && value) { field.value = value; field.dataset.fromTemplate = value; field.dispatchEvent(new Event('input')); }
      });
    });
  });

  function render(field, preview) {
    var csrf = field.form && field.form.querySelector('[name=_csrf]'), sent = field.value;
    fetch('/api/v1/markdown', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf ? csrf.value : '' },
      body: JSON.stringify({ body: sent }) })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (rendered) { if (rendered && field.value === sent) { preview.innerHTML = rendered.html; } })
      .catch(function () { /* the plain preview stays */ });
  }

  document.querySelectorAll('[data-count]').forEach(function (field) {
    var limit = +field.dataset.count, counter = document.createElement('span');
    counter.className = 'counter muted';
    field.insertAdjacentElement('afterend', counter);
    function update() {
      counter.textContent = field.value.length + ' / ' + limit + ' characters';
      counter.classList.toggle('late', field.value.length > limit);
      var preview = field.dataset.preview && document.getElementById(field.dataset.preview);
      if (preview) {
        // At once as plain paragraphs, then as the page will render it (the server's own Markdown renderer).
        preview.textContent = '';
        field.value.split(/\n{2,}/).forEach(function (para) {
          var p = document.createElement('p'); p.textContent = para; preview.appendChild(p);
        });
        clearTimeout(field.previewTimer);
        field.previewTimer = setTimeout(function () { render(field, preview); }, 250);
      }
    }
    field.addEventListener('input', update); update();
  });
})();
