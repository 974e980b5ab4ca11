// Draws the supply network with cytoscape.js from the JSON the page names; a tap on a node opens its page.
(function () {
  const box = document.getElementById('cy');
  if (!box || typeof cytoscape === 'undefined') {
    return;
  }
  box.hidden = false;
  fetch(box.dataset.src).then(r => r.json()).then(elements => {
    const cy = cytoscape({container: box, elements: elements, wheelSensitivity: 0.3,
      layout: {name: 'breadthfirst', directed: true, spacingFactor: 1.1},
      style: [
        {selector: 'node', style: {'label': 'data(label)', 'font-size': 10, 'width': 14, 'height': 14,
          'background-color': '#555', 'text-wrap': 'ellipsis', 'text-max-width': 140}},
        {selector: 'node[kind = "country"]', style: {'background-color': '#2ca02c'}},
        {selector: 'node[kind = "goods"]', style: {'background-color': '#ff7f0e', 'shape': 'round-rectangle'}},
        {selector: 'node[kind = "end_use"]', style: {'background-color': '#d62728', 'shape': 'triangle'}},
        {selector: 'node[?listed]', style: {'background-color': '#b00020', 'border-width': 2}},
        {selector: 'edge', style: {'width': 1.2, 'line-color': '#9ab', 'target-arrow-shape': 'triangle',
          'target-arrow-color': '#9ab', 'curve-style': 'bezier'}},
        {selector: 'edge[kind = "USED_IN"]', style: {'line-color': '#e99', 'target-arrow-color': '#e99'}}]});
    cy.on('tap', 'node', e => { window.location = e.target.data('href'); });
    box.dataset.ready = cy.nodes().length;
    const fallback = document.getElementById('network-svg');
    if (fallback) {
      fallback.hidden = true;
    }
  });
})();
