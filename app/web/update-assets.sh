#!/usr/bin/env bash
# Reinstalls the UI's front-end assets from npm exactly as package-lock.json pins them and copies the built files
# (with their licences) into the app's resources, where the jar serves them from /ui/assets/, and axe-core into the
# test resources, where the browser tests' accessibility check loads it. Run after changing package.json; commit the
# copied files. The Maven build itself never needs Node or the network.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
out=../src/main/resources/org/chokepoint/app/web/assets
mkdir -p "$out"
cp node_modules/cytoscape/dist/cytoscape.min.js "$out/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$out/cytoscape.LICENSE"
test=../src/test/resources/org/chokepoint/app/web/axe
mkdir -p "$test"
cp node_modules/axe-core/axe.min.js "$test/axe.min.js"
cp node_modules/axe-core/LICENSE "$test/axe-core.LICENSE"
rm -rf node_modules
