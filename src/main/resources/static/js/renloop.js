// Sends the CSRF token with every htmx request (pages forbid inline scripts, so this lives here).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Light or dark theme (Bootstrap's data-bs-theme), as the user last chose on this browser; light until then.
(function () {
  var THEME = 'renloop.theme';
  function apply(theme) {
    document.documentElement.setAttribute('data-bs-theme', theme);
    var button = document.getElementById('rl-theme');
    if (button) {
      button.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
    }
  }
  apply(localStorage.getItem(THEME) === 'dark' ? 'dark' : 'light');
  document.addEventListener('DOMContentLoaded', function () {
    apply(document.documentElement.getAttribute('data-bs-theme'));
    var button = document.getElementById('rl-theme');
    if (button) {
      button.addEventListener('click', function () {
        var next = document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'light' : 'dark';
        localStorage.setItem(THEME, next);
        apply(next);
      });
    }
  });
})();

// The desk shell: the sidebar (a drawer on phones, collapsible to icons on wide screens, remembered), the current
// page marked in it, and the search box (Ctrl/Cmd-K to focus, arrow keys through the hits, Enter to open).
(function () {
  var NARROW = 'renloop.sidebar.narrow';
  document.addEventListener('DOMContentLoaded', function () {
    var body = document.body;
    if (localStorage.getItem(NARROW) === '1') {
      body.classList.add('rl-narrow');
    }
    var main = document.querySelector('body > main');
    if (main && !main.id) {
      main.id = 'rl-main';
    }
    var sidebar = document.getElementById('rl-sidebar');
    var toggle = document.getElementById('rl-sidebar-toggle');
    if (sidebar && toggle) {
      toggle.addEventListener('click', function () {
        if (window.matchMedia('(min-width: 992px)').matches) {
          body.classList.toggle('rl-narrow');
          localStorage.setItem(NARROW, body.classList.contains('rl-narrow') ? '1' : '0');
        } else {
          bootstrap.Offcanvas.getOrCreateInstance(sidebar).toggle();
        }
      });
      var collapse = document.getElementById('rl-collapse');
      if (collapse) {
        collapse.addEventListener('click', function () {
          body.classList.toggle('rl-narrow');
          localStorage.setItem(NARROW, body.classList.contains('rl-narrow') ? '1' : '0');
        });
      }
      // the link whose path is the longest prefix of this page's marks it current
      var best = null;
      sidebar.querySelectorAll('a.rl-link').forEach(function (link) {
        var path = new URL(link.href).pathname;
        var here = location.pathname;
        if ((here === path || (path !== '/' && here.indexOf(path + '/') === 0))
            && (!best || path.length > new URL(best.href).pathname.length)) {
          best = link;
        }
      });
      if (best) {
        best.classList.add('active');
        best.setAttribute('aria-current', 'page');
      }
    }
    var input = document.getElementById('rl-search');
    var results = document.getElementById('rl-search-results');
    if (!input || !results) {
      return;
    }
    document.addEventListener('keydown', function (event) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    function hits() {
      return Array.prototype.slice.call(results.querySelectorAll('a.rl-hit'));
    }
    function move(step) {
      var all = hits();
      if (!all.length) {
        return;
      }
      var at = all.indexOf(document.activeElement);
      var next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(-1, at + step));
      if (next < 0) {
        input.focus();
      } else {
        all[next].focus();
      }
    }
    document.getElementById('rl-search-form').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    results.addEventListener('htmx:afterSwap', function () {
      results.classList.toggle('show', results.querySelector('.rl-hit, .dropdown-item-text') !== null);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        move(1);
      } else if (event.key === 'Enter') {
        // only hits that answer what is in the box now, never those of an earlier keystroke
        var answered = results.querySelector('.rl-search-for');
        var first = hits()[0];
        if (first && answered && answered.textContent === input.value.trim()) {
          event.preventDefault();
          location.href = first.href;
        }
      } else if (event.key === 'Escape') {
        results.classList.remove('show');
        input.blur();
      }
    });
    results.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Escape') {
        results.classList.remove('show');
        input.focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (!event.target.closest('#rl-search-form')) {
        results.classList.remove('show');
      }
    });
  });
})();

// The desk's list tables (fragments/table.html): bulk selection (a head box for the page's rows, a bar with the
// count and the page's actions, enabled only while rows are picked) and aria-busy while htmx loads new rows.
(function () {
  function bulkBarOf(table) {
    var form = table.querySelector('input.rl-pick') ? table.querySelector('input.rl-pick').getAttribute('form') : null;
    return form ? document.querySelector('[data-rl-bulk="' + form + '"]') : null;
  }
  function refresh(table) {
    var picks = table.querySelectorAll('input.rl-pick');
    var picked = table.querySelectorAll('input.rl-pick:checked').length;
    var all = table.querySelector('input.rl-pick-all');
    if (all) {
      all.checked = picks.length > 0 && picked === picks.length;
      all.indeterminate = picked > 0 && picked < picks.length;
    }
    var bar = bulkBarOf(table);
    if (bar) {
      bar.classList.toggle('rl-bulk-on', picked > 0);
      var count = bar.querySelector('[data-rl-bulk-count]');
      if (count) {
        count.textContent = count.getAttribute('data-rl-bulk-count').replace('{0}', picked);
      }
      bar.querySelectorAll('button').forEach(function (button) {
        button.disabled = picked === 0;
      });
    }
  }
  document.addEventListener('change', function (event) {
    var table = event.target.closest('[data-rl-table]');
    if (!table) {
      return;
    }
    if (event.target.classList.contains('rl-pick-all')) {
      table.querySelectorAll('input.rl-pick').forEach(function (pick) {
        pick.checked = event.target.checked;
      });
    }
    if (event.target.classList.contains('rl-pick') || event.target.classList.contains('rl-pick-all')) {
      refresh(table);
    }
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var target = event.detail.target;
    var table = target && target.closest ? target.closest('[data-rl-table]') : null;
    if (table) {
      table.setAttribute('aria-busy', 'true');
    }
  });
  document.addEventListener('htmx:afterSettle', function () {
    document.querySelectorAll('[data-rl-table]').forEach(function (table) {
      table.removeAttribute('aria-busy');
      refresh(table);
    });
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-rl-table]').forEach(refresh);
  });
})();

// Side panels and forms: a panel opens by itself when the page says so (a refused form shown again) or when the
// URL's hash names it (#new from the search box's actions); a form marked data-rl-guard is checked in the browser
// before it is sent (messages next to the fields) and warns before its unsaved changes are left behind; the
// outcome of the last action shows as a toast.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-rl-panel]').forEach(function (panel) {
      if (panel.hasAttribute('data-rl-open') || location.hash === '#' + panel.getAttribute('data-rl-panel')) {
        bootstrap.Offcanvas.getOrCreateInstance(panel).show();
      }
    });
    document.querySelectorAll('.rl-toast').forEach(function (toast) {
      bootstrap.Toast.getOrCreateInstance(toast).show();
    });
    var dirty = new Set();
    document.querySelectorAll('form[data-rl-guard]').forEach(function (form) {
      form.addEventListener('input', function () {
        dirty.add(form);
      });
      form.addEventListener('submit', function (event) {
        if (!form.checkValidity()) {
          event.preventDefault();
          form.classList.add('was-validated');
          var first = form.querySelector(':invalid');
          if (first) {
            first.focus();
          }
          return;
        }
        dirty.delete(form);
      });
      form.addEventListener('reset', function () {
        dirty.delete(form);
      });
    });
    window.addEventListener('beforeunload', function (event) {
      if (dirty.size > 0) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });
})();
