#!/usr/bin/env bash
# Installs the Stad.Gent styleguide (npm package gent_styleguide) into static/gent/.
# `npm install` fails on the package's postinstall script, so we take the tarball with
# `npm pack`, check it against the pinned integrity hash and copy only the built assets.
set -euo pipefail
VERSION="5.1.6"
INTEGRITY="sha512-pjjAkrf1eTw1j7axOhGxeWcuLGcvzL/PoSk/Bz02fWNWH3HLudiQjP6PJHOFPfMam6pONZEjoZpviuDYoH2ZVw=="
DEST="static/gent"
STAMP="$DEST/.installed-$VERSION"

[ -f "$STAMP" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "gent_styleguide@$VERSION" >/dev/null)
tarball="$work/gent_styleguide-$VERSION.tgz"
actual="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tarball")"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "gent_styleguide $VERSION: integrity mismatch (got $actual)" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work"
rm -rf "$DEST"
mkdir -p "$DEST"
cp -r "$work/package/build/css" "$work/package/build/styleguide" "$DEST/"
cp "$work/package/LICENSE" "$DEST/LICENSE"
# The vendored modal script points at a source map that is not shipped; ManifestStaticFilesStorage
# would fail on the dangling reference.
sed -i '/sourceMappingURL/d' "$DEST/styleguide/vendor/modal/index.js"
touch "$STAMP"
echo "Stad.Gent styleguide $VERSION installed in $DEST"
