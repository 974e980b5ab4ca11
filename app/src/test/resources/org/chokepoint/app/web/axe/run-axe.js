// Runs axe-core on the page and writes the violations as JSON into <pre id="axe-result"> for --dump-dom to read.
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  var out = document.createElement('pre');
  out.id = 'axe-result';
  out.textContent = JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })};
  }));
  document.body.appendChild(out);
}, function (e) {
  var out = document.createElement('pre');
  out.id = 'axe-result';
  out.textContent = JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, targets: []}]);
  document.body.appendChild(out);
});
